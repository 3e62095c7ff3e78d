import { afterAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { chileLocalToInstant, formatChileDateTime } from "./local-time";
import { publishSessionSchema } from "./schemas";
import { evaluate, getSession, listSessions, publishSession, recordAttendance, registerStaff } from "./service";

// Valparaíso region (05) takes no part in the demo data, so these tests own its sessions and records.
const viewer = (role: Role, place: Partial<Viewer> = {}): Viewer => ({ id: `test-${role}-${place.municipalityCode ?? place.regionCode ?? "x"}`, name: `Prueba ${role}`, run: "1-9", role, municipalityCode: null, regionCode: null, ...place });
const officers = ["05101", "05109", "05102", "05103"].map((code) => viewer("MUNICIPAL_OFFICER", { municipalityCode: code, regionCode: "05" }));
const [valparaiso, vina] = officers;
const antofagastaOfficer = viewer("MUNICIPAL_OFFICER", { municipalityCode: "02101", regionCode: "02" });
const coordinator = viewer("REGIONAL_COORDINATOR", { regionCode: "05" });
const otherCoordinator = viewer("REGIONAL_COORDINATOR", { regionCode: "02" });
const admin = viewer("NATIONAL_ADMIN");

const future = () => new Date(Date.now() + 7 * 86_400_000);
const session = (over: Partial<Parameters<typeof publishSession>[2]> = {}) => ({
  topic: "Derechos de las personas migrantes",
  description: "Marco normativo de la Ley 21.325 para equipos municipales.",
  startsAt: future(),
  modality: "PRESENCIAL" as const,
  place: "Sala del consejo, Valparaíso",
  url: null,
  regionCode: "05",
  capacity: 3,
  ...over,
});
const person = (n: number) => ({ name: `Persona Ficticia ${n}`, position: "DIDECO", email: `persona${n}@demo.example` });
/** Time passes: the session took place. */
const hold = (id: string) => db.trainingSession.update({ where: { id }, data: { startsAt: new Date(Date.now() - 3_600_000) } });

afterAll(async () => {
  await db.$disconnect();
});

describe("Chilean wall-clock times", () => {
  it("reads a datetime-local value as time in Chile, in summer and in winter", () => {
    expect(chileLocalToInstant("2026-12-03T10:00")!.toISOString()).toBe("2026-12-03T13:00:00.000Z");
    expect(chileLocalToInstant("2026-07-03T10:00")!.toISOString()).toBe("2026-07-03T14:00:00.000Z");
    expect(formatChileDateTime(chileLocalToInstant("2026-12-03T10:00")!)).toBe("03-12-2026 10:00");
    expect(chileLocalToInstant("2026-02-30T10:00")).toBeNull();
  });

  it("accepts only http and https links for online sessions", () => {
    const base = { topic: "Charla en línea", description: "Una charla de prueba.", startsAt: "2030-01-10T10:00", modality: "ONLINE", capacity: "10" };
    expect(publishSessionSchema.safeParse({ ...base, url: "https://reunion.example/sala" }).success).toBe(true);
    for (const url of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<script>", "ftp://x.example", " javascript:alert(1)"]) {
      const result = publishSessionSchema.safeParse({ ...base, url });
      expect(result.success, url).toBe(false);
      expect(result.error!.issues[0]).toMatchObject({ path: ["url"], message: "El enlace debe comenzar con http:// o https://." });
    }
  });
});

describe("training sessions", () => {
  it("lets a coordinator publish only for their region and an admin anywhere, national included", async () => {
    await expect(publishSession(coordinator, null, session({ regionCode: null }))).rejects.toThrow(RuleError);
    await expect(publishSession(coordinator, null, session({ regionCode: "02" }))).rejects.toThrow(RuleError);
    await expect(publishSession(admin, null, session({ startsAt: new Date(Date.now() - 1000) }))).rejects.toThrow(RuleError);
    const { id } = await publishSession(coordinator, null, session());
    expect(await db.auditEvent.count({ where: { entityId: id, action: "training.publish" } })).toBe(1);
    const national = await publishSession(admin, null, session({ regionCode: null, topic: "Sesión nacional de prueba" }));
    // Officers see national sessions and those of their region, never another region's.
    await expect(getSession(antofagastaOfficer, id)).rejects.toThrow(NotFoundError);
    await expect(getSession(antofagastaOfficer, national.id)).resolves.toBeTruthy();
    const listed = await listSessions(antofagastaOfficer, { pagina: 1, periodo: "proximas" });
    expect(listed.rows.map((r) => r.id)).toContain(national.id);
    expect(listed.rows.map((r) => r.id)).not.toContain(id);
  });

  it("never overbooks: concurrent registrations beyond the capacity are refused", async () => {
    const { id } = await publishSession(coordinator, null, session({ capacity: 3 }));
    const attempts = Array.from({ length: 8 }, (_, n) => registerStaff(officers[n % officers.length], null, { sessionId: id, ...person(100 + n) }));
    const results = await Promise.allSettled(attempts);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(5);
    for (const r of refused) expect(r.reason).toBeInstanceOf(RuleError);
    expect(await db.trainingRegistration.count({ where: { sessionId: id } })).toBe(3);
  });

  it("refuses the same person twice, also when both registrations arrive at once", async () => {
    const { id } = await publishSession(coordinator, null, session({ capacity: 10 }));
    const results = await Promise.allSettled([registerStaff(valparaiso, null, { sessionId: id, ...person(1) }), registerStaff(vina, null, { sessionId: id, ...person(1) })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const error = (results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason as RuleError;
    expect(error).toMatchObject({ field: "email", message: "Esta persona ya está inscrita en la sesión." });
    await expect(registerStaff(valparaiso, null, { sessionId: id, ...person(1), email: "PERSONA1@demo.example".toLowerCase() })).rejects.toThrow(RuleError);
  });

  it("does not let an officer of another region register for a regional session", async () => {
    const { id } = await publishSession(coordinator, null, session());
    await expect(registerStaff(antofagastaOfficer, null, { sessionId: id, ...person(9) })).rejects.toThrow(NotFoundError);
    expect(await db.trainingRegistration.count({ where: { sessionId: id } })).toBe(0);
  });

  it("records attendance once into line 2 of each municipality, and corrections never count twice", async () => {
    const { id } = await publishSession(coordinator, null, session({ capacity: 10 }));
    const a = await registerStaff(valparaiso, null, { sessionId: id, ...person(201) });
    const b = await registerStaff(valparaiso, null, { sessionId: id, ...person(202), position: "Oficina de Migrantes" });
    const c = await registerStaff(vina, null, { sessionId: id, ...person(203) });
    // Only the officer's own staff are shown to them.
    expect((await getSession(vina, id)).registrations.map((r) => r.id)).toEqual([c.id]);
    await expect(recordAttendance(coordinator, null, { sessionId: id, version: 1, attended: [a.id] })).rejects.toThrow(RuleError);
    await hold(id);
    await expect(recordAttendance(otherCoordinator, null, { sessionId: id, version: 1, attended: [a.id] })).rejects.toThrow(NotFoundError);
    const national = await publishSession(admin, null, session({ regionCode: null }));
    await hold(national.id);
    await expect(recordAttendance(coordinator, null, { sessionId: national.id, version: 1, attended: [] })).rejects.toThrow(ForbiddenError);

    await recordAttendance(coordinator, null, { sessionId: id, version: 1, attended: [a.id, b.id] });
    const records = () => db.trainingRecord.findMany({ where: { sessionLink: { sessionId: id } }, orderBy: { municipalityCode: "asc" } });
    expect(await records()).toMatchObject([{ municipalityCode: "05101", trainedCount: 2, topic: "Derechos de las personas migrantes" }]);

    // A correction: Viña's person did attend, one of Valparaíso's did not.
    await recordAttendance(coordinator, null, { sessionId: id, version: 2, attended: [a.id, c.id] });
    expect(await records()).toMatchObject([
      { municipalityCode: "05101", trainedCount: 1 },
      { municipalityCode: "05109", trainedCount: 1 },
    ]);
    expect(await db.trainingRecord.count({ where: { municipalityCode: "05101", sessionLink: { sessionId: id } } })).toBe(1);
    // A stale form does not overwrite the newer attendance.
    await expect(recordAttendance(coordinator, null, { sessionId: id, version: 2, attended: [] })).rejects.toThrow(/Otra persona/);

    // The officer evaluates their attendee; the line-2 record carries the average.
    await expect(evaluate(vina, null, { registrationId: a.id, score: 7, comment: null })).rejects.toThrow(NotFoundError);
    await expect(evaluate(valparaiso, null, { registrationId: b.id, score: 7, comment: null })).rejects.toThrow(RuleError);
    await evaluate(valparaiso, null, { registrationId: a.id, score: 6, comment: "Muy útil" });
    expect((await records())[0].evaluation).toBe("Nota promedio 6,0 (1 evaluación de participantes)");
  });
});
