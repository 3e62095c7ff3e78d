import "server-only";
import type { z } from "zod";
import { ADHERED } from "@/lib/adhesion/lifecycle";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError, RuleError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { prioritiseSchema, unprioritiseSchema } from "./schemas";

/**
 * Marks a comuna as prioritised for SERMIG's national actions. Only comunas whose municipality is
 * adhered qualify: the programme prioritises its members. The audit event keeps the reason.
 */
export async function prioritiseComuna(viewer: Viewer, ip: string | null, input: z.output<typeof prioritiseSchema>) {
  try {
    return await db.$transaction(async (tx) => {
      const comuna = await tx.comuna.findUnique({
        where: { code: input.comunaCode },
        select: { code: true, regionCode: true, municipalityCode: true, municipality: { select: { adhesion: { select: { status: true } } } }, priority: { select: { comunaCode: true } } },
      });
      if (!comuna) throw new NotFoundError();
      const status = comuna.municipality.adhesion?.status;
      if (!status || !ADHERED.includes(status)) throw new RuleError("Solo se pueden priorizar comunas cuya municipalidad está adherida al Sello.", "comunaCode");
      if (comuna.priority) throw new RuleError("Esa comuna ya está marcada como prioritaria.", "comunaCode");
      await tx.priorityComuna.create({
        data: { comunaCode: comuna.code, regionCode: comuna.regionCode, reason: input.reason, markedById: viewer.id, markedByName: viewer.name },
      });
      await recordAudit(tx, viewer, ip, {
        action: "coverage.prioritise",
        entity: "PriorityComuna",
        entityId: comuna.code,
        after: { reason: input.reason },
        regionCode: comuna.regionCode,
        municipalityCode: comuna.municipalityCode,
      });
      return { comunaCode: comuna.code };
    });
  } catch (error) {
    // Two admins marking the same comuna at once: the second meets the primary key.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new RuleError("Esa comuna ya está marcada como prioritaria.", "comunaCode");
    throw error;
  }
}

/** Removes the mark; the audit event keeps what it said and who had set it. */
export async function unprioritiseComuna(viewer: Viewer, ip: string | null, input: z.output<typeof unprioritiseSchema>) {
  return db.$transaction(async (tx) => {
    const existing = await tx.priorityComuna.findUnique({ where: { comunaCode: input.comunaCode }, include: { comuna: { select: { municipalityCode: true } } } });
    if (!existing) throw new NotFoundError();
    await tx.priorityComuna.delete({ where: { comunaCode: existing.comunaCode } });
    await recordAudit(tx, viewer, ip, {
      action: "coverage.unprioritise",
      entity: "PriorityComuna",
      entityId: existing.comunaCode,
      before: { reason: existing.reason, markedBy: existing.markedByName, markedAt: existing.markedAt.toISOString() },
      regionCode: existing.regionCode,
      municipalityCode: existing.comuna.municipalityCode,
    });
    return { comunaCode: existing.comunaCode };
  });
}
