import { describe, expect, it } from "vitest";
import { decodeCsv, ImportFileError, parseChileanCount, previewCsv, type ComunaMatcher } from "./csv-import";

const COMUNAS: Record<string, { code: string; name: string }> = {
  melipilla: { code: "13501", name: "Melipilla" },
  nunoa: { code: "13120", name: "Ñuñoa" },
  aysen: { code: "11201", name: "Aysén" },
  aisen: { code: "11201", name: "Aysén" },
};
const match: ComunaMatcher = (key) => COMUNAS[key];
const columns = { nameColumn: "comuna", valueColumn: "otorgadas" };

describe("parseChileanCount", () => {
  it("reads Chilean thousands and keeps blanks and dashes as not published, never zero", () => {
    expect(parseChileanCount("1.234")).toEqual({ value: 1234 });
    expect(parseChileanCount("1.625.074")).toEqual({ value: 1_625_074 });
    expect(parseChileanCount("987")).toEqual({ value: 987 });
    expect(parseChileanCount("0")).toEqual({ value: 0 });
    expect(parseChileanCount("")).toEqual({ value: null });
    expect(parseChileanCount(" - ")).toEqual({ value: null });
  });

  it("refuses what it would have to guess: decimals, wrong grouping, negatives, text", () => {
    for (const raw of ["1,5", "12.34", "1.2345", "-3", "abc", "1 234", "3e4"]) expect(parseChileanCount(raw), raw).toHaveProperty("error");
    expect(parseChileanCount("99.999.999.999")).toEqual({ error: "la cifra es demasiado grande" });
  });
});

describe("previewCsv", () => {
  it("says in Spanish, with the line, why a malformed file cannot be read, without echoing its bytes", () => {
    const read = () => previewCsv('comuna;otorgadas\nMelipilla;1\n"\u000e;2\n', columns, match);
    expect(read).toThrow(ImportFileError);
    expect(read).toThrow("No se pudo leer el archivo como CSV: hay un error de formato en la línea 3 (comillas sin cerrar o dentro de un valor).");
    expect(read).not.toThrow(/Invalid|quote|\u000e/);
  });

  it("matches accents, case and aliases, and reports every other row with its line", () => {
    const text = "comuna;otorgadas\nMELIPILLA;1.234\n\nnuñoa;-\nAisén;12\nComuna Inventada;5\nMelipilla;7\nÑuñoa;1,5\n";
    const { matched, problems } = previewCsv(text, columns, match);
    expect(matched).toEqual([
      { line: 2, name: "MELIPILLA", code: "13501", comunaName: "Melipilla", raw: "1.234", value: 1234 },
      { line: 4, name: "nuñoa", code: "13120", comunaName: "Ñuñoa", raw: "-", value: null },
      { line: 5, name: "Aisén", code: "11201", comunaName: "Aysén", raw: "12", value: 12 },
    ]);
    expect(problems.map((p) => [p.line, p.name, p.reason])).toEqual([
      [6, "Comuna Inventada", "no corresponde a ninguna comuna ni a un nombre alternativo conocido"],
      [7, "Melipilla", "Melipilla ya aparece en la línea 2"],
      [8, "Ñuñoa", "la cifra tiene decimales; se esperan personas o trámites enteros"],
    ]);
  });

  it("counts lines of quoted cells that span lines, and reads comma files with quoted figures", () => {
    const text = 'comuna,otorgadas,nota\n"Melipilla","1.234","una nota\nen dos líneas"\nNoexiste,3,\n';
    const { matched, problems } = previewCsv(text, columns, match);
    expect(matched[0]).toMatchObject({ code: "13501", value: 1234 });
    expect(problems).toEqual([{ line: 4, name: "Noexiste", raw: "3", reason: expect.any(String) }]);
  });

  it("names the missing column and lists the ones the file has", () => {
    expect(() => previewCsv("COMUNA;total\nMelipilla;3\n", columns, match)).toThrow(
      new ImportFileError("El archivo no tiene una columna «otorgadas». Columnas encontradas: «COMUNA», «total».", "valueColumn"),
    );
    expect(() => previewCsv("comuna;otorgadas\n", columns, match)).toThrow(/no tiene filas de datos/);
  });

  it("reads SERMIG's Latin-1 files as well as UTF-8 with a byte-order mark", () => {
    const latin1 = Uint8Array.from(Buffer.from("comuna;otorgadas\nAysén;3\n", "latin1"));
    expect(decodeCsv(latin1)).toBe("comuna;otorgadas\nAysén;3\n");
    expect(decodeCsv(Uint8Array.from(Buffer.from("\uFEFFcomuna;otorgadas\n", "utf8")))).toBe("comuna;otorgadas\n");
  });
});
