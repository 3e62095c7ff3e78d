import type { Prisma } from "@/lib/generated/prisma/client";

/*
 * Parameters for the portal's hand-written INSERTs. The timeline, the audit trail, notifications and a
 * case's participants are written with raw SQL rather than createMany: Prisma compiles every createMany
 * afresh (its query-plan cache leaves them out), about 1 ms of CPU each, a tenth of a filing.
 */

/** A JSON column's value, or NULL when absent (as Prisma writes an omitted Json field). */
export const jsonb = (value: Prisma.InputJsonValue | undefined): string | null => (value === undefined ? null : JSON.stringify(value));
