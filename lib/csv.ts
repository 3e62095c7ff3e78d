/** One CSV cell: quoted when needed, and defused so a spreadsheet never runs it as a formula. */
export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(values: unknown[]): string {
  return values.map(csvCell).join(",") + "\n";
}

/** UTF-8 with a byte-order mark, so Excel opens accents correctly. */
export const CSV_BOM = "\uFEFF";
