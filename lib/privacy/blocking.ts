import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/viewer";
import { documentKeyOf } from "@/lib/cases/schemas";
import { db } from "@/lib/db";
import { NotFoundError, RuleError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { subjectDigest } from "./lookup-key";

type Tx = Prisma.TransactionClient;

/**
 * Blocking (bloqueo temporal, Ley 21.719 art. 4): while a request of the person is examined, their data
 * stays but is processed no further. The block is kept per document; SQL (refresh_case_block, migration
 * subject_rights) marks every case the person appears in, now and filed later, and the case scope
 * (lib/auth/scope.ts caseWhere) hides marked cases from every page, search, export and figure except
 * the privacy pages. The audit names the person by the document's keyed digest, as lookups do.
 */

/** The cases with a participant holding this document key, re-marked after a block changes. */
export async function refreshBlocks(tx: Tx, documentKey: string): Promise<number> {
  const cases = await tx.caseParticipant.findMany({ where: { documentKey }, select: { caseId: true }, distinct: ["caseId"] });
  const ids = cases.map((c) => c.caseId);
  if (ids.length > 0) await tx.$executeRaw`SELECT refresh_case_block(${ids}::text[])`;
  return ids.length;
}

export async function blockSubject(viewer: Viewer, ip: string | null, input: { documentNumber: string; reason: string }): Promise<{ cases: number }> {
  if (viewer.role !== "NATIONAL_ADMIN") throw new NotFoundError();
  const documentKey = documentKeyOf(input.documentNumber);
  return db.$transaction(async (tx) => {
    const active = await tx.subjectBlock.findFirst({ where: { documentKey, liftedAt: null }, select: { id: true } });
    if (active) throw new RuleError("Los datos de esta persona ya están bloqueados.");
    const block = await tx.subjectBlock.create({ data: { documentKey, reason: input.reason, blockedById: viewer.id, blockedByName: viewer.name }, select: { id: true } });
    const cases = await refreshBlocks(tx, documentKey);
    await recordAudit(tx, viewer, ip, { action: "privacy.block", entity: "DataSubject", entityId: subjectDigest(input.documentNumber), after: { blockId: block.id, cases, reason: input.reason } });
    return { cases };
  });
}

/** Lifting a block, by the admin's decision or because an erasure left nothing to block. */
export async function liftBlock(tx: Tx, viewer: Viewer, ip: string | null, block: { id: string; documentKey: string }, reason: string): Promise<number> {
  await tx.subjectBlock.update({ where: { id: block.id }, data: { liftedAt: new Date(), liftReason: reason, liftedByName: viewer.name } });
  const cases = await refreshBlocks(tx, block.documentKey);
  await recordAudit(tx, viewer, ip, { action: "privacy.unblock", entity: "DataSubject", entityId: subjectDigest(block.documentKey), after: { blockId: block.id, cases, reason } });
  return cases;
}

export async function unblockSubject(viewer: Viewer, ip: string | null, input: { blockId: string; reason: string }): Promise<{ cases: number }> {
  if (viewer.role !== "NATIONAL_ADMIN") throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const block = await tx.subjectBlock.findFirst({ where: { id: input.blockId, liftedAt: null }, select: { id: true, documentKey: true } });
    if (!block) throw new NotFoundError();
    return { cases: await liftBlock(tx, viewer, ip, block, input.reason) };
  });
}

export type ActiveBlock = { id: string; document: string; reason: string; blockedAt: Date; blockedByName: string; cases: number };

/**
 * The blocks in force, for the privacy page (national administration only, whose scope is the whole
 * country); the document is shown masked but for its last characters.
 */
export async function activeBlocks(viewer: Viewer): Promise<ActiveBlock[]> {
  if (viewer.role !== "NATIONAL_ADMIN") throw new NotFoundError();
  const blocks = await db.subjectBlock.findMany({ where: { liftedAt: null }, orderBy: { blockedAt: "asc" }, take: 200 });
  if (blocks.length === 0) return [];
  const counts = await db.$queryRaw<{ document_key: string; cases: number }[]>`
    SELECT document_key, count(DISTINCT case_id)::int AS cases FROM case_participant
     WHERE document_key IN (${Prisma.join(blocks.map((b) => b.documentKey))}) GROUP BY document_key`;
  const countOf = new Map(counts.map((c) => [c.document_key, c.cases]));
  return blocks.map((b) => ({ id: b.id, document: maskDocument(b.documentKey), reason: b.reason, blockedAt: b.blockedAt, blockedByName: b.blockedByName, cases: countOf.get(b.documentKey) ?? 0 }));
}

/** «•••••678K»: enough to tell two blocks apart on the page without writing the number out. */
export function maskDocument(documentKey: string): string {
  const visible = documentKey.slice(-4);
  return `${"•".repeat(Math.max(0, Math.min(documentKey.length - 4, 6)))}${visible}`;
}

/** Whether the person of this document is blocked now, for the lookup's result. */
export async function activeBlockOf(documentNumber: string) {
  return db.subjectBlock.findFirst({ where: { documentKey: documentKeyOf(documentNumber), liftedAt: null }, select: { id: true, reason: true, blockedAt: true, blockedByName: true } });
}
