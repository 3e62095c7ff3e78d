import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inboxCsv, inboxXlsx } from "./export";
import { inboxCounts, inboxFilterSchema } from "./inbox";
import { insertFixtureCase } from "./test-fixtures";

// Fixtures of their own (folios SM-2094-…). Canary strings mark what must never leak.
let sequence = 0;

async function insertCase(data: Partial<Prisma.CaseUncheckedCreateInput> & { participantName?: string } = {}) {
  const { participantName = "Persona Ficticia", ...fields } = data;
  sequence++;
  const { id } = await insertFixtureCase(2094, {
    status: "EN_REVISION",
    summary: "Consulta exportable",
    description: "ZZRELATO-CANARIO narrativa completa",
    submittedAt: new Date(Date.now() - sequence * 60_000),
    resolutionDueAt: new Date(Date.now() + 86_400_000),
    ...fields,
    participants: { create: [{ fullName: participantName, documentType: "PASAPORTE", documentNumber: "ZZDOC-CANARIO", documentKey: "ZZDOCCANARIO", relation: "AFECTADA" }] },
    notes: { create: [{ internal: true, body: "ZZNOTA-CANARIO interna", authorId: "x", authorName: "Prueba" }] },
  });
  return id;
}

const viewer = (run: string, role: Viewer["role"], regionCode: string | null): Viewer => ({ id: `export-${run}`, name: `Prueba ${run}`, run, role, municipalityCode: null, regionCode });
const coordinator13 = viewer("94000001-1", "REGIONAL_COORDINATOR", "13");
const coordinator02 = viewer("94000002-1", "REGIONAL_COORDINATOR", "02");
const admin = viewer("94000003-1", "NATIONAL_ADMIN", null);

beforeAll(async () => {
  await insertCase({ summary: "ZZRESUMEN-SANTIAGO visible para la región", participantName: "ZZNOMBRE-CANARIO" });
  await insertCase({ summary: "ZZRESUMEN-SENSIBLE de una niña", type: "NNA", sensitive: true });
  await insertCase({ summary: "ZZRESUMEN-ANTOFAGASTA solo para el norte", municipalityCode: "02101", regionCode: "02" });
  await insertCase({ summary: "ZZRESUMEN-BORRADOR", status: "BORRADOR", folio: null, submittedAt: null });
  // More than one batch, so the cursor is exercised.
  await db.case.createMany({
    data: Array.from({ length: 1_050 }, (_, i) => {
      const id = randomUUID();
      return {
        id,
        folio: `SM-2095-${String(i + 1).padStart(6, "0")}`,
        municipalityCode: "13101",
        regionCode: "13",
        type: "EMPADRONAMIENTO" as const,
        status: "INGRESADO" as const,
        priority: "BAJA" as const,
        suggestedPriority: "BAJA" as const,
        typeDetails: {},
        summary: "Empadronamiento masivo",
        description: "Descripción",
        sensitive: false,
        createdById: "fixture",
        idempotencyKey: id,
        submittedAt: new Date("2026-03-02T15:00:00Z"),
      };
    }),
  });
});

afterAll(async () => {
  await db.$disconnect();
});

async function csv(who: Viewer, query: Record<string, string> = {}) {
  let text = "";
  for await (const chunk of inboxCsv(who, inboxFilterSchema.parse(query), new Date())) text += chunk;
  return text;
}

async function xlsxRows(who: Viewer, query: Record<string, string> = {}) {
  const chunks: Uint8Array[] = [];
  const reader = inboxXlsx(who, inboxFilterSchema.parse(query), new Date()).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.getWorksheet("Casos")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
  return rows;
}

describe("inbox export", () => {
  it("writes every row of the filtered view, uncapped and in the viewer's region only", async () => {
    const now = new Date();
    const queries: Record<string, string>[] = [{ vista: "todos" }, { vista: "abiertos", tipo: "EMPADRONAMIENTO" }, { vista: "todos", q: "visible" }];
    for (const query of queries) {
      const text = await csv(coordinator13, query);
      const lines = text.trimEnd().split("\n");
      const records: string[][] = parse(text.replace(/^\uFEFF/, ""), { from_line: 2 });
      expect(lines[0]).toBe("\uFEFFfolio,tipo,estado,prioridad,region,municipalidad,asignado_a,ingresado,primera_respuesta,vence_primera_respuesta,vence_resolucion,plazo,derivado_a,resultado,resuelto,cerrado,resumen");
      const counts = await inboxCounts(coordinator13, inboxFilterSchema.parse(query), now);
      expect(records.length, JSON.stringify(query)).toBe(counts[inboxFilterSchema.parse(query).vista]);
      expect(new Set(records.map((r) => r[0])).size).toBe(records.length);
    }
    const all = await csv(coordinator13, { vista: "todos" });
    expect(parse(all.replace(/^\uFEFF/, ""), { from_line: 2 }).length).toBeGreaterThan(1_050);
    expect(all).toContain("ZZRESUMEN-SANTIAGO");
    expect(all).not.toContain("ZZRESUMEN-ANTOFAGASTA");
  });

  it("never contains participants, narratives, internal notes, sensitive summaries or drafts", async () => {
    for (const text of [await csv(coordinator13, { vista: "todos" }), await csv(admin, { vista: "todos" })]) {
      expect(text).not.toMatch(/ZZNOMBRE-CANARIO|ZZDOC-CANARIO|ZZRELATO-CANARIO|ZZNOTA-CANARIO|ZZRESUMEN-SENSIBLE|ZZRESUMEN-BORRADOR/);
      expect(text).toContain("(reservado: caso sensible)");
    }
  });

  it("keeps the region 02 coordinator's export to region 02", async () => {
    const text = await csv(coordinator02, { vista: "todos" });
    expect(text).toContain("ZZRESUMEN-ANTOFAGASTA");
    expect(text).not.toContain("ZZRESUMEN-SANTIAGO");
    const records: string[][] = parse(text.replace(/^\uFEFF/, ""), { from_line: 2 });
    const regions = new Set(records.map((record) => record[4]));
    expect([...regions]).toEqual(["Región de Antofagasta"]);
    // Asking for another region narrows to nothing; it never widens the scope.
    expect(parse((await csv(coordinator02, { vista: "todos", region: "13" })).replace(/^\uFEFF/, ""), { from_line: 2 })).toEqual([]);
  });

  it("writes the same rows as an Excel workbook, streamed", async () => {
    const rows = await xlsxRows(coordinator13, { vista: "abiertos" });
    const records: string[][] = parse((await csv(coordinator13, { vista: "abiertos" })).replace(/^\uFEFF/, ""));
    expect(rows).toHaveLength(records.length);
    expect(rows[0][0]).toBe("folio");
    expect(rows.map((r) => r[0]).sort()).toEqual(records.map((r) => r[0]).sort());
    expect(JSON.stringify(rows)).not.toMatch(/ZZNOMBRE-CANARIO|ZZRESUMEN-ANTOFAGASTA|ZZNOTA-CANARIO/);
  });

  it("does not exist for municipal officers", async () => {
    const officer: Viewer = { id: "o", name: "Encargada", run: "1-9", role: "MUNICIPAL_OFFICER", municipalityCode: "13501", regionCode: "13" };
    await expect(csv(officer)).rejects.toThrow(NotFoundError);
  });
});
