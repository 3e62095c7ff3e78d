import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/lib/generated/prisma/client";
import { caseScope } from "./access";

type Tx = Prisma.TransactionClient;

/** Another open case where a participant holds one of the same documents; always one the viewer may open. */
export type Duplicate = { folio: string; caseId: string };

/** A possible duplicate as SERMIG sees it: also which municipality filed the other case. */
export type RegionalDuplicate = Duplicate & { municipalityCode: string };

const LIMIT = 10;

function distinctKeys(documentKeys: (string | null)[]): string[] {
  return [...new Set(documentKeys.filter((key): key is string => Boolean(key)))];
}

/** Filed and not closed, other than `caseId`, inside `scope`, with someone holding one of `keys`. */
function openWithDocuments(scope: Prisma.CaseWhereInput, caseId: string | null, keys: string[]): Prisma.CaseWhereInput {
  return {
    ...scope,
    status: { notIn: ["BORRADOR", "CERRADO"] },
    folio: { not: null },
    ...(caseId && { id: { not: caseId } }),
    participants: { some: { documentKey: { in: keys } } },
  };
}

/**
 * The duplicates an officer is warned about while filing: only within the viewer's own scope (her
 * municipality), which she may open anyway. A case of another municipality must not even be hinted at,
 * or the form becomes a way to ask "does anyone in the region have a case about this RUN?"; SERMIG sees
 * those on the new case instead (`regionalDuplicates`).
 */
export async function ownDuplicates(tx: Tx, viewer: Viewer, caseId: string | null, documentKeys: (string | null)[]): Promise<Duplicate[]> {
  const keys = distinctKeys(documentKeys);
  if (keys.length === 0) return [];
  const rows = await tx.case.findMany({
    where: openWithDocuments(caseScope(viewer), caseId, keys),
    orderBy: { submittedAt: "desc" },
    take: LIMIT,
    select: { id: true, folio: true },
  });
  return rows.map((row) => ({ folio: row.folio!, caseId: row.id }));
}

/**
 * For SERMIG on a filed case: other open cases of the case's region, whichever municipality filed them,
 * with someone holding the same document. Read each time the case is shown, so a case closed or
 * corrected since drops out by itself; narrowed by the viewer's scope like any other read.
 */
export async function regionalDuplicates(
  tx: Tx,
  viewer: Viewer,
  found: { id: string; regionCode: string },
  documentKeys: (string | null)[],
): Promise<RegionalDuplicate[]> {
  const keys = distinctKeys(documentKeys);
  if (viewer.role === "MUNICIPAL_OFFICER" || keys.length === 0) return [];
  const rows = await tx.case.findMany({
    where: openWithDocuments({ AND: [caseScope(viewer), { regionCode: found.regionCode }] }, found.id, keys),
    orderBy: { submittedAt: "desc" },
    take: LIMIT,
    select: { id: true, folio: true, municipalityCode: true },
  });
  return rows.map((row) => ({ folio: row.folio!, caseId: row.id, municipalityCode: row.municipalityCode }));
}
