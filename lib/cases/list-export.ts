import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { type Column, csvLines, xlsxBody } from "@/lib/export/table";
import { formatDateTime } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CasePriority, CaseStatus, CaseType } from "@/lib/generated/prisma/enums";
import { CASE_TYPES, PRIORITY_LABELS, STATUS_LABELS } from "./catalogue";
import { searchedListWhere } from "./queries";
import type { CaseListFilters } from "./schemas";

const BATCH = 1000;

export type CaseListExportRow = {
  id: string;
  createdAt: Date;
  folio: string | null;
  type: CaseType;
  status: CaseStatus;
  priority: CasePriority;
  sensitive: boolean;
  municipalReference: string | null;
  submittedAt: Date | null;
  updatedAt: Date;
  municipality: { name: string };
  summary: string | null;
};

const when = (date: Date | null) => (date ? formatDateTime(date) : "");

/**
 * What the case list shows, as a file: never participants, the description or notes, and for a
 * reserved case not even its summary (it is not read, so it cannot slip into a cell).
 */
const COLUMNS: Column<CaseListExportRow>[] = [
  { header: "folio", cell: (row) => row.folio ?? "(borrador)" },
  { header: "tipo", cell: (row) => CASE_TYPES[row.type].label },
  { header: "estado", cell: (row) => STATUS_LABELS[row.status] },
  { header: "prioridad", cell: (row) => PRIORITY_LABELS[row.priority] },
  { header: "municipalidad", cell: (row) => row.municipality.name },
  { header: "ingresado", cell: (row) => when(row.submittedAt) },
  { header: "ultima_actividad", cell: (row) => when(row.updatedAt) },
  { header: "referencia_municipal", cell: (row) => row.municipalReference ?? "", width: 30 },
  { header: "resumen", cell: (row) => (row.sensitive ? "(reservado: caso sensible)" : (row.summary ?? "")), width: 60 },
];

/** The list's cases in creation order, read in keyset batches so a file of any size is never held whole. */
async function* batches(viewer: Viewer, filters: CaseListFilters): AsyncGenerator<CaseListExportRow[]> {
  const where = await searchedListWhere(viewer, filters);
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const cursor: Prisma.CaseWhereInput = after ? { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] } : {};
    const batch: Omit<CaseListExportRow, "summary">[] = await db.case.findMany({
      where: { AND: [where, cursor] },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: BATCH,
      select: { id: true, createdAt: true, folio: true, type: true, status: true, priority: true, sensitive: true, municipalReference: true, submittedAt: true, updatedAt: true, municipality: { select: { name: true } } },
    });
    if (batch.length === 0) return;
    const open = batch.filter((row) => !row.sensitive).map((row) => row.id);
    const summaries = open.length === 0 ? [] : await db.case.findMany({ where: { id: { in: open }, sensitive: false }, select: { id: true, summary: true } });
    const summaryOf = new Map(summaries.map((row) => [row.id, row.summary]));
    yield batch.map((row) => ({ ...row, summary: summaryOf.get(row.id) ?? null }));
    const last = batch[batch.length - 1];
    after = { createdAt: last.createdAt, id: last.id };
  }
}

/** Counted apart for the audit, with the same condition as the file. */
export async function caseListExportCount(viewer: Viewer, filters: CaseListFilters): Promise<number> {
  return db.case.count({ where: await searchedListWhere(viewer, filters) });
}

export function caseListCsv(viewer: Viewer, filters: CaseListFilters): AsyncGenerator<string> {
  return csvLines(COLUMNS, batches(viewer, filters));
}

export function caseListXlsx(viewer: Viewer, filters: CaseListFilters): ReadableStream<Uint8Array> {
  return xlsxBody("Casos", COLUMNS, batches(viewer, filters), "cases.listExport.xlsx");
}
