import { afterAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError, RuleError } from "@/lib/errors";
import { readCsv, TERRITORY_DIR } from "@/prisma/seed/csv";
import { confirmImport, getImportPreview, previewImport } from "./import";
import { getMinuta } from "./minuta";
import { previewImportSchema } from "./schemas";

const admin: Viewer = { id: "test-admin", name: "Administradora de prueba", run: "1-9", role: "NATIONAL_ADMIN", municipalityCode: null, regionCode: null };
// A year the reference files do not carry, so the test owns every row it writes and removes them.
const YEAR = 2025;
const created: string[] = [];

const alias = readCsv(TERRITORY_DIR, "comuna_aliases.csv").find((a) => a.alias === "Til Til")!;

function input(csv: string, overrides: Record<string, string> = {}) {
  return previewImportSchema.parse({
    indicator: "TEMPORARY_RESIDENCE_GRANTS",
    year: String(YEAR),
    title: "Residencias temporales otorgadas 2025 (prueba)",
    publisher: "SERMIG, datos abiertos",
    notes: "",
    nameColumn: "Comuna",
    valueColumn: "Otorgadas",
    archivo: new File([csv], "rt-otorgadas.csv", { type: "text/csv" }),
    ...overrides,
  });
}

async function preview(csv: string) {
  const { id } = await previewImport(admin, "127.0.0.1", input(csv));
  created.push(id);
  return getImportPreview(id);
}

const counts = async () => ({ stats: await db.comunaStat.count(), datasets: await db.statDataset.count() });

afterAll(async () => {
  const ids = created.map((id) => `import-${id}`);
  await db.comunaStat.deleteMany({ where: { datasetId: { in: ids } } });
  await db.statDataset.deleteMany({ where: { id: { in: ids } } });
  await db.statImport.deleteMany({ where: { id: { in: created } } });
  await db.$disconnect();
});

describe("statistics import", () => {
  it("matches an alias, reports the unknown comuna with its line, and imports nothing", async () => {
    const before = await counts();
    const data = await preview(`Comuna;Otorgadas\nMelipilla;1.500\n${alias.alias};40\nVilla Imaginaria;12\n`);

    expect(data.preview.matched.map((m) => [m.line, m.name, m.code, m.value])).toEqual([
      [2, "Melipilla", "13501", 1500],
      [3, alias.alias, alias.comuna_code, 40],
    ]);
    expect(data.preview.problems).toEqual([{ line: 4, name: "Villa Imaginaria", raw: "12", reason: expect.stringContaining("no corresponde a ninguna comuna") }]);

    const record = await db.statImport.findUniqueOrThrow({ where: { id: data.record.id } });
    await expect(confirmImport(admin, null, { importId: record.id, sha256: record.sha256 })).rejects.toThrow("No se importó nada: una fila tiene problemas");
    expect(await counts()).toEqual(before);
    expect(await db.statImport.findUniqueOrThrow({ where: { id: record.id }, select: { status: true } })).toEqual({ status: "PREVIEW" });
  });

  it("puts structural problems next to the right field and stores nothing", async () => {
    const before = await db.statImport.count();
    await expect(previewImport(admin, null, input("Comuna;Total\nMelipilla;3\n"))).rejects.toMatchObject({ field: "valueColumn" });
    await expect(previewImport(admin, null, input("x".repeat(1024 * 1024 + 1)))).rejects.toMatchObject({ field: "archivo", message: expect.stringContaining("1 MB") });
    await expect(previewImport(admin, null, input("PK\u0003\u0004 planilla"))).rejects.toMatchObject({ field: "archivo", message: expect.stringContaining("CSV") });
    expect(await db.statImport.count()).toBe(before);
  });

  it("imports a clean file in one go; the minuta shows the new figure, unpublished comunas stay null", async () => {
    const data = await preview(`Comuna;Otorgadas\nMelipilla;1.500\n${alias.alias};-\nÑuñoa;2.345\n`);
    expect(data.preview.problems).toEqual([]);
    expect(data.absentComunas).toBe(346 - 3);
    const record = await db.statImport.findUniqueOrThrow({ where: { id: data.record.id } });

    await expect(confirmImport(admin, null, { importId: record.id, sha256: "0".repeat(64) })).rejects.toThrow(RuleError);
    await expect(confirmImport(admin, null, { importId: "00000000-0000-4000-8000-000000000000", sha256: record.sha256 })).rejects.toThrow(NotFoundError);

    const result = await confirmImport(admin, "127.0.0.1", { importId: record.id, sha256: record.sha256 });
    expect(result).toEqual({ datasetId: `import-${record.id}`, rows: 3, published: 2 });

    const rows = await db.comunaStat.findMany({ where: { indicator: "TEMPORARY_RESIDENCE_GRANTS", year: YEAR } });
    expect(rows).toHaveLength(346);
    const value = (code: string) => rows.find((r) => r.comunaCode === code)?.value;
    expect([value("13501"), value(alias.comuna_code), value("13120"), value("13101")]).toEqual([1500, null, 2345, null]);
    expect(await db.statDataset.findUnique({ where: { id: result.datasetId } })).toMatchObject({ title: "Residencias temporales otorgadas 2025 (prueba)" });

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "statistics.import", entityId: result.datasetId } });
    expect(audit).toMatchObject({ actorId: admin.id, after: expect.objectContaining({ year: YEAR, rows: 3, published: 2, sha256: record.sha256 }) });

    const minuta = await getMinuta(admin, "13501");
    expect(minuta.figures.find((f) => f.indicator === "TEMPORARY_RESIDENCE_GRANTS")).toMatchObject({
      year: YEAR,
      value: 1500,
      country: { sum: 1500 + 2345, published: 2, comunas: 346 },
      source: { title: "Residencias temporales otorgadas 2025 (prueba)", publisher: "SERMIG, datos abiertos" },
    });

    // Confirming twice (a double click, a replayed request) writes nothing more.
    await expect(confirmImport(admin, null, { importId: record.id, sha256: record.sha256 })).rejects.toThrow("ya fue importado");
    expect(await db.auditEvent.count({ where: { action: "statistics.import", entityId: result.datasetId } })).toBe(1);
  });
});
