/**
 * Reads a SERMIG/INE open-data CSV with one row per comuna (name + figure) into a preview. Pure:
 * the comuna matcher is passed in, so the rules are tested without a database. Nothing is guessed:
 * a name that matches no comuna or alias, a figure that is not a whole number in Chilean format,
 * or a comuna named twice is a problem of its line, and any problem blocks the import.
 */
import { parse } from "csv-parse/sync";
import { searchKey } from "@/lib/text";

export const MAX_IMPORT_BYTES = 1024 * 1024;
export const MAX_IMPORT_ROWS = 2000;

export type MatchedRow = { line: number; name: string; code: string; comunaName: string; raw: string; value: number | null };
export type ProblemRow = { line: number; name: string; raw: string; reason: string };
export type ImportPreview = { matched: MatchedRow[]; problems: ProblemRow[] };
/** Resolves a search key (lib/text searchKey) to a comuna, through its official name or a known alias. */
export type ComunaMatcher = (key: string) => { code: string; name: string } | undefined;

/** The file could not be read as a table at all; `field` is the form field the message belongs to. */
export class ImportFileError extends Error {
  constructor(
    message: string,
    readonly field: "archivo" | "nameColumn" | "valueColumn",
  ) {
    super(message);
  }
}

/** SERMIG's raw files are Latin-1; newer ones and spreadsheets saved as "CSV UTF-8" are UTF-8. */
export function decodeCsv(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  return text.replace(/^\uFEFF/, "");
}

/** Spreadsheets in es-CL save CSV with ";" (the comma is the decimal mark); others use "," or tabs. */
function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const counts = [";", ",", "\t"].map((d) => [d, header.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

const UNPUBLISHED = new Set(["", "-", "–", "—"]);

/**
 * A count as written in Chile: "1.234" or "1234". Blank or a dash means "not published" (null),
 * never 0. Decimals, negatives and anything else are refused rather than read as something else.
 */
export function parseChileanCount(raw: string): { value: number | null } | { error: string } {
  const cell = raw.trim();
  if (UNPUBLISHED.has(cell)) return { value: null };
  if (!/^(\d{1,3}(\.\d{3})+|\d+)$/.test(cell)) {
    return { error: /[,]/.test(cell) ? "la cifra tiene decimales; se esperan personas o trámites enteros" : "la cifra no es un número entero (formato 1.234)" };
  }
  const value = Number(cell.replace(/\./g, ""));
  if (!Number.isSafeInteger(value) || value > 2_147_483_647) return { error: "la cifra es demasiado grande" };
  return { value };
}

function findColumn(headers: string[], wanted: string, field: "nameColumn" | "valueColumn"): number {
  const index = headers.findIndex((h) => searchKey(h) === searchKey(wanted));
  if (index === -1) {
    const found = headers.map((h) => `«${h}»`).join(", ");
    throw new ImportFileError(`El archivo no tiene una columna «${wanted}». Columnas encontradas: ${found}.`, field);
  }
  return index;
}

type Columns = { nameColumn: string; valueColumn: string };

/**
 * The parser's own message is English and quotes the file's bytes back; the person gets the line and
 * what usually causes it, in Spanish.
 */
function unreadableCsv(error: unknown): string {
  const line = typeof (error as { lines?: unknown }).lines === "number" ? (error as { lines: number }).lines : null;
  const where = line ? ` en la línea ${line}` : "";
  const quotes = String((error as { code?: unknown }).code ?? "").includes("QUOTE");
  return `No se pudo leer el archivo como CSV: hay un error de formato${where}${quotes ? " (comillas sin cerrar o dentro de un valor)" : ""}. Guárdelo de nuevo como CSV desde la planilla y vuelva a cargarlo.`;
}

export function previewCsv(text: string, columns: Columns, match: ComunaMatcher): ImportPreview {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter: delimiterOf(text), info: true, skip_empty_lines: true, relax_column_count: true, bom: true }) as unknown as typeof records;
  } catch (error) {
    throw new ImportFileError(unreadableCsv(error), "archivo");
  }
  if (records.length < 2) throw new ImportFileError("El archivo no tiene filas de datos bajo la fila de encabezados.", "archivo");
  if (records.length - 1 > MAX_IMPORT_ROWS) throw new ImportFileError(`El archivo tiene más de ${MAX_IMPORT_ROWS} filas; Chile tiene 346 comunas.`, "archivo");
  const headers = records[0].record.map((h) => h.trim());
  const nameAt = findColumn(headers, columns.nameColumn, "nameColumn");
  const valueAt = findColumn(headers, columns.valueColumn, "valueColumn");

  const matched: MatchedRow[] = [];
  const problems: ProblemRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const name = (record[nameAt] ?? "").trim();
    const raw = (record[valueAt] ?? "").trim();
    if (!name) {
      problems.push({ line, name, raw, reason: "la fila no tiene nombre de comuna" });
      continue;
    }
    const comuna = match(searchKey(name));
    if (!comuna) {
      problems.push({ line, name, raw, reason: "no corresponde a ninguna comuna ni a un nombre alternativo conocido" });
      continue;
    }
    const parsed = parseChileanCount(raw);
    if ("error" in parsed) {
      problems.push({ line, name, raw, reason: parsed.error });
      continue;
    }
    const earlier = seen.get(comuna.code);
    if (earlier !== undefined) {
      problems.push({ line, name, raw, reason: `${comuna.name} ya aparece en la línea ${earlier}` });
      continue;
    }
    seen.set(comuna.code, line);
    matched.push({ line, name, code: comuna.code, comunaName: comuna.name, raw, value: parsed.value });
  }
  return { matched, problems };
}
