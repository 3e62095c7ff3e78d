import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv";

const TRIGGER = /^[=+\-@]/;
/** What a spreadsheet would make of a field: it ignores blanks and quotes in front of a formula. */
const exposed = (field: string) => TRIGGER.test(field.replace(/^[\s"]+/, ""));

/** The fields of a file read with this delimiter, by a parser that honours quotes only where a field starts. */
function fieldsWith(body: string, delimiter: string): string[] {
  const records = parse(body, { delimiter, relax_quotes: true, relax_column_count: true, skip_records_with_error: true }) as string[][];
  return records.flat();
}

/** The pieces of a line split at any separator-like character, quotes or not, as a naive importer does. */
const pieces = (body: string) => body.split(/[,;\t\r\n]/);

const HOSTILE = ["a;=1+1;b", "a,=1+1,b", "a\t=1+1\tb", "a\n=1+1", "a\r\n@SUM(A1)", "x; =HYPERLINK(\"http://x\")", 'x;"=1+1"', "x; \"+1\"", "-2+3;+cmd|' /C calc'!A0", "=1+1", "\t=1", "@x", "a;-1;b", "ok;@;ok"];

describe("csvCell", () => {
  it.each(HOSTILE)("leaves no formula behind any separator in %j, whichever separator the spreadsheet uses", (value) => {
    const body = csvRow(["antes", value, "después"]);
    for (const delimiter of [";", ",", "\t"]) for (const field of fieldsWith(body, delimiter)) expect(exposed(field), `${JSON.stringify(field)} con «${delimiter}»`).toBe(false);
    for (const piece of pieces(body)) expect(exposed(piece), JSON.stringify(piece)).toBe(false);
  });

  it("reads back as the same text, with an apostrophe only in front of each formula trigger", () => {
    expect(parse(csvRow(["a;=1+1;b"]), { delimiter: "," })).toEqual([["a;'=1+1;b"]]);
    expect(parse(csvRow(['x;"=1+1"', "=SUM(A1)", "\tx"]), { delimiter: "," })).toEqual([['x;"\'=1+1"', "'=SUM(A1)", "'\tx"]]);
  });

  it("leaves ordinary text alone, minus signs inside a sentence included", () => {
    for (const value of ["Temperatura de -5 grados", "Ñuñoa, Región Metropolitana", "correo@municipalidad.cl", "2+2 = 4", "SM-2026-000123", "13101"]) {
      expect(parse(csvCell(value), { delimiter: "," })).toEqual([[value]]);
    }
  });

  it("never exposes a formula, for any text", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "1", " ", "\t", "\n", "\r", ",", ";", '"', "'", "=", "+", "-", "@"), maxLength: 24 });
    fc.assert(
      fc.property(text, (value) => {
        const body = csvRow([value, "x"]);
        for (const piece of pieces(body)) expect(exposed(piece), JSON.stringify(piece)).toBe(false);
        for (const delimiter of [";", ","]) for (const field of fieldsWith(body, delimiter)) expect(exposed(field), JSON.stringify(field)).toBe(false);
        // With the portal's own separator the cell reads back whole: only apostrophes were added.
        const [[cell]] = parse(body, { delimiter: "," }) as string[][];
        expect(cell.replaceAll("'", "")).toBe(value.replaceAll("'", ""));
      }),
      { numRuns: 2000 },
    );
  });
});
