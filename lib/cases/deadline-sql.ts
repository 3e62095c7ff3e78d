import { Prisma } from "@/lib/generated/prisma/client";

/*
 * The SQL of a case's deadlines, shared by the inbox, the dashboard and the benchmark (no database access
 * here). It states the same rules as lib/cases/deadline-words.ts, which writes them in words for a row.
 */

/** Columns are `timestamp` holding UTC; an ISO string cast to it compares right whatever the session's time zone. */
export const at = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp`;

export const OPEN = Prisma.sql`c.status IN ('INGRESADO', 'EN_REVISION', 'REQUIERE_INFO', 'DERIVADO')`;
export const FINISHED = Prisma.sql`c.status IN ('RESUELTO', 'CERRADO')`;
/** The first answer's deadline while the answer is still owed. */
export const firstDue = Prisma.sql`CASE WHEN c.first_response_at IS NULL THEN c.first_response_due_at END`;
/** The deadline that governs now: the first answer until it is given, then the resolution. */
export const governingDue = Prisma.sql`COALESCE(${firstDue}, c.resolution_due_at)`;
/** The case waits on the municipality: SERMIG's clock is stopped. */
export const PAUSED = Prisma.sql`c.waiting_since IS NOT NULL`;

/** The window of "Vencen en 24 h". */
export const DUE_SOON_MS = 24 * 3_600_000;

/** Past due: an open case whose clock runs and whose governing deadline has passed. A paused case is not. */
export function overdue(now: Date): Prisma.Sql {
  return Prisma.sql`(${OPEN} AND NOT ${PAUSED} AND ${governingDue} < ${at(now)})`;
}

/** Due within the next 24 hours: a running clock whose governing deadline falls between now and a day from now. */
export function dueSoon(now: Date): Prisma.Sql {
  const soon = new Date(now.getTime() + DUE_SOON_MS);
  return Prisma.sql`(${OPEN} AND NOT ${PAUSED} AND ${governingDue} >= ${at(now)} AND ${governingDue} <= ${at(soon)})`;
}

/** Cases of a blocked person (lib/auth/scope.ts caseWhere) as SQL: every case figure leaves them out. */
export const UNBLOCKED_SQL = Prisma.sql`c.blocked_at IS NULL`;
