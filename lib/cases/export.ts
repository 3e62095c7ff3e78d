import "server-only";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { Viewer } from "@/lib/auth/viewer";
import { csvRow, CSV_BOM } from "@/lib/csv";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";
import { logError } from "@/lib/log";
import { CASE_TYPES, PRIORITY_LABELS, STATUS_LABELS } from "./catalogue";
import { assertInboxReader, inboxRowSql, inboxWhereSql, type InboxFilters, type InboxRow } from "./inbox";
import { OUTCOMES, type Outcome } from "./status-machine";

const BATCH = 1000;

/**
 * One row per case, without participants, narrative or notes: an export leaves the portal, so it
 * carries only what a list shows. Summaries of sensitive cases stay out, as in the list.
 */
const COLUMNS = [
  "folio",
  "tipo",
  "estado",
  "prioridad",
  "region",
  "municipalidad",
  "asignado_a",
  "ingresado",
  "primera_respuesta",
  "vence_primera_respuesta",
  "vence_resolucion",
  "plazo",
  "derivado_a",
  "resultado",
  "resuelto",
  "cerrado",
  "resumen",
];

const when = (date: Date | null) => (date ? formatDateTime(date) : "");

function deadline(row: InboxRow): string {
  if (row.overdue) return "Vencido";
  if (row.waitingSince && row.status === "REQUIERE_INFO") return "En pausa";
  if (row.dueSoon) return "Vence en 24 h";
  return row.nextDueAt ? "A tiempo" : "";
}

function cells(row: InboxRow): string[] {
  return [
    row.folio,
    CASE_TYPES[row.type].label,
    STATUS_LABELS[row.status],
    PRIORITY_LABELS[row.priority],
    row.regionName,
    row.municipalityName,
    row.assigneeName ?? "",
    when(row.submittedAt),
    when(row.firstResponseAt),
    when(row.firstResponseDueAt),
    when(row.resolutionDueAt),
    deadline(row),
    row.derivedTo ?? "",
    row.outcome ? (OUTCOMES[row.outcome as Outcome] ?? row.outcome) : "",
    when(row.resolvedAt),
    when(row.closedAt),
    row.sensitive ? "(reservado: caso sensible)" : (row.summary ?? ""),
  ];
}

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
    yield batch.map(cells);
    const last = batch[batch.length - 1];
    after = { submittedAt: last.submittedAt, id: last.id };
  }
}

export async function* inboxCsv(viewer: Viewer, filters: InboxFilters, now: Date): AsyncGenerator<string> {
  yield CSV_BOM + csvRow(COLUMNS);
  for await (const rows of batches(viewer, filters, now)) yield rows.map(csvRow).join("");
}

/**
 * The same rows as an Excel workbook, written with exceljs' streaming writer: each row is committed
 * to the zip stream as it is read, and the response sends the bytes as they come.
 */
export function inboxXlsx(viewer: Viewer, filters: InboxFilters, now: Date): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = "Portal Sello Migrante";
  const sheet = workbook.addWorksheet("Casos", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS.map((header) => ({ header, key: header, width: header === "resumen" ? 60 : 20 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  (async () => {
    for await (const rows of batches(viewer, filters, now)) for (const row of rows) sheet.addRow(row).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => {
    logError("cases.export.xlsx", error);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
