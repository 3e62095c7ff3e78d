import { afterAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, RuleError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { TRANSITION_NAMES, TRANSITIONS } from "./lifecycle";
import { listMunicipalities } from "./overview";
import { applyTransition, submitLetter } from "./service";
import { addEvidence, createAction, reviewAction } from "./work-plan";

// María Pinto (13504) takes no part in the demo data, so these tests own its adhesion.
const CODE = "13504";
const viewer = (role: Role, place: Partial<Viewer> = {}): Viewer => ({ id: `test-${role}`, name: `Prueba ${role}`, run: "1-9", role, municipalityCode: null, regionCode: null, ...place });
const officer = viewer("MUNICIPAL_OFFICER", { municipalityCode: CODE, regionCode: "13" });
const otherOfficer = viewer("MUNICIPAL_OFFICER", { municipalityCode: "13101", regionCode: "13" });
const coordinator = viewer("REGIONAL_COORDINATOR", { regionCode: "13" });
const otherCoordinator = viewer("REGIONAL_COORDINATOR", { regionCode: "02" });
const admin = viewer("NATIONAL_ADMIN");

const pdf = () =>
  new File([Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")], "carta.pdf", { type: "application/pdf" });
const letter = () => ({
  municipalityCode: CODE,
  letterSignedOn: new Date("2026-10-01T00:00:00Z"),
  mayorName: "Alcalde Ficticio",
  councilAgreementNumber: "Acuerdo N° 1/2026",
  councilAgreementDate: new Date("2026-09-20T00:00:00Z"),
  archivo: pdf(),
});
const state = () => db.adhesion.findUniqueOrThrow({ where: { municipalityCode: CODE }, select: { status: true, version: true } });
const eventCount = () => db.adhesionEvent.count({ where: { municipalityCode: CODE } });

afterAll(async () => {
  await db.$disconnect();
});

describe("adhesion on the server", () => {
  it("takes the letter from the municipality's own officer only", async () => {
    await expect(submitLetter(otherOfficer, null, letter())).rejects.toThrow(NotFoundError);
    await expect(submitLetter(coordinator, null, letter())).rejects.toThrow(RuleError);
    expect(await db.adhesion.count({ where: { municipalityCode: CODE } })).toBe(0);

    await submitLetter(officer, null, letter());
    expect(await state()).toMatchObject({ status: "CARTA_FIRMADA" });
    const letters = await db.adhesionLetter.findMany({ where: { municipalityCode: CODE }, include: { file: true } });
    expect(letters).toHaveLength(1);
    expect(letters[0].file).toMatchObject({ contentType: "application/pdf", ownerType: "AdhesionLetter" });
  });

  it("refuses every step the lifecycle table does not give to that role, and changes nothing", async () => {
    const cases: [string, Viewer][] = [
      ["officer", officer],
      ["coordinator", coordinator],
      ["admin", admin],
    ];
    const before = await state();
    const events = await eventCount();
    let refused = 0;
    for (const name of TRANSITION_NAMES.filter((n) => n !== "submitLetter")) {
      for (const [, who] of cases) {
        const t = TRANSITIONS[name];
        const allowed = (t.roles as readonly string[]).includes(who.role) && before.status in t.moves;
        if (allowed) continue;
        await expect(
          applyTransition(who, null, { municipalityCode: CODE, version: before.version, transition: name as Exclude<typeof name, "submitLetter">, reason: "motivo", resolution: "Res. 1", resolutionDate: new Date() }),
          `${name} por ${who.role}`,
        ).rejects.toThrow(RuleError);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(10);
    expect(await state()).toEqual(before);
    expect(await eventCount()).toBe(events);
  });

  it("hides the file from people outside its territory", async () => {
    const { version } = await state();
    await expect(applyTransition(otherCoordinator, null, { municipalityCode: CODE, version, transition: "acceptLetter", reason: null, resolution: null, resolutionDate: undefined })).rejects.toThrow(NotFoundError);
  });

  it("lets the regional coordinator accept, and refuses a stale version", async () => {
    const { version } = await state();
    await applyTransition(coordinator, null, { municipalityCode: CODE, version, transition: "acceptLetter", reason: null, resolution: null, resolutionDate: undefined });
    expect(await state()).toMatchObject({ status: "EN_IMPLEMENTACION", version: version + 1 });
    await expect(applyTransition(coordinator, null, { municipalityCode: CODE, version, transition: "sendToEvaluation", reason: null, resolution: null, resolutionDate: undefined })).rejects.toThrow(ConflictError);
    // The same click from a second stale tab: the conflict, not a rule about a status that page never showed.
    await expect(applyTransition(coordinator, null, { municipalityCode: CODE, version, transition: "acceptLetter", reason: null, resolution: null, resolutionDate: undefined })).rejects.toThrow(ConflictError);
  });
});

describe("work plan on the server", () => {
  it("keeps each municipality's plan to its own officer and its region's coordinator", async () => {
    const { id } = await createAction(officer, null, {
      municipalityCode: CODE,
      line: "INSTITUCIONALIDAD",
      title: "Designar encargada municipal",
      description: "Decreto de designación.",
      responsibleUnit: "Alcaldía",
      startsOn: new Date("2026-11-01T00:00:00Z"),
      dueOn: new Date("2026-12-01T00:00:00Z"),
      status: "IN_PROGRESS",
    });
    const evidence = { actionId: id, description: "Decreto", url: "https://municipio-demo.example/decreto", archivo: null };
    await expect(addEvidence(otherOfficer, null, evidence)).rejects.toThrow(NotFoundError);
    await addEvidence(officer, null, evidence);
    const action = await db.commitmentAction.findUniqueOrThrow({ where: { id } });
    expect(action.review).toBe("PENDING");

    await expect(reviewAction(otherCoordinator, null, { actionId: id, version: action.version, decision: "APPROVE", comment: null })).rejects.toThrow(NotFoundError);
    await reviewAction(coordinator, null, { actionId: id, version: action.version, decision: "APPROVE", comment: null });
    expect((await db.commitmentAction.findUniqueOrThrow({ where: { id } })).review).toBe("APPROVED");
    await expect(reviewAction(coordinator, null, { actionId: id, version: action.version + 1, decision: "RETURN", comment: "x" })).rejects.toThrow(RuleError);
    // A second coordinator still looking at the pending action learns it was decided meanwhile.
    await expect(reviewAction(coordinator, null, { actionId: id, version: action.version, decision: "RETURN", comment: "x" })).rejects.toThrow(ConflictError);
  });

  it("reports progress equal to a direct SQL count", async () => {
    const rows = await listMunicipalities(admin, { orden: "nombre" });
    const sql = await db.$queryRaw<{ code: string; approved: number; total: number; pending: number }[]>`
      SELECT municipality_code AS code, count(*) FILTER (WHERE review = 'APPROVED')::int AS approved, count(*)::int AS total,
             count(*) FILTER (WHERE review = 'PENDING')::int AS pending
        FROM commitment_action GROUP BY municipality_code`;
    expect(sql.length).toBeGreaterThan(0);
    for (const expected of sql) {
      const row = rows.find((r) => r.code === expected.code)!;
      expect({ code: row.code, ...row.overall, pending: row.pendingReview }).toEqual(expected);
    }
    expect(await listMunicipalities(coordinator, { orden: "nombre", region: "02" })).toEqual([]);
    const coordinatorRows = await listMunicipalities(coordinator, { orden: "nombre" });
    expect(coordinatorRows).toHaveLength(52);
    expect(coordinatorRows.every((r) => r.regionName === "Región Metropolitana de Santiago")).toBe(true);
  });
});
