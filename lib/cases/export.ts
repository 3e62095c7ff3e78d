import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type Column, csvLines, xlsxBody } from "@/lib/export/table";
import { formatDateTime } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";
import { CASE_TYPES, PRIORITY_LABELS, STATUS_LABELS } from "./catalogue";
import { assertInboxReader, inboxRowSql, inboxWhereSql, type InboxFilters, type InboxRow } from "./inbox";
import { OUTCOMES, type Outcome } from "./status-machine";

const BATCH = 1000;

/**
 * One row per case, without participants, narrative or notes: an export leaves the portal, so it
 * carries only what a list shows. Summaries of sensitive cases stay out, as in the list.
 */
const when = (date: Date | null) => (date ? formatDateTime(date) : "");

function deadline(row: InboxRow): string {
  if (row.overdue) return "Vencido";
  if (row.waitingSince && row.status === "REQUIERE_INFO") return "En pausa";
  if (row.dueSoon) return "Vence en 24 h";
  return row.nextDueAt ? "A tiempo" : "";
}

const COLUMNS: Column<InboxRow>[] = [
  { header: "folio", cell: (row) => row.folio },
  { header: "tipo", cell: (row) => CASE_TYPES[row.type].label },
  { header: "estado", cell: (row) => STATUS_LABELS[row.status] },
  { header: "prioridad", cell: (row) => PRIORITY_LABELS[row.priority] },
  { header: "region", cell: (row) => row.regionName },
  { header: "municipalidad", cell: (row) => row.municipalityName },
  { header: "asignado_a", cell: (row) => row.assigneeName ?? "" },
  { header: "ingresado", cell: (row) => when(row.submittedAt) },
  { header: "primera_respuesta", cell: (row) => when(row.firstResponseAt) },
  { header: "vence_primera_respuesta", cell: (row) => when(row.firstResponseDueAt) },
  { header: "vence_resolucion", cell: (row) => when(row.resolutionDueAt) },
  { header: "plazo", cell: deadline },
  { header: "derivado_a", cell: (row) => row.derivedTo ?? "" },
  { header: "resultado", cell: (row) => (row.outcome ? (OUTCOMES[row.outcome as Outcome] ?? row.outcome) : "") },
  { header: "resuelto", cell: (row) => when(row.resolvedAt) },
  { header: "cerrado", cell: (row) => when(row.closedAt) },
  { header: "resumen", cell: (row) => (row.sensitive ? "(reservado: caso sensible)" : (row.summary ?? "")), width: 60 },
];

/**
 * The current view and filters, in filing order, read in keyset batches so an export of any size
 * never sits whole in memory and is never cut short.
 */
async function* batches(viewer: Viewer, filters: InboxFilters, now: Date) {
  assertInboxReader(viewer);
  let after: { submittedAt: Date; id: string } | null = null;
  for (;;) {
    const cursor: Prisma.Sql = after ? Prisma.sql`AND (c.submitted_at, c.id) > (${after.submittedAt.toISOString()}::timestamp, ${after.id})` : Prisma.empty;
    const batch: InboxRow[] = await db.$queryRaw`
      ${inboxRowSql(now)}
       WHERE ${inboxWhereSql(viewer, filters, now)} ${cursor}
       ORDER BY c.submitted_at, c.id
       LIMIT ${BATCH}`;
    if (batch.length === 0) return;
    yield batch;
    const last = batch[batch.length - 1];
    after = { submittedAt: last.submittedAt, id: last.id };
  }
}

export function inboxCsv(viewer: Viewer, filters: InboxFilters, now: Date): AsyncGenerator<string> {
  return csvLines(COLUMNS, batches(viewer, filters, now));
}

export function inboxXlsx(viewer: Viewer, filters: InboxFilters, now: Date): ReadableStream<Uint8Array> {
  return xlsxBody("Casos", COLUMNS, batches(viewer, filters, now), "cases.export.xlsx");
}
