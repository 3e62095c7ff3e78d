import "server-only";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { csvRow, CSV_BOM } from "@/lib/csv";
import { logError } from "@/lib/log";

/**
 * The one writer of tabular downloads. A feature gives it columns and batches of rows; it writes the
 * bytes: CSV through lib/csv.ts (BOM, separator, the formula defence per cell) or an XLSX workbook
 * streamed row by row, so an export of any size never sits whole in memory.
 */
export type Column<R> = { header: string; cell: (row: R) => string; width?: number };

async function* cellBatches<R>(columns: Column<R>[], batches: AsyncIterable<R[]>): AsyncGenerator<string[][]> {
  for await (const batch of batches) yield batch.map((row) => columns.map((column) => column.cell(row)));
}

export async function* csvLines<R>(columns: Column<R>[], batches: AsyncIterable<R[]>): AsyncGenerator<string> {
  yield CSV_BOM + csvRow(columns.map((column) => column.header));
  for await (const rows of cellBatches(columns, batches)) yield rows.map(csvRow).join("");
}

/** CSV lines as a response body, pulled as the client reads; a cancelled download stops the reading. */
export function csvBody(lines: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await lines.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
}

/**
 * The same rows as an Excel workbook, written with exceljs' streaming writer: each row is committed
 * to the zip stream as it is read, and the response sends the bytes as they come. Cells are text, so
 * nothing typed into the portal is ever read as a formula.
 */
export function xlsxBody<R>(sheetName: string, columns: Column<R>[], batches: AsyncIterable<R[]>, logName: string): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = "Portal Sello Migrante";
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, key: column.header, width: column.width ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  (async () => {
    for await (const rows of cellBatches(columns, batches)) for (const row of rows) sheet.addRow(row).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => {
    logError(logName, error);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_TYPE = "text/csv; charset=utf-8";
