import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError, RuleError } from "@/lib/errors";
import { fileStore, type FileStore } from "@/lib/files/store";
import { anonymiseCase } from "@/lib/jobs/anonymise-expired";
import { logError } from "@/lib/log";
import { liftBlock } from "./blocking";
import { subjectDigest } from "./lookup-key";
import { santiagoToday } from "./requests";

/**
 * Erasure on request (supresión, Ley 21.719 art. 4), before the retention period ends: every case the
 * person appears in gets the retention job's anonymisation (lib/jobs/anonymise-expired.ts), whole,
 * since a case's narrative cannot be split by person. The case's type, dates, territory and status and
 * the audit trail stay for the statistics and accountability. A legal hold on any of the cases refuses
 * the whole erasure, so a request is never half-answered; a block on the person ends with it. The
 * supresión request of the register is answered "acogida" in the same transaction.
 */
export async function eraseSubject(viewer: Viewer, ip: string | null, requestId: string, store: FileStore = fileStore(), now = new Date()): Promise<{ cases: number }> {
  if (viewer.role !== "NATIONAL_ADMIN") throw new NotFoundError();
  const storageKeys: string[] = [];
  const result = await db.$transaction(
    async (tx) => {
      const request = await tx.subjectRequest.findFirst({ where: { id: requestId, type: "SUPRESION", answeredOn: null }, select: { id: true, documentKey: true } });
      if (!request) throw new NotFoundError();
      const cases = await tx.case.findMany({
        where: { participants: { some: { documentKey: request.documentKey } }, anonymisedAt: null },
        select: { id: true, folio: true, legalHold: true },
        orderBy: { createdAt: "asc" },
      });
      const held = cases.filter((c) => c.legalHold);
      if (held.length > 0) {
        const folios = held.map((c) => c.folio ?? "borrador").join(", ");
        throw new RuleError(
          `No se pueden suprimir los datos: ${held.length === 1 ? "el caso" : "los casos"} ${folios} ${held.length === 1 ? "tiene" : "tienen"} retención legal. Levante la retención o responda la solicitud como rechazada indicando ese motivo.`,
        );
      }
      const block = await tx.subjectBlock.findFirst({ where: { documentKey: request.documentKey, liftedAt: null }, select: { id: true, documentKey: true } });
      for (const found of cases) {
        const done = await anonymiseCase(tx, found.id, {}, now, { actor: viewer, ip });
        if (!done) throw new Error(`El caso ${found.id} dejó de poder anonimizarse durante la supresión.`);
        storageKeys.push(...done.storageKeys);
      }
      if (block) await liftBlock(tx, viewer, ip, block, "Datos suprimidos a solicitud de la persona.");
      await tx.subjectRequest.update({
        where: { id: request.id },
        data: { outcome: "ACOGIDA", outcomeNote: `Datos suprimidos en ${cases.length} ${cases.length === 1 ? "caso" : "casos"}.`, answeredOn: santiagoToday(now), handledById: viewer.id, handledByName: viewer.name },
      });
      await recordAudit(tx, viewer, ip, { action: "privacy.erase", entity: "DataSubject", entityId: subjectDigest(request.documentKey), after: { requestId: request.id, cases: cases.length } });
      return { cases: cases.length };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
  // The rows are gone; bytes that fail to delete are orphans the log names by key (no personal data).
  for (const key of storageKeys) await store.delete(key).catch((error: unknown) => logError("privacy:erase:file", error));
  return result;
}
