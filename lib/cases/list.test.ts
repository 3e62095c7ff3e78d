/**
 * The officer's case list and its export: filters stay inside the municipality, a reserved case's
 * summary never reaches a row or a file, and malformed dates are ignored with the field's message.
 */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseQuery } from "@/lib/query/parse";
import { caseListCsv, caseListXlsx } from "./list-export";
import { listCases } from "./queries";
import { caseListExportSchema, caseListSchema } from "./schemas";
import { demoPeople, insertFixtureCase, type People } from "./test-fixtures";

let people: People;
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  people = await demoPeople();
  // Filed on 10 March 2081 at 23:30 in Chile (02:30 UTC the next day): the Chilean day decides.
  await insertFixtureCase(2082, { type: "TRATA", sensitive: true, summary: "ZZRESUMEN-TRATA-MELIPILLA", municipalReference: "Mesa migrante 7", submittedAt: at("2081-03-11T02:30:00Z") });
  await insertFixtureCase(2082, { type: "CONSULTA", summary: "ZZRESUMEN-CONSULTA-MELIPILLA", submittedAt: at("2081-03-12T15:00:00Z") });
  await insertFixtureCase(2082, { type: "TRATA", sensitive: true, summary: "ZZRESUMEN-TRATA-SANTIAGO", municipalityCode: "13101", submittedAt: at("2081-03-11T15:00:00Z") });
});

afterAll(async () => {
  await db.$disconnect();
});

const query = (raw: Record<string, string>) => parseQuery(caseListSchema, raw);
const folioYear = <R extends { folio: string | null }>(rows: R[]) => rows.filter((row) => row.folio?.startsWith("SM-2082-"));

async function csvOf(viewer: People[keyof People], raw: Record<string, string>) {
  let text = "";
  for await (const chunk of caseListCsv(viewer, parseQuery(caseListExportSchema, raw).values)) text += chunk;
  return { text, rows: parse(text.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[] };
}

async function xlsxOf(viewer: People[keyof People], raw: Record<string, string>) {
  const bytes = Buffer.from(await new Response(caseListXlsx(viewer, parseQuery(caseListExportSchema, raw).values)).arrayBuffer());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const cells: string[] = [];
  workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
  return cells;
}

describe("the case list", () => {
  it("filters by type and by the Chilean day of filing, within the viewer's municipality", async () => {
    const { rows } = await listCases(people.carolina, query({ tipo: "TRATA", desde: "2081-03-10", hasta: "2081-03-10", porPagina: "100" }).values);
    expect(folioYear(rows).map((row) => row.municipalReference)).toEqual(["Mesa migrante 7"]);
    expect(rows.every((row) => row.type === "TRATA" && row.municipalityName === "Melipilla")).toBe(true);
    // The same range read in UTC would be the 11th; nothing of Santiago's 11th appears for Carolina.
    const eleventh = await listCases(people.carolina, query({ desde: "2081-03-11", hasta: "2081-03-11" }).values);
    expect(eleventh.total).toBe(0);
    const javiera = await listCases(people.javiera, query({ tipo: "TRATA", desde: "2081-03-01", hasta: "2081-03-31" }).values);
    expect(javiera.rows.map((row) => row.municipalityName)).toEqual(["Santiago"]);
  });

  it("never carries the summary of a reserved case; others keep theirs", async () => {
    const { rows } = await listCases(people.carolina, query({ desde: "2081-03-01", porPagina: "100" }).values);
    const reserved = rows.find((row) => row.type === "TRATA")!;
    expect(reserved).toMatchObject({ sensitive: true, summary: null, municipalReference: "Mesa migrante 7" });
    expect(rows.find((row) => row.type === "CONSULTA")!.summary).toBe("ZZRESUMEN-CONSULTA-MELIPILLA");
    expect(JSON.stringify(rows)).not.toContain("ZZRESUMEN-TRATA");
  });

  it("ignores a malformed or impossible date with the field's Spanish message, and no other filter is lost", () => {
    const parsed = query({ desde: "2081-02-30", hasta: "ayer", tipo: "NNA" });
    expect(parsed.values).toMatchObject({ desde: undefined, hasta: undefined, tipo: "NNA" });
    expect(parsed.invalid.desde).toMatch(/^Fecha «desde» no válida/);
    expect(parsed.invalid.hasta).toMatch(/^Fecha «hasta» no válida/);
  });
});

describe("the case list export", () => {
  it("holds only the viewer's municipality, and no reserved summary, in CSV and Excel", async () => {
    const carolina = await csvOf(people.carolina, { desde: "2081-03-01", hasta: "2081-03-31" });
    expect(carolina.rows.map((row) => [row.tipo, row.referencia_municipal, row.resumen])).toEqual([
      ["Trata de personas", "Mesa migrante 7", "(reservado: caso sensible)"],
      ["Consulta u otro", "", "ZZRESUMEN-CONSULTA-MELIPILLA"],
    ]);
    expect(carolina.text).not.toContain("ZZRESUMEN-TRATA");

    const javiera = await csvOf(people.javiera, {});
    expect(javiera.rows.length).toBeGreaterThan(0);
    expect(javiera.rows.every((row) => row.municipalidad === "Santiago")).toBe(true);
    expect(javiera.text).not.toContain("ZZRESUMEN-TRATA");
    expect(javiera.text).not.toContain("Mesa migrante 7");

    const excel = await xlsxOf(people.carolina, { desde: "2081-03-01" });
    expect(excel).toContain("Mesa migrante 7");
    expect(excel).toContain("ZZRESUMEN-CONSULTA-MELIPILLA");
    expect(excel.join("\n")).not.toContain("ZZRESUMEN-TRATA");
  });
});
