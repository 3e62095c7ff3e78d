import { z } from "zod";

export const NOTIFICATIONS_PAGE_SIZE = 20;

export const notificationListSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});

export const markNotificationReadSchema = z.strictObject({ id: z.uuid() });

export const markAllNotificationsReadSchema = z.strictObject({});

export const emailPreferenceSchema = z.strictObject({
  email: z.enum(["si", "no"], { error: "Elija si quiere recibir los avisos por correo." }),
});
