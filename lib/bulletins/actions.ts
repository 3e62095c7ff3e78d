"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction, revalidating } from "@/lib/auth/action";
import { bulletinRefSchema, publishBulletinSchema } from "./schemas";
import { markBulletinUnread, publishBulletin } from "./service";

export const publishBulletinAction = defineAction({ name: "publishBulletin", permission: "bulletins.publish", input: publishBulletinSchema }, async (input, { viewer, ip }) => {
  const { id } = await publishBulletin(viewer, ip, input);
  // The header's unread count is on every page.
  revalidatePath("/", "layout");
  redirect(`/boletines/${id}?publicado=1`);
});

export const markBulletinUnreadAction = defineAction({ name: "markBulletinUnread", permission: "bulletins.read", input: bulletinRefSchema }, revalidating("/")(markBulletinUnread));
