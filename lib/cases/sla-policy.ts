import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { hasPermission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { CasePriority, CaseType } from "@/lib/generated/prisma/enums";
import { CASE_TYPES, defaultSla } from "./catalogue";
import { slaTargets } from "./sla";
import { OPEN_STATUSES } from "./status-machine";
import { refreshDueDates } from "./triage";

export const SLA_TYPES = Object.keys(CASE_TYPES) as CaseType[];
/** Most urgent first, as the table reads. */
export const SLA_PRIORITIES: CasePriority[] = [CasePriority.URGENTE, CasePriority.ALTA, CasePriority.MEDIA, CasePriority.BAJA];
export const SLA_MAX_DAYS = 60;

/** Form field names: one pair per type × priority. */
export const firstField = (type: CaseType, priority: CasePriority) => `primera-${type}-${priority}`;
export const resolutionField = (type: CaseType, priority: CasePriority) => `resolucion-${type}-${priority}`;

export type SlaTargets = { firstResponseDays: number; resolutionDays: number };

export type SlaCell = SlaTargets & { type: CaseType; priority: CasePriority; custom: boolean };

/** Every type × priority with the targets in force, for the national admin's table. */
export async function slaTable(viewer: Viewer): Promise<SlaCell[]> {
  assertConfigurer(viewer);
  const rows = await db.slaPolicy.findMany({ select: { type: true, priority: true, firstResponseDays: true, resolutionDays: true } });
  const saved = new Map(rows.map((r) => [`${r.type}-${r.priority}`, r]));
  return SLA_TYPES.flatMap((type) =>
    SLA_PRIORITIES.map((priority) => {
      const row = saved.get(`${type}-${priority}`);
      const [firstResponseDays, resolutionDays] = defaultSla(type, priority);
      return row ? { ...row, custom: true } : { type, priority, firstResponseDays, resolutionDays, custom: false };
    }),
  );
}

const days = z.coerce
  .number({ error: `Entre 1 y ${SLA_MAX_DAYS} días.` })
  .int(`Use días enteros, entre 1 y ${SLA_MAX_DAYS}.`)
  .min(1, `Entre 1 y ${SLA_MAX_DAYS} días.`)
  .max(SLA_MAX_DAYS, `Entre 1 y ${SLA_MAX_DAYS} días.`);

const CELLS = SLA_TYPES.flatMap((type) => SLA_PRIORITIES.map((priority) => ({ type, priority })));

/** The whole table in one form: every cell is required, and no first answer may be due after the resolution. */
export const slaTableSchema = z
  .strictObject(Object.fromEntries(CELLS.flatMap(({ type, priority }) => [[firstField(type, priority), days], [resolutionField(type, priority), days]])))
  .superRefine((values, context) => {
    for (const { type, priority } of CELLS) {
      const first = values[firstField(type, priority)];
      const resolution = values[resolutionField(type, priority)];
      if (first > resolution) {
        context.addIssue({ code: "custom", path: [firstField(type, priority)], message: "No puede ser mayor que el plazo de resolución." });
      }
    }
  });
export type SlaTableInput = z.output<typeof slaTableSchema>;

function assertConfigurer(viewer: Viewer) {
  if (!hasPermission(viewer.role, "sla.configure")) throw new NotFoundError();
}

/**
 * Saves the table. The new targets apply to every open case at once (their due dates are recomputed
 * in the same transaction), so no deadline shifts later merely because someone touched the case.
 */
export async function saveSlaTable(viewer: Viewer, ip: string | null, input: SlaTableInput): Promise<{ changed: number; casesUpdated: number }> {
  assertConfigurer(viewer);
  return db.$transaction(
    async (tx) => {
      const changed: (SlaTargets & { type: CaseType; priority: CasePriority; before: SlaTargets })[] = [];
      for (const { type, priority } of CELLS) {
        const [firstResponseDays, resolutionDays] = await slaTargets(tx, type, priority);
        const before = { firstResponseDays, resolutionDays };
        const after = { firstResponseDays: input[firstField(type, priority)], resolutionDays: input[resolutionField(type, priority)] };
        if (before.firstResponseDays === after.firstResponseDays && before.resolutionDays === after.resolutionDays) continue;
        await tx.slaPolicy.upsert({ where: { type_priority: { type, priority } }, create: { type, priority, ...after }, update: after });
        changed.push({ type, priority, ...after, before });
      }
      if (changed.length === 0) return { changed: 0, casesUpdated: 0 };

      const affected = await tx.case.findMany({
        where: { status: { in: [...OPEN_STATUSES] }, OR: changed.map(({ type, priority }) => ({ type, priority })) },
        select: { id: true },
      });
      for (const { id } of affected) await refreshDueDates(tx, id, viewer);

      await recordAudit(tx, viewer, ip, {
        action: "sla.update",
        entity: "SlaPolicy",
        before: changed.map(({ type, priority, before }) => ({ type, priority, ...before })),
        after: { cambios: changed.map(({ type, priority, firstResponseDays, resolutionDays }) => ({ type, priority, firstResponseDays, resolutionDays })), casosRecalculados: affected.length },
      });
      return { changed: changed.length, casesUpdated: affected.length };
    },
    { timeout: 60_000 },
  );
}
