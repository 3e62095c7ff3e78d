import { afterAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError, RuleError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { createActivity, decideRequest, getActivity, listRequests, monthActivities, monthBounds, recordPeople, requestActivity } from "./service";

const viewer = (role: Role, place: Partial<Viewer> = {}): Viewer => ({ id: `test-${role}`, name: `Prueba ${role}`, run: "1-9", role, municipalityCode: null, regionCode: null, ...place });
const officer = viewer("MUNICIPAL_OFFICER", { municipalityCode: "05101", regionCode: "05" });
const neighbour = viewer("MUNICIPAL_OFFICER", { municipalityCode: "05109", regionCode: "05" });
const outsider = viewer("MUNICIPAL_OFFICER", { municipalityCode: "02101", regionCode: "02" });
const coordinator = viewer("REGIONAL_COORDINATOR", { regionCode: "05" });
const otherCoordinator = viewer("REGIONAL_COORDINATOR", { regionCode: "02" });
const admin = viewer("NATIONAL_ADMIN");

const activity = (over: Partial<Parameters<typeof createActivity>[2]> = {}) => ({
  type: "MIGRACIONES_EN_TU_BARRIO" as const,
  comunaCode: "05101",
  startsAt: new Date(Date.now() + 10 * 86_400_000),
  place: "Plaza Victoria",
  partners: "Municipalidad, PDI",
  ...over,
});

afterAll(async () => {
  await db.$disconnect();
});

describe("territorial activities", () => {
  it("are created by coordinators in their region only; admins anywhere", async () => {
    await expect(createActivity(otherCoordinator, null, activity())).rejects.toMatchObject({ field: "comunaCode" });
    const { id } = await createActivity(admin, null, activity({ comunaCode: "02101" }));
    expect(await db.territorialActivity.findUniqueOrThrow({ where: { id } })).toMatchObject({ regionCode: "02", municipalityCode: "02101" });
  });

  it("show in the month calendar of their region only", async () => {
    const { id } = await createActivity(coordinator, null, activity({ startsAt: new Date("2027-03-15T15:00:00Z") }));
    expect(monthBounds("2027-03").from.toISOString()).toBe("2027-03-01T03:00:00.000Z");
    expect((await monthActivities(officer, { mes: "2027-03", pagina: 1 })).map((a) => a.id)).toContain(id);
    expect((await monthActivities(outsider, { mes: "2027-03", pagina: 1 })).map((a) => a.id)).not.toContain(id);
    expect((await monthActivities(admin, { mes: "2027-03", region: "02", pagina: 1 })).map((a) => a.id)).not.toContain(id);
    expect((await monthActivities(officer, { mes: "2027-04", pagina: 1 })).map((a) => a.id)).not.toContain(id);
    await expect(getActivity(outsider, id)).rejects.toThrow(NotFoundError);
  });

  it("take participation and hosting requests that SERMIG of the region answers", async () => {
    const { id } = await createActivity(coordinator, null, activity());
    await expect(requestActivity(outsider, null, { kind: "PARTICIPATE", activityId: id, message: "Queremos participar con nuestro equipo." })).rejects.toThrow(NotFoundError);
    const asked = await requestActivity(officer, null, { kind: "PARTICIPATE", activityId: id, message: "Queremos participar con nuestro equipo." });
    await expect(requestActivity(officer, null, { kind: "PARTICIPATE", activityId: id, message: "Otra vez la misma solicitud." })).rejects.toThrow(RuleError);
    const host = await requestActivity(officer, null, { kind: "HOST", activityType: "APOYA_MUJER_MIGRANTE", message: "Ofrecemos el gimnasio municipal en enero." });

    // Each municipality sees only its own requests; the neighbour's list stays empty of them.
    expect((await listRequests(neighbour)).map((r) => r.id)).not.toContain(asked.id);
    expect((await getActivity(neighbour, id)).requests).toEqual([]);
    expect((await listRequests(coordinator)).map((r) => r.id)).toEqual(expect.arrayContaining([asked.id, host.id]));

    await expect(decideRequest(otherCoordinator, null, { id: asked.id, decision: "ACCEPT", response: null })).rejects.toThrow(NotFoundError);
    await decideRequest(coordinator, null, { id: asked.id, decision: "ACCEPT", response: null });
    await decideRequest(admin, null, { id: host.id, decision: "DECLINE", response: "Ya hay un operativo ese mes." });
    await expect(decideRequest(coordinator, null, { id: asked.id, decision: "DECLINE", response: "Cambio de opinión" })).rejects.toThrow(RuleError);
    const rows = await db.activityRequest.findMany({ where: { id: { in: [asked.id, host.id] } }, orderBy: { kind: "asc" } });
    expect(rows.map((r) => r.status).sort()).toEqual(["ACCEPTED", "DECLINED"]);
    expect(await db.auditEvent.count({ where: { entityId: { in: [asked.id, host.id] } } })).toBe(4);
  });

  it("record people attended only after the activity, with a version check", async () => {
    const { id } = await createActivity(coordinator, null, activity());
    await expect(recordPeople(coordinator, null, { id, version: 1, peopleAttended: 40 })).rejects.toThrow(RuleError);
    await db.territorialActivity.update({ where: { id }, data: { startsAt: new Date(Date.now() - 86_400_000) } });
    await expect(recordPeople(otherCoordinator, null, { id, version: 1, peopleAttended: 40 })).rejects.toThrow(NotFoundError);
    await recordPeople(coordinator, null, { id, version: 1, peopleAttended: 40 });
    await expect(recordPeople(coordinator, null, { id, version: 1, peopleAttended: 41 })).rejects.toThrow(/Otra persona/);
  });
});
