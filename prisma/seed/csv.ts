import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

export const TERRITORY_DIR = path.resolve("prisma/data/territory");

export function readCsv(dir: string, file: string): Record<string, string>[] {
  return parse(fs.readFileSync(path.join(dir, file)), { columns: true, skip_empty_lines: true, trim: true });
}

/** A blank cell is "no figure", which must stay distinct from 0. */
export function optionalInt(cell: string | undefined): number | null {
  if (cell === undefined || cell === "") return null;
  const value = Number(cell);
  if (!Number.isInteger(value) || value < 0) throw new Error(`Valor no entero en los datos: "${cell}"`);
  return value;
}
