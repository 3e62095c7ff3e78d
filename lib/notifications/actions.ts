"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/action";
import { emailPreferenceSchema, markAllNotificationsReadSchema, markNotificationReadSchema } from "./schemas";
import { markAllNotificationsRead, markNotificationRead, setEmailPreference } from "./service";

export const markNotificationReadAction = defineAction(
  { name: "markNotificationRead", permission: "notifications.manage", input: markNotificationReadSchema },
  async ({ id }, { viewer }) => {
    await markNotificationRead(viewer, id);
    revalidatePath("/notificaciones");
  },
);

export const markAllNotificationsReadAction = defineAction(
  { name: "markAllNotificationsRead", permission: "notifications.manage", input: markAllNotificationsReadSchema },
  async (_input, { viewer }) => {
    const result = await markAllNotificationsRead(viewer);
    revalidatePath("/notificaciones");
    return result;
  },
);

export const setEmailPreferenceAction = defineAction(
  { name: "setEmailPreference", permission: "notifications.manage", input: emailPreferenceSchema },
  async ({ email }, { viewer }) => {
    await setEmailPreference(viewer, email === "si");
    revalidatePath("/preferencias");
  },
);
