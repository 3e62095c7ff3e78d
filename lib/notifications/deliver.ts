import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { notificationEmail, notificationLink } from "./email";
import type { Mailer } from "./mailer";
import type { SendEmailJob } from "./notify";

export type DeliveryOutcome = "sent" | "skipped";

/**
 * The `send-email` job: mails one notification to its person. The address, the person's state and
 * their preference are read now, not when the job was queued, so a later opt-out or deactivation is
 * respected. A failure to send throws, and the queue retries later.
 */
export async function deliverNotificationEmail(db: PrismaClient, mailer: Mailer, { notificationId }: SendEmailJob): Promise<DeliveryOutcome> {
  const notification = await db.notification.findUnique({ where: { id: notificationId }, select: { userId: true, title: true, caseId: true, kind: true } });
  if (!notification) return "skipped";
  const [user, preference] = await Promise.all([
    db.user.findUnique({ where: { id: notification.userId }, select: { email: true, active: true } }),
    db.notificationPreference.findUnique({ where: { userId: notification.userId }, select: { emailEnabled: true } }),
  ]);
  if (!user?.active || !user.email || preference?.emailEnabled === false) return "skipped";
  await mailer.send(user.email, notificationEmail({ title: notification.title, link: notificationLink(notification.caseId, notification.kind) }));
  return "sent";
}
