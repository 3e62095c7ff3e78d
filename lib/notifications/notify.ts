import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueInTransaction, QUEUES } from "@/lib/jobs/boss";

export type SendEmailJob = { notificationId: string };

export type NotifyInput = {
  userIds: string[];
  /** What happened, as a code (e.g. `SLA_WARNING`), for filtering; people read the title. */
  kind: string;
  /** Folio and a short statement, e.g. "SM-2026-000123: se asignó el caso". Never participants' data. */
  title: string;
  caseId?: string;
};

const MAX_TITLE = 200;

/**
 * Notifies people, inside the caller's transaction: one in-app notification each and, for those who
 * accept e-mail and have an address, one queued e-mail. The e-mail is sent by a job after the
 * transaction commits, so a rollback sends nothing and a failed send never undoes the change.
 * Returns the notifications' ids.
 */
export async function notify(tx: Prisma.TransactionClient, { userIds, kind, title, caseId }: NotifyInput): Promise<string[]> {
  const recipients = [...new Set(userIds)];
  if (recipients.length === 0) return [];
  const line = title.trim();
  if (!line || line.length > MAX_TITLE) throw new RangeError(`El título de una notificación debe tener entre 1 y ${MAX_TITLE} caracteres.`);

  // Active people with an address who did not turn e-mail off (no preference row means e-mail on).
  const mailable = await tx.$queryRaw<{ id: string }[]>`
    SELECT u.id FROM "user" u LEFT JOIN notification_preference p ON p.user_id = u.id
     WHERE u.id = ANY(${recipients}::text[]) AND u.active AND u.email IS NOT NULL AND COALESCE(p.email_enabled, true)`;
  const created = await tx.notification.createManyAndReturn({
    data: recipients.map((userId) => ({ userId, kind, title: line, caseId: caseId ?? null })),
    select: { id: true, userId: true },
  });
  const wantsEmail = new Set(mailable.map((user) => user.id));
  const jobs: SendEmailJob[] = created.filter((n) => wantsEmail.has(n.userId)).map((n) => ({ notificationId: n.id }));
  await enqueueInTransaction(tx, QUEUES.sendEmail.name, jobs);
  return created.map((n) => n.id);
}
