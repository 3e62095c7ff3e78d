/**
 * Where a spreadsheet may start a new cell inside what we wrote as one: at the separators it may be
 * told or guess (the comma we use, the semicolon of Excel in es-CL, a tab) and at line breaks, for
 * importers that split lines before they look at quotes. Such a reader ignores our quoting, so a cell
 * "a;=1+1;b" opened with ";" yields a cell "=1+1" that runs.
 */
const SPLIT = "[,;\\t\\r\\n]";

/**
 * A formula trigger (= + - @) at the start of the cell or right after any place it could be split,
 * behind blanks or quotes the reader would strip.
 *
 * An apostrophe goes in front of each such trigger, the standard defence: spreadsheets show the rest as
 * text and hide the apostrophe. Only exposed triggers get one, not every piece after a separator, so
 * ordinary text ("Ñuñoa, Región Metropolitana", "de -5 grados") is written unchanged.
 */
const EXPOSED_TRIGGER = new RegExp(`(^|${SPLIT})([\\s"]*)(?=[=+\\-@])`, "g");

function defused(text: string): string {
  const guarded = text.replace(EXPOSED_TRIGGER, "$1$2'");
  // A leading tab or carriage return is a trigger of its own for some importers.
  return /^[\t\r]/.test(guarded) ? `'${guarded}` : guarded;
}

/** One CSV cell: defused so no part of it runs as a formula, and quoted when it holds a separator. */
export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
  const safe = defused(text);
  return /[",;\t\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Every CSV line the portal writes goes through here, so every cell gets the defence above. */
export function csvRow(values: unknown[]): string {
  return values.map(csvCell).join(",") + "\n";
}

/** UTF-8 with a byte-order mark, so Excel opens accents correctly. */
export const CSV_BOM = "\uFEFF";
