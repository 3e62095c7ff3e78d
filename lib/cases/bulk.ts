import "server-only";
import { z } from "zod";
import { hasPermission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { CasePriority } from "@/lib/generated/prisma/enums";
import { logError } from "@/lib/log";
import { parseQuery } from "@/lib/query/parse";
import { formatNumber } from "@/lib/format";
import { caseScope } from "./access";
import { inboxFilterSchema, matchingCases } from "./inbox";
import { BULK_TRANSITIONS } from "./status-machine";
import { assignCase, changeCaseStatus, changePriority } from "./triage";

/** The most cases one bulk step takes from checked rows: four pages of the inbox. */
export const BULK_MAX = 100;
/**
 * The most cases one bulk step takes as "every case that matches": each case is its own transaction
 * with its audit and timeline, so 500 finish in seconds; more would hold the request too long.
 */
export const BULK_MATCHING_MAX = 500;

type Item = { caseId: string; version: number };

/** Each checkbox carries "<case id>:<version>", so a case changed since the list was drawn is reported, not overwritten. */
const selection = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.string().regex(/^[0-9a-f-]{36}:\d{1,9}$/i, "Selección no válida."))
    .max(BULK_MAX, `Marque como máximo ${BULK_MAX} casos a la vez.`)
    .transform((items) => [...new Map(items.map((item): [string, Item] => { const [caseId, version] = item.split(":"); return [caseId, { caseId, version: Number(version) }]; })).values()]),
);

/**
 * What a bulk step applies to: the checked rows, or every case matching the inbox's filters (its query
 * string, `filtros`) as they were when the person chose it (`seleccion`, the moment the page was drawn).
 */
const target = {
  casos: selection,
  filtros: z.string().max(2000).optional(),
  seleccion: z.iso.datetime({ error: "Vuelva a cargar la bandeja y seleccione otra vez." }).optional(),
  /** How many cases the page said matched, to tell the person how many stopped matching since. */
  esperados: z.coerce.number().int().min(0).max(1_000_000).optional(),
};

type Target = { casos: Item[]; filtros?: string; seleccion?: string; esperados?: number };

/** Exactly one target: some checked rows, or every match with the moment it was selected. */
function checkTarget(value: Target, context: z.RefinementCtx) {
  if (value.filtros === undefined) {
    if (value.casos.length === 0) context.addIssue({ code: "custom", path: ["casos"], message: "Marque al menos un caso." });
  } else if (value.casos.length > 0) {
    context.addIssue({ code: "custom", path: ["casos"], message: "Elija los casos marcados o todos los que coinciden, no ambos." });
  } else if (!value.seleccion) {
    context.addIssue({ code: "custom", path: ["seleccion"], message: "Vuelva a cargar la bandeja y seleccione otra vez." });
  }
}

const targeted = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ ...target, ...shape }).superRefine((value, context) => checkTarget(value as Target, context));

export const bulkAssignSchema = targeted({ assigneeId: z.string().max(40).transform((value) => value || null) });
export const bulkUnassignSchema = targeted({});
export const bulkStatusSchema = targeted({ transition: z.enum(BULK_TRANSITIONS, { error: "Elija un cambio de estado." }) });
export const bulkPrioritySchema = targeted({ priority: z.enum(CasePriority, { error: "Elija una prioridad." }) });

export type BulkItemResult = { caseId: string; folio: string | null; ok: boolean; message?: string };
export type BulkResult = {
  applied: number;
  failed: number;
  results: BulkItemResult[];
  /** For "every case that matches": how many the page showed and how many match now (the rest changed and left the filters). */
  matching?: { expected: number | null; now: number };
};

const BULK_CONFLICT = "Otra persona lo modificó después de que usted cargó la lista.";
const CHANGED_SINCE = "Cambió después de que usted hizo la selección; no se modificó. Revíselo antes de volver a intentarlo.";

function reasonOf(error: unknown): string {
  if (error instanceof RuleError || error instanceof ForbiddenError) return error.message;
  if (error instanceof ConflictError) return BULK_CONFLICT;
  if (error instanceof NotFoundError) return "No encontramos ese caso.";
  return `No se pudo aplicar (código ${logError("bulk.case", error)}).`;
}

