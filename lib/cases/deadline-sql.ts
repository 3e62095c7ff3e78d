import { Prisma } from "@/lib/generated/prisma/client";

/* The SQL of a case's deadlines, shared by the inbox, the dashboard and the benchmark (no database access here). */

/** Columns are `timestamp` holding UTC; an ISO string cast to it compares right whatever the session's time zone. */
export const at = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp`;

export const OPEN = Prisma.sql`c.status IN ('INGRESADO', 'EN_REVISION', 'REQUIERE_INFO', 'DERIVADO')`;
export const FINISHED = Prisma.sql`c.status IN ('RESUELTO', 'CERRADO')`;
/** The deadline that applies now: the first answer until it is given, and the resolution. */
export const firstDue = Prisma.sql`CASE WHEN c.first_response_at IS NULL THEN c.first_response_due_at END`;

/**
 * Past due: a deadline has passed. While the case waits on the municipality its clock is stopped, so
 * only a deadline missed before the wait began counts (asking for information later does not erase it).
 */
export function overdue(now: Date): Prisma.Sql {
  const missed = (due: Prisma.Sql) => Prisma.sql`(${due} < ${at(now)} AND (c.waiting_since IS NULL OR ${due} < c.waiting_since))`;
  return Prisma.sql`(${OPEN} AND (${missed(firstDue)} OR ${missed(Prisma.sql`c.resolution_due_at`)}))`;
}

/** A running clock (not paused) whose first-response or resolution deadline falls within the next 24 hours. */
export function dueSoon(now: Date): Prisma.Sql {
  const soon = new Date(now.getTime() + 24 * 3_600_000);
  const within = (due: Prisma.Sql) => Prisma.sql`(${due} >= ${at(now)} AND ${due} <= ${at(soon)})`;
  return Prisma.sql`(${OPEN} AND c.waiting_since IS NULL AND (${within(firstDue)} OR ${within(Prisma.sql`c.resolution_due_at`)}))`;
}

/** Cases of a blocked person (lib/auth/scope.ts caseWhere) as SQL: every case figure leaves them out. */
export const UNBLOCKED_SQL = Prisma.sql`c.blocked_at IS NULL`;
