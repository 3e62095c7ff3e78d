import { z } from "zod";
import { page } from "@/lib/query/fields";

export const NOTIFICATIONS_PAGE_SIZE = 20;

export const notificationListSchema = z.object({ page: page(100_000) });

export const markNotificationReadSchema = z.strictObject({ id: z.uuid() });

export const markAllNotificationsReadSchema = z.strictObject({});

export const emailPreferenceSchema = z.strictObject({
  email: z.enum(["si", "no"], { error: "Elija si quiere recibir los avisos por correo." }),
});
