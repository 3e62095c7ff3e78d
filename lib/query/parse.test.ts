import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { choice, day, flag, integer, isCalendarDay, isSafeText, month, page, recordId, regionCode, text } from "./fields";
import { parsePathParam, parseQuery } from "./parse";

const schema = z.object({
  q: text(20).optional(),
  desde: day().optional(),
  mes: month().optional(),
  region: regionCode.optional(),
  orden: choice(["nombre", "fecha"]).default("nombre"),
  pagina: page(),
  porPagina: integer(10, 100).default(25),
  guardado: flag(),
});
const defaults = { q: undefined, desde: undefined, mes: undefined, region: undefined, orden: "nombre", pagina: 1, porPagina: 25, guardado: false };

/** Any single UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

describe("parseQuery", () => {
  it("reads well-formed values from a page's searchParams and from a route handler's URLSearchParams alike", () => {
    const raw = { q: "  Ñuñoa ", desde: "2024-02-29", mes: "2026-11", region: "13", orden: "fecha", pagina: "3", porPagina: "50", guardado: "1" };
    const expected = { q: "Ñuñoa", desde: "2024-02-29", mes: "2026-11", region: "13", orden: "fecha", pagina: 3, porPagina: 50, guardado: true };
    expect(parseQuery(schema, raw)).toEqual({ values: expected, invalid: {} });
    expect(parseQuery(schema, new URLSearchParams(raw))).toEqual({ values: expected, invalid: {} });
  });

  it("treats absent and empty parameters as no filter, without a notice", () => {
    expect(parseQuery(schema, {})).toEqual({ values: defaults, invalid: {} });
    expect(parseQuery(schema, new URLSearchParams("q=&desde=&region=&pagina="))).toEqual({ values: defaults, invalid: {} });
  });

  it.each([
    ["q", "a\u0000b"],
    ["q", "\u0000"],
    ["q", "a\u0001b"],
    ["q", "a\u001bb"],
    ["q", "a\u007fb"],
    ["q", "a\u0085b"],
    ["q", "a\ud800b"],
    ["q", "a\udc00"],
    ["q", "x".repeat(21)],
    ["desde", "2026-02-30"],
    ["desde", "2026-13-01"],
    ["desde", "2025-02-29"],
    ["desde", "2026-00-10"],
    ["desde", "0000-01-01"],
    ["desde", "2026-2-3"],
    ["desde", "2026-02-03T00:00"],
    ["desde", "2026-02-03\u0000"],
    ["mes", "2026-13"],
    ["region", "1"],
    ["region", "13\u0000"],
    ["region", "../13"],
    ["orden", "nombre; DROP TABLE"],
    ["orden", "__proto__"],
    ["pagina", "1e99"],
    ["pagina", "-1"],
    ["pagina", "0"],
    ["pagina", "0x10"],
    ["pagina", " 5"],
    ["pagina", "5.0"],
    ["pagina", "NaN"],
    ["pagina", "99999999999999999999"],
    ["pagina", "10001"],
    ["porPagina", "5"],
    ["guardado", "0"],
  ])("ignores %s=%j and says so", (name, value) => {
    const { values, invalid } = parseQuery(schema, { [name]: value });
    expect(values).toEqual(defaults);
    expect(Object.keys(invalid)).toEqual([name]);
  });

  it("reads the first copy of a repeated parameter, whichever way the query string arrives", () => {
    expect(parseQuery(schema, { q: ["uno", "dos"] }).values.q).toBe("uno");
    expect(parseQuery(schema, new URLSearchParams("q=uno&q=dos")).values.q).toBe("uno");
    // The first copy decides: a malformed first copy is ignored even when a later one is fine.
    expect(parseQuery(schema, new URLSearchParams("q=%00&q=dos"))).toMatchObject({ values: { q: undefined }, invalid: { q: expect.any(String) } });
    expect(parseQuery(schema, { q: ["uno", "\u0000"] }).invalid).toEqual({});
  });

  it("reads only the parameters its schema names, and never the prototype", () => {
    const raw = JSON.parse('{"__proto__": {"q": "polluted"}, "constructor": "x", "toString": "y"}') as Record<string, string>;
    expect(parseQuery(schema, raw)).toEqual({ values: defaults, invalid: {} });
    expect(parseQuery(z.object({ toString: text(10).optional() }), {}).values).toEqual({ toString: undefined });
    expect(parseQuery(schema, { otro: "\u0000" })).toEqual({ values: defaults, invalid: {} });
  });

  it("gives Spanish messages for the fields a person types", () => {
    expect(parseQuery(schema, { desde: "2026-02-30" }).invalid.desde).toMatch(/^Fecha no válida/);
    expect(parseQuery(schema, { q: "a\u0000" }).invalid.q).toMatch(/^Búsqueda no válida/);
  });

  it("refuses a schema field with neither a default nor optional(), since malformed input must have a fallback", () => {
    expect(() => parseQuery(z.object({ q: text(10) }), { q: "\u0000" })).toThrow(/por omisión/);
  });

  it("never throws and never lets through what PostgreSQL text cannot store, whatever the input", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("q", "desde", "mes", "region", "orden", "pagina", "porPagina", "guardado", "__proto__"), fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: codeUnit }), fc.array(fc.string({ unit: codeUnit }), { maxLength: 3 }))), (raw) => {
        const { values } = parseQuery(schema, raw);
        for (const value of Object.values(values)) if (typeof value === "string") expect(isSafeText(value)).toBe(true);
        expect(Number.isSafeInteger(values.pagina) && values.pagina >= 1 && values.pagina <= 10_000).toBe(true);
      }),
    );
  });
});

describe("isCalendarDay", () => {
  it("accepts real days only", () => {
    for (const value of ["2024-02-29", "2026-12-31", "2026-01-01", "1900-01-01"]) expect(isCalendarDay(value), value).toBe(true);
    for (const value of ["2026-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-01", "2026-01-00", "20260101", "2026-1-1", "1899-12-31"]) expect(isCalendarDay(value), value).toBe(false);
  });
});

describe("parsePathParam", () => {
  it("gives the id when well formed and null otherwise, for the page to answer 404", () => {
    const id = "0b6f4d3e-5c1a-4e2b-9f3d-2a1b0c9d8e7f";
    expect(parsePathParam(recordId, id)).toBe(id);
    for (const value of ["\u0000", "not-a-uuid", "../../etc/passwd", "-".repeat(36), `${id}\u0000`, "a".repeat(300), undefined]) expect(parsePathParam(recordId, value)).toBeNull();
  });
});
