import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
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

  const ids = recipients.map(() => randomUUID());
  const at = new Date();
  const rows = recipients.map((userId, i) => Prisma.sql`(${ids[i]}, ${userId}, ${kind}, ${line}, ${caseId ?? null}, ${at})`);
  // Written raw (see lib/sql-params.ts), and in the same statement the notices to also send by e-mail: to
  // active people with an address who did not turn e-mail off (no preference row means e-mail on).
  const mailed = await tx.$queryRaw<{ id: string }[]>`
    WITH created AS (
      INSERT INTO notification (id, user_id, kind, title, case_id, created_at) VALUES ${Prisma.join(rows)}
      RETURNING id, user_id
    )
    SELECT n.id FROM created n JOIN "user" u ON u.id = n.user_id LEFT JOIN notification_preference p ON p.user_id = u.id
     WHERE u.active AND u.email IS NOT NULL AND COALESCE(p.email_enabled, true)`;
  const jobs: SendEmailJob[] = mailed.map((n) => ({ notificationId: n.id }));
  await enqueueInTransaction(tx, QUEUES.sendEmail.name, jobs);
  return ids;
}
