import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { territoryWhere } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError, RuleError } from "@/lib/errors";
import type { LegalHoldInput } from "./schemas";

/**
 * A legal hold (a court order, a complaint in progress, a request of the Contraloría…) keeps a case out
 * of anonymisation until it is lifted. Setting and lifting it are audited with the reason.
 */
export async function setLegalHold(viewer: Viewer, ip: string | null, input: LegalHoldInput): Promise<{ legalHold: boolean }> {
  return db.$transaction(async (tx) => {
    const found = await tx.case.findFirst({
      where: { id: input.caseId, ...territoryWhere(viewer), folio: { not: null } },
      select: { id: true, legalHold: true, anonymisedAt: true, municipalityCode: true, regionCode: true },
    });
    if (!found) throw new NotFoundError();
    if (found.anonymisedAt) throw new RuleError("Este caso ya fue anonimizado: la retención no tiene efecto.");
    if (found.legalHold === input.hold) throw new RuleError(input.hold ? "El caso ya tiene retención legal." : "El caso no tiene retención legal.");
    await tx.case.update({ where: { id: found.id }, data: { legalHold: input.hold, legalHoldReason: input.hold ? input.reason : null } });
    await recordAudit(tx, viewer, ip, {
      action: input.hold ? "privacy.legalHold.set" : "privacy.legalHold.clear",
      entity: "Case",
      entityId: found.id,
      before: { legalHold: found.legalHold },
      after: { legalHold: input.hold, reason: input.reason },
      municipalityCode: found.municipalityCode,
      regionCode: found.regionCode,
    });
    return { legalHold: input.hold };
  });
}

/** Cases currently held, for the privacy page. */
export async function heldCases(viewer: Viewer) {
  return db.case.findMany({
    where: { legalHold: true, ...territoryWhere(viewer) },
    select: { id: true, folio: true, status: true, closedAt: true, legalHoldReason: true, municipality: { select: { name: true } } },
    orderBy: { closedAt: "asc" },
    take: 200,
  });
}
