import { afterAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError, RuleError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { addAgreement, completeAgreement, createVisit, getVisit, listVisits, openAgreements } from "./service";

// Valparaíso region (05) takes no part in the demo data.
const viewer = (role: Role, place: Partial<Viewer> = {}): Viewer => ({ id: `test-${role}`, name: `Prueba ${role}`, run: "1-9", role, municipalityCode: null, regionCode: null, ...place });
const officer = viewer("MUNICIPAL_OFFICER", { municipalityCode: "05101", regionCode: "05" });
const neighbour = viewer("MUNICIPAL_OFFICER", { municipalityCode: "05109", regionCode: "05" });
const coordinator = viewer("REGIONAL_COORDINATOR", { regionCode: "05" });
const otherCoordinator = viewer("REGIONAL_COORDINATOR", { regionCode: "02" });
const admin = viewer("NATIONAL_ADMIN");
const day = (value: string) => new Date(`${value}T00:00:00Z`);

afterAll(async () => {
  await db.$disconnect();
});

describe("technical visits", () => {
  it("are scheduled by the coordinator of the municipality's region only", async () => {
    await expect(createVisit(otherCoordinator, null, { municipalityCode: "05101", visitOn: day("2026-12-01"), participants: "Equipo SERMIG", topics: "Plan de trabajo", notes: null })).rejects.toThrow(RuleError);
    expect(await db.technicalVisit.count({ where: { municipalityCode: "05101" } })).toBe(0);
  });

  it("keep their agreements inside the region: another region's coordinator and other municipalities get 404", async () => {
    const { id } = await createVisit(coordinator, null, { municipalityCode: "05101", visitOn: day("2026-11-10"), participants: "Coordinación regional y DIDECO", topics: "Oficina de migrantes", notes: null });
    await expect(addAgreement(coordinator, null, { visitId: id, description: "Acuerdo con plazo anterior", dueOn: day("2026-11-01") })).rejects.toThrow(RuleError);
    const agreement = await addAgreement(coordinator, null, { visitId: id, description: "Designar encargada de migraciones", dueOn: day("2026-12-15") });

    await expect(getVisit(otherCoordinator, id)).rejects.toThrow(NotFoundError);
    await expect(getVisit(neighbour, id)).rejects.toThrow(NotFoundError);
    await expect(addAgreement(otherCoordinator, null, { visitId: id, description: "Acuerdo ajeno", dueOn: day("2026-12-15") })).rejects.toThrow(NotFoundError);
    await expect(completeAgreement(otherCoordinator, null, { agreementId: agreement.id })).rejects.toThrow(NotFoundError);
    await expect(completeAgreement(neighbour, null, { agreementId: agreement.id })).rejects.toThrow(NotFoundError);
    expect((await listVisits(otherCoordinator, 1)).rows.map((v) => v.id)).not.toContain(id);
    expect(await openAgreements(otherCoordinator, "05101")).toEqual([]);
    expect((await listVisits(admin, 1)).rows.map((v) => v.id)).toContain(id);

    // The municipality sees the open agreement on its home until it is done.
    expect((await openAgreements(officer, "05101")).map((a) => a.id)).toEqual([agreement.id]);
    await completeAgreement(officer, null, { agreementId: agreement.id });
    expect(await openAgreements(officer, "05101")).toEqual([]);
    await expect(completeAgreement(coordinator, null, { agreementId: agreement.id })).rejects.toThrow(RuleError);
    const done = await db.visitAgreement.findUniqueOrThrow({ where: { id: agreement.id } });
    expect(done.doneByName).toBe(officer.name);
    expect(await db.auditEvent.count({ where: { entityId: agreement.id, action: "visit.completeAgreement" } })).toBe(1);
  });
});
