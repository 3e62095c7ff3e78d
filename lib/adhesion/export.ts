import "server-only";
import ExcelJS from "exceljs";
import { csvRow, CSV_BOM } from "@/lib/csv";
import { isoDay } from "@/lib/format";
import { COMMITMENT_LINES } from "@/lib/programme/commitment-lines";
import { STATUS_LABELS } from "./lifecycle";
import { LINE_ORDER, type OverviewRow } from "./overview";
import { share } from "./profile";

const day = (date: Date | null) => isoDay(date) ?? "";

const COLUMNS = [
  "codigo",
  "municipalidad",
  "region",
  "estado",
  "carta_firmada",
  "certificada",
  "revalidacion",
  ...COMMITMENT_LINES.map((_, i) => `linea_${i + 1}_aprobadas_de_total`),
  "avance_total",
  "por_revisar",
];

function cells(row: OverviewRow): (string | number)[] {
  return [
    row.code,
    row.name,
    row.regionName,
    row.status ? STATUS_LABELS[row.status] : "Sin adhesión",
    day(row.letterSignedOn),
    day(row.certifiedOn),
    day(row.revalidationDueOn),
    ...LINE_ORDER.map((line) => `${row.lines[line].approved}/${row.lines[line].total}`),
    Math.round(share(row.overall) * 1000) / 10,
    row.pendingReview,
  ];
}

export function municipalitiesCsv(rows: OverviewRow[]): string {
  return CSV_BOM + csvRow(COLUMNS) + rows.map((row) => csvRow(cells(row))).join("");
}

export async function municipalitiesXlsx(rows: OverviewRow[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Portal Sello Migrante";
  const sheet = workbook.addWorksheet("Municipalidades");
  sheet.addRow(COLUMNS).font = { bold: true };
  for (const row of rows) sheet.addRow(cells(row));
  sheet.columns.forEach((column) => (column.width = 18));
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
