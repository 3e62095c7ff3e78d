import "server-only";
import { z } from "zod";
import { hasPermission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { logError } from "@/lib/log";
import { caseScope } from "./access";
import { BULK_TRANSITIONS } from "./status-machine";
import { assignCase, changeCaseStatus } from "./triage";

/** The most cases one bulk step takes: four pages of the inbox. */
export const BULK_MAX = 100;

/** Each checkbox carries "<case id>:<version>", so a case changed since the list was drawn is reported, not overwritten. */
const selection = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.string().regex(/^[0-9a-f-]{36}:\d{1,9}$/i, "Selección no válida."))
    .min(1, "Marque al menos un caso.")
    .max(BULK_MAX, `Marque como máximo ${BULK_MAX} casos a la vez.`)
    .transform((items) => [...new Map(items.map((item) => { const [caseId, version] = item.split(":"); return [caseId, { caseId, version: Number(version) }]; })).values()]),
);

export const bulkAssignSchema = z.strictObject({ casos: selection, assigneeId: z.string().max(40).transform((value) => value || null) });
export const bulkStatusSchema = z.strictObject({ casos: selection, transition: z.enum(BULK_TRANSITIONS, { error: "Elija un cambio de estado." }) });

export type BulkItemResult = { caseId: string; folio: string | null; ok: boolean; message?: string };
export type BulkResult = { applied: number; failed: number; results: BulkItemResult[] };

const BULK_CONFLICT = "Otra persona lo modificó después de que usted cargó la lista.";

function reasonOf(error: unknown): string {
  if (error instanceof RuleError || error instanceof ForbiddenError) return error.message;
  if (error instanceof ConflictError) return BULK_CONFLICT;
  if (error instanceof NotFoundError) return "No encontramos ese caso.";
  return `No se pudo aplicar (código ${logError("bulk.case", error)}).`;
}

/**
 * Applies one change case by case, each in its own transaction, so one refusal never undoes or
 * blocks the others (a single bad case aborting the whole batch is what users of other desks
 * complain about). Every case goes through the same service as a single change.
 */
async function eachCase(viewer: Viewer, items: { caseId: string; version: number }[], apply: (item: { caseId: string; version: number }) => Promise<unknown>): Promise<BulkResult> {
  if (!hasPermission(viewer.role, "cases.triage")) throw new NotFoundError();
  // Folios only of cases the viewer may see: an id from elsewhere is reported without naming it.
  const known = await db.case.findMany({ where: { id: { in: items.map((i) => i.caseId) }, ...caseScope(viewer) }, select: { id: true, folio: true } });
  const folios = new Map(known.map((c) => [c.id, c.folio]));
  const results: BulkItemResult[] = [];
  for (const item of items) {
    const folio = folios.get(item.caseId) ?? null;
    try {
      await apply(item);
      results.push({ caseId: item.caseId, folio, ok: true });
    } catch (error) {
      results.push({ caseId: item.caseId, folio, ok: false, message: reasonOf(error) });
    }
  }
  const applied = results.filter((r) => r.ok).length;
  return { applied, failed: results.length - applied, results };
}

export function bulkAssign(viewer: Viewer, ip: string | null, input: z.output<typeof bulkAssignSchema>): Promise<BulkResult> {
  return eachCase(viewer, input.casos, (item) => assignCase(viewer, ip, { ...item, assigneeId: input.assigneeId }));
}

export function bulkChangeStatus(viewer: Viewer, ip: string | null, input: z.output<typeof bulkStatusSchema>): Promise<BulkResult> {
  return eachCase(viewer, input.casos, (item) => changeCaseStatus(viewer, ip, { ...item, transition: input.transition }));
}
