import "server-only";
import { z } from "zod";
import { caseWhere } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { UNBLOCKED_SQL } from "./deadline-sql";

type Tx = Prisma.TransactionClient;

const caseId = z.uuid();

/**
 * Which cases a viewer may see: their territory without blocked cases (caseWhere), and drafts only from the municipality that writes
 * them. An officer's territory is their municipality, so their drafts are in it; SERMIG staff never
 * see a draft, which stays the municipality's until it is submitted.
 */
export function caseScope(viewer: Viewer): Prisma.CaseWhereInput {
  const scope = caseWhere(viewer);
  if (viewer.role === "MUNICIPAL_OFFICER") return scope;
  return { AND: [...scope.AND, { status: { not: "BORRADOR" } }] };
}

/**
 * The viewer's case scope as SQL, translated from the one scope rule (`caseWhere`: territory, no
 * blocked case) so raw queries cannot drift from it. An unknown key fails instead of being ignored,
 * which would widen the scope.
 */
export function scopeSql(viewer: Viewer): Prisma.Sql {
  const parts = caseWhere(viewer).AND.flatMap((condition) =>
    Object.entries(condition).map(([key, value]) => {
      if (key === "regionCode") return Prisma.sql`c.region_code = ${value}`;
      if (key === "municipalityCode") return Prisma.sql`c.municipality_code = ${value}`;
      if (key === "blockedAt" && value === null) return UNBLOCKED_SQL;
      throw new Error(`Ámbito sin traducción a SQL: ${key}`);
    }),
  );
  return parts.length === 0 ? Prisma.sql`TRUE` : Prisma.join(parts, " AND ");
}

/** `caseScope` as SQL over the alias `c`, for raw queries: the territory, and drafts only for the municipality. */
export function caseScopeSql(viewer: Viewer): Prisma.Sql {
  return viewer.role === "MUNICIPAL_OFFICER" ? scopeSql(viewer) : Prisma.sql`c.status <> 'BORRADOR' AND ${scopeSql(viewer)}`;
}

/** Internal notes, events and attachments are SERMIG's working material: never the municipality's. */
export function seesInternal(viewer: Viewer): boolean {
  return viewer.role !== "MUNICIPAL_OFFICER";
}

/** For notes, events and attachments: what the viewer may read of them. */
export function internalWhere(viewer: Viewer): { internal?: false } {
  return seesInternal(viewer) ? {} : { internal: false };
}

/**
 * One case the viewer may see, read with `select`. A malformed id, a missing case and one outside the
 * viewer's scope all throw the same NotFoundError, so ids cannot be probed.
 */
export async function visibleCase<S extends Prisma.CaseSelect>(tx: Tx, viewer: Viewer, id: string, select: S): Promise<Prisma.CaseGetPayload<{ select: S }>> {
  if (!caseId.safeParse(id).success) throw new NotFoundError();
  const found = await tx.case.findFirst({ where: { id, ...caseScope(viewer) }, select });
  if (!found) throw new NotFoundError();
  return found as Prisma.CaseGetPayload<{ select: S }>;
}

/** A stale save: the form keeps what was typed, so the person can copy it before reloading. */
export const CASE_CONFLICT = "Otra persona modificó este caso; recargue la página. Lo que escribió no se ha perdido.";

/**
 * Options for the transactions that file, note and attach: a file of up to 10 MB is stored, and the
 * notifications queued, inside them, which can take longer than Prisma's default of five seconds.
 */
export const CASE_TRANSACTION = { maxWait: 10_000, timeout: 30_000 };