type Planned = { item: Item; folio: string | null; skip?: string };

/** Checked rows: folios only of cases the viewer may see; an id from elsewhere is reported without naming it. */
async function plannedRows(viewer: Viewer, items: Item[]): Promise<Planned[]> {
  const known = await db.case.findMany({ where: { id: { in: items.map((i) => i.caseId) }, ...caseScope(viewer) }, select: { id: true, folio: true } });
  const folios = new Map(known.map((c) => [c.id, c.folio]));
  return items.map((item) => ({ item, folio: folios.get(item.caseId) ?? null }));
}

/**
 * Every case matching the filters now, re-read through the inbox's own (scoped) condition. A case
 * touched after the selection was made is reported and left alone: the person chose the list as it
 * was, not whatever it has become.
 */
async function plannedMatching(viewer: Viewer, filtros: string, selectedAt: Date): Promise<{ planned: Planned[]; total: number }> {
  const { values } = parseQuery(inboxFilterSchema, new URLSearchParams(filtros));
  const { total, cases } = await matchingCases(viewer, { ...values, pagina: 1 }, new Date(), BULK_MATCHING_MAX);
  if (total > BULK_MATCHING_MAX) {
    throw new RuleError(
      `Coinciden ${formatNumber(total)} casos y una acción masiva se aplica a ${formatNumber(BULK_MATCHING_MAX)} como máximo. Acote los filtros (por ejemplo, por municipalidad, tipo o estado) y vuelva a intentarlo.`,
    );
  }
  const planned = cases.map((c) => ({
    item: { caseId: c.id, version: c.version },
    folio: c.folio,
    skip: c.updatedAt.getTime() > selectedAt.getTime() ? CHANGED_SINCE : undefined,
  }));
  return { planned, total };
}

/**
 * Applies one change case by case, each in its own transaction, so one refusal never undoes or
 * blocks the others (a single bad case aborting the whole batch is what users of other desks
 * complain about). Every case goes through the same service as a single change, audit included.
 */
async function eachCase(viewer: Viewer, input: Target, apply: (item: Item) => Promise<unknown>): Promise<BulkResult> {
  if (!hasPermission(viewer.role, "cases.triage")) throw new NotFoundError();
  const matching = input.filtros !== undefined ? await plannedMatching(viewer, input.filtros, new Date(input.seleccion!)) : null;
  const planned = matching ? matching.planned : await plannedRows(viewer, input.casos);
  const results: BulkItemResult[] = [];
  for (const { item, folio, skip } of planned) {
    if (skip) {
      results.push({ caseId: item.caseId, folio, ok: false, message: skip });
      continue;
    }
    try {
      await apply(item);
      results.push({ caseId: item.caseId, folio, ok: true });
    } catch (error) {
      results.push({ caseId: item.caseId, folio, ok: false, message: reasonOf(error) });
    }
  }
  const applied = results.filter((r) => r.ok).length;
  return { applied, failed: results.length - applied, results, ...(matching && { matching: { expected: input.esperados ?? null, now: matching.total } }) };
}

export function bulkAssign(viewer: Viewer, ip: string | null, input: z.output<typeof bulkAssignSchema>): Promise<BulkResult> {
  return eachCase(viewer, input, (item) => assignCase(viewer, ip, { ...item, assigneeId: input.assigneeId }));
}

/** Back to the unassigned queue, which single-case assignment also offers. */
export function bulkUnassign(viewer: Viewer, ip: string | null, input: z.output<typeof bulkUnassignSchema>): Promise<BulkResult> {
  return eachCase(viewer, input, (item) => assignCase(viewer, ip, { ...item, assigneeId: null }));
}

export function bulkChangeStatus(viewer: Viewer, ip: string | null, input: z.output<typeof bulkStatusSchema>): Promise<BulkResult> {
  return eachCase(viewer, input, (item) => changeCaseStatus(viewer, ip, { ...item, transition: input.transition }));
}

export function bulkChangePriority(viewer: Viewer, ip: string | null, input: z.output<typeof bulkPrioritySchema>): Promise<BulkResult> {
  return eachCase(viewer, input, (item) => changePriority(viewer, ip, { ...item, priority: input.priority }));
}
