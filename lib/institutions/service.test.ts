/**
 * Derivations to the institution catalogue, through the actions as a coordinator or an attacker sends
 * them, the catalogue's management by national admins only, and the dashboard's count by institution.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { changeCaseStatusAction } from "@/lib/cases/triage-actions";
import { demoPeople, insertFixtureCase, type People } from "@/lib/cases/test-fixtures";
import { derivationsByInstitution } from "@/lib/coverage/service";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { createInstitutionAction, setInstitutionActiveAction, updateInstitutionAction } from "./actions";
import { activeInstitutions, institutionCatalogue } from "./service";

const viewerHolder = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewerHolder.current, requireViewer: async () => viewerHolder.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

type Result = { ok: boolean; data?: unknown; error?: string; fieldErrors?: Record<string, string> };
async function as(viewer: Viewer, action: (state: null, input: unknown) => Promise<unknown>, input: Record<string, string>): Promise<Result> {
  viewerHolder.current = viewer;
  return (await action(null, input)) as Result;
}

let people: People;
const institutionId = async (name: string) => (await db.institution.findUniqueOrThrow({ where: { name }, select: { id: true } })).id;
const reviewing = () => insertFixtureCase(2072, { status: "EN_REVISION", firstResponseAt: new Date() });
const derivation = (id: string) => db.case.findUniqueOrThrow({ where: { id }, select: { status: true, derivedTo: true, derivedInstitutionId: true, version: true } });

beforeAll(async () => {
  people = await demoPeople();
});

afterAll(async () => {
  await db.$disconnect();
});

describe("deriving a case", () => {
  it("stores the catalogue's institution and its name", async () => {
    const { id, version } = await reviewing();
    const pdi = await institutionId("PDI");
    const done = await as(people.rodrigo, changeCaseStatusAction, { caseId: id, version: String(version), transition: "refer", institutionId: pdi, derivedTo: "" });
    expect(done.ok, JSON.stringify(done)).toBe(true);
    expect(await derivation(id)).toMatchObject({ status: "DERIVADO", derivedTo: "PDI", derivedInstitutionId: pdi });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "case.refer" }, select: { after: true } });
    expect(audit.after).toMatchObject({ derivedTo: "PDI", institutionId: pdi });
  });

  it("with «Otra institución» requires its name, in Spanish next to the field, and writes nothing without it", async () => {
    const { id, version } = await reviewing();
    const before = await derivation(id);
    const refused = await as(people.rodrigo, changeCaseStatusAction, { caseId: id, version: String(version), transition: "refer", institutionId: "otra", derivedTo: "  " });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { derivedTo: "Escriba el nombre de la otra institución." } });
    const none = await as(people.rodrigo, changeCaseStatusAction, { caseId: id, version: String(version), transition: "refer", derivedTo: "" });
    expect(none).toMatchObject({ ok: false, fieldErrors: { institutionId: "Elija la institución a la que se deriva el caso." } });
    expect(await derivation(id)).toEqual(before);

    const done = await as(people.rodrigo, changeCaseStatusAction, { caseId: id, version: String(version), transition: "refer", institutionId: "otra", derivedTo: "Inspección del Trabajo de Melipilla" });
    expect(done.ok, JSON.stringify(done)).toBe(true);
    expect(await derivation(id)).toMatchObject({ status: "DERIVADO", derivedTo: "Inspección del Trabajo de Melipilla", derivedInstitutionId: null });
  });

  it("refuses a deactivated or unknown institution next to the field", async () => {
    const { id, version } = await reviewing();
    const created = await as(people.andrea, createInstitutionAction, { name: "Institución de paso", kind: "" });
    const passing = (created.data as { id: string }).id;
    expect((await as(people.andrea, setInstitutionActiveAction, { id: passing, active: "false" })).ok).toBe(true);
    expect((await activeInstitutions()).map((i) => i.id)).not.toContain(passing);
    for (const chosen of [passing, "00000000-0000-4000-8000-000000000000"]) {
      const refused = await as(people.rodrigo, changeCaseStatusAction, { caseId: id, version: String(version), transition: "refer", institutionId: chosen, derivedTo: "" });
      expect(refused).toMatchObject({ ok: false, fieldErrors: { institutionId: "Esa institución ya no está disponible. Elija otra de la lista." } });
    }
    expect((await derivation(id)).status).toBe("EN_REVISION");
  });
});

describe("the catalogue", () => {
  it("is managed only by national admins: for others it does not exist", async () => {
    const pdi = await institutionId("PDI");
    for (const viewer of [people.rodrigo, people.carolina]) {
      await expect(institutionCatalogue(viewer)).rejects.toBeInstanceOf(NotFoundError);
      expect((await as(viewer, createInstitutionAction, { name: "Intrusa", kind: "" })).ok).toBe(false);
      expect((await as(viewer, updateInstitutionAction, { id: pdi, name: "Renombrada", kind: "" })).ok).toBe(false);
      expect((await as(viewer, setInstitutionActiveAction, { id: pdi, active: "false" })).ok).toBe(false);
    }
    expect(await db.institution.findUniqueOrThrow({ where: { id: pdi }, select: { name: true, active: true } })).toEqual({ name: "PDI", active: true });
    expect(await db.institution.count({ where: { name: "Intrusa" } })).toBe(0);
  });

  it("adds, renames, deactivates and reactivates, with Spanish errors next to the field; derived cases keep their name", async () => {
    const seeded = (await institutionCatalogue(people.andrea)).map((row) => row.name);
    expect(seeded).toEqual(expect.arrayContaining(["Oficina Local de la Niñez (OLN)", "SernamEG", "Ministerio Público (Fiscalía)", "Carabineros de Chile", "CESFAM", "INDH", "Organización de la sociedad civil colaboradora"]));

    expect((await as(people.andrea, createInstitutionAction, { name: "", kind: "" })).fieldErrors).toEqual({ name: "Escriba el nombre de la institución." });
    expect((await as(people.andrea, createInstitutionAction, { name: "cesfam", kind: "" })).fieldErrors).toEqual({ name: "Ya existe una institución con ese nombre." });
    const created = await as(people.andrea, createInstitutionAction, { name: "OPD de Melipilla", kind: "Protección de la niñez" });
    expect(created.ok).toBe(true);
    const opd = (created.data as { id: string }).id;

    const { id, version } = await reviewing();
    expect((await as(people.rodrigo, changeCaseStatusAction, { caseId: id, version: String(version), transition: "refer", institutionId: opd, derivedTo: "" })).ok).toBe(true);
    expect((await as(people.andrea, updateInstitutionAction, { id: opd, name: "Oficina Local de la Niñez de Melipilla", kind: "" })).ok).toBe(true);
    expect(await derivation(id)).toMatchObject({ derivedTo: "OPD de Melipilla", derivedInstitutionId: opd });

    expect((await as(people.andrea, setInstitutionActiveAction, { id: opd, active: "false" })).ok).toBe(true);
    expect((await as(people.andrea, setInstitutionActiveAction, { id: opd, active: "false" })).error).toBe("La institución ya está desactivada.");
    const row = (await institutionCatalogue(people.andrea)).find((entry) => entry.id === opd);
    expect(row).toMatchObject({ name: "Oficina Local de la Niñez de Melipilla", kind: null, active: false, derivations: 1 });
    expect((await as(people.andrea, setInstitutionActiveAction, { id: opd, active: "true" })).ok).toBe(true);
    // An institution a case names cannot be deleted, whatever path tries.
    await expect(db.institution.delete({ where: { id: opd } })).rejects.toThrow();
  });
});

describe("the dashboard's derivations by institution", () => {
  it("match the database for the country and for each coordinator's region, «Otra institución» included", async () => {
    const pdi = await institutionId("PDI");
    await insertFixtureCase(2072, { status: "DERIVADO", municipalityCode: "02101", regionCode: "02", derivedTo: "PDI", derivedInstitutionId: pdi });
    await insertFixtureCase(2072, { status: "RESUELTO", municipalityCode: "02101", regionCode: "02", derivedTo: "Texto libre de antes" });
    await insertFixtureCase(2072, { status: "BORRADOR", derivedTo: "PDI", derivedInstitutionId: pdi });

    for (const regionCode of [null, "13", "02"]) {
      const rows = await db.$queryRaw<{ id: string | null; count: number }[]>`
        SELECT derived_institution_id AS id, count(*)::int AS count FROM "case"
         WHERE status <> 'BORRADOR' AND derived_to IS NOT NULL AND (${regionCode}::text IS NULL OR region_code = ${regionCode})
         GROUP BY derived_institution_id`;
      const expected = new Map(rows.map((row) => [row.id, row.count]));
      const shown = await derivationsByInstitution({ regionCode });
      expect(new Map(shown.map((row) => [row.id, row.count])), String(regionCode)).toEqual(expected);
      expect(shown.find((row) => row.id === null)?.name ?? "Otra institución").toBe("Otra institución");
      expect(shown.map((row) => row.count)).toEqual([...shown.map((row) => row.count)].sort((a, b) => b - a));
    }
    const north = await derivationsByInstitution({ regionCode: "02" });
    expect(north.find((row) => row.id === pdi)?.count).toBeGreaterThanOrEqual(1);
    expect(north.find((row) => row.id === null)?.count).toBeGreaterThanOrEqual(1);
  });
});
