import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { visibleCase } from "./access";
import type { setReferenceSchema } from "./reference-schema";

/**
 * Sets (or clears) the municipality's reference of one of its cases. It is the municipality's own
 * bookkeeping: it moves neither the version (an answer being typed on the same page stays valid) nor
 * the "last update" SERMIG and the list read as activity on the case.
 *
 * The audit records that the label changed, not its text: the audit is append-only, and a name typed
 * by mistake and then removed must not stay in it.
 */
export async function setCaseReference(viewer: Viewer, ip: string | null, input: z.output<typeof setReferenceSchema>): Promise<{ municipalReference: string | null }> {
  if (viewer.role !== "MUNICIPAL_OFFICER") throw new ForbiddenError();
  return db.$transaction(async (tx) => {
    const found = await visibleCase(tx, viewer, input.caseId, { id: true, municipalReference: true, updatedAt: true, municipalityCode: true, regionCode: true });
    if (found.municipalReference === input.municipalReference) return { municipalReference: found.municipalReference };
    await tx.case.update({ where: { id: found.id }, data: { municipalReference: input.municipalReference, updatedAt: found.updatedAt } });
    await recordAudit(tx, viewer, ip, {
      action: "case.setReference",
      entity: "Case",
      entityId: found.id,
      before: { referencia: found.municipalReference === null ? "sin referencia" : "con referencia" },
      after: { referencia: input.municipalReference === null ? "sin referencia" : "con referencia", caracteres: input.municipalReference?.length ?? 0 },
      municipalityCode: found.municipalityCode,
      regionCode: found.regionCode,
    });
    return { municipalReference: input.municipalReference };
  });
}
