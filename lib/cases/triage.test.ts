import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, RuleError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CaseStatus } from "@/lib/generated/prisma/enums";
import { stopJobQueue } from "@/lib/jobs/boss";
import { computeSlaClock } from "@/lib/sla/clock";
import { slaTargets } from "./sla";
import { CASE_TRANSITION_NAMES, CASE_TRANSITIONS, type CaseTransitionName } from "./status-machine";
import { OTHER_INSTITUTION } from "@/lib/institutions/catalogue";
import { insertFixtureCase } from "./test-fixtures";
import { addInternalNote, assignCase, changeCaseStatus, changePriority, refreshDueDates, transitionSchema } from "./triage";

// Fixtures of their own (folios SM-2092-…).
const DAY = 86_400_000;

async function insertCase(data: Partial<Prisma.CaseUncheckedCreateInput> = {}) {
  const { id } = await insertFixtureCase(2092, { type: "REGULARIZACION", submittedAt: new Date(Date.now() - 3 * DAY), ...data });
  await db.$transaction((tx) => refreshDueDates(tx, id, null));
  return id;
}

async function user(run: string, role: Viewer["role"], place: { regionCode?: string; municipalityCode?: string } = {}, active = true): Promise<Viewer> {
  const fields = { role, regionCode: place.regionCode ?? null, municipalityCode: place.municipalityCode ?? null, active };
  return db.user.upsert({
    where: { run },
    create: { run, name: `Prueba ${run}`, ...fields },
    update: fields,
    select: { id: true, name: true, run: true, role: true, municipalityCode: true, regionCode: true },
  });
}

let coordinator: Viewer;
let colleague: Viewer;
let northCoordinator: Viewer;
let admin: Viewer;
let officer: Viewer;
let formerOfficer: Viewer;
let formerCoordinator: Viewer;

beforeAll(async () => {
  coordinator = await user("92000001-1", "REGIONAL_COORDINATOR", { regionCode: "13" });
  colleague = await user("92000002-1", "REGIONAL_COORDINATOR", { regionCode: "13" });
  northCoordinator = await user("92000003-1", "REGIONAL_COORDINATOR", { regionCode: "02" });
  admin = await user("92000004-1", "NATIONAL_ADMIN");
  officer = await user("92000005-1", "MUNICIPAL_OFFICER", { regionCode: "13", municipalityCode: "13501" });
  formerOfficer = await user("92000006-1", "MUNICIPAL_OFFICER", { regionCode: "13", municipalityCode: "13501" }, false);
  formerCoordinator = await user("92000007-1", "REGIONAL_COORDINATOR", { regionCode: "13" }, false);
});

afterAll(async () => {
  await stopJobQueue();
  await db.$disconnect();
});

/** Everything a refused step could have touched. */
async function footprint(caseId: string) {
  const [fields, events, notes, pauses, audits, notifications] = await Promise.all([
    db.case.findUniqueOrThrow({ where: { id: caseId } }),
    db.caseEvent.count({ where: { caseId } }),
    db.caseNote.count({ where: { caseId } }),
    db.casePause.findMany({ where: { caseId }, orderBy: { from: "asc" } }),
    db.auditEvent.count({ where: { entityId: caseId } }),
    db.notification.count({ where: { caseId } }),
  ]);
  return { fields, events, notes, pauses, audits, notifications };
}

const stepInput = (caseId: string, version: number, transition: CaseTransitionName) =>
  transitionSchema.parse({
    caseId,
    version,
    transition,
    question: "¿Puede adjuntar el certificado de nacimiento?",
    institutionId: OTHER_INSTITUTION,
    derivedTo: "Defensoría de la Niñez",
    outcome: "ORIENTACION",
    resolutionText: "Se orientó a la municipalidad sobre el trámite.",
    reason: "Llegaron antecedentes nuevos.",
  });

const versionOf = async (id: string) => (await db.case.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

describe("status changes", () => {
  it("refuses every step the table does not allow, for every role, and writes nothing", async () => {
    const filed = Object.values(CaseStatus).filter((s) => s !== "BORRADOR");
    let refused = 0;
    for (const status of filed) {
      const id = await insertCase({ status, firstResponseAt: status === "INGRESADO" ? null : new Date() });
      for (const name of CASE_TRANSITION_NAMES) {
        for (const viewer of [officer, coordinator, admin, northCoordinator]) {
          const transition = CASE_TRANSITIONS[name];
          const inScope = viewer !== northCoordinator && viewer !== officer;
          const allowed = inScope && (transition.roles as readonly string[]).includes(viewer.role) && status in transition.moves;
          if (allowed) continue;
          const before = await footprint(id);
          const expected = inScope ? RuleError : NotFoundError;
          await expect(changeCaseStatus(viewer, null, stepInput(id, before.fields.version, name)), `${name} desde ${status} por ${viewer.run}`).rejects.toThrow(expected);
          expect(await footprint(id)).toEqual(before);
          refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(100);
  });

  it("asks each step for what it needs, next to the field", () => {
    const base = { caseId: randomUUID(), version: 1 };
    const fieldsOf = (input: object) => {
      const result = transitionSchema.safeParse(input);
      return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
    };
    expect(fieldsOf({ ...base, transition: "requestInfo" })).toEqual(["question"]);
    expect(fieldsOf({ ...base, transition: "refer", derivedTo: "Fiscalía" })).toEqual(["institutionId"]);
    expect(fieldsOf({ ...base, transition: "refer", institutionId: OTHER_INSTITUTION, derivedTo: " " })).toEqual(["derivedTo"]);
    expect(fieldsOf({ ...base, transition: "refer", institutionId: "Fiscalía" })).toEqual(["institutionId"]);
    expect(fieldsOf({ ...base, transition: "resolve" }).sort()).toEqual(["outcome", "resolutionText"]);
    expect(fieldsOf({ ...base, transition: "reopen", reason: "  " })).toEqual(["reason"]);
    expect(fieldsOf({ ...base, transition: "startReview" })).toEqual([]);
    expect(fieldsOf({ ...base, transition: "startReview", status: "CERRADO" })).not.toEqual([]);
  });

  it("walks a case from filed to closed and reopened: events, audit, version, pauses, first response and notifications", async () => {
    const id = await insertCase();
    let version = await versionOf(id);
    const step = async (name: CaseTransitionName) => {
      await changeCaseStatus(coordinator, "203.0.113.9", stepInput(id, version, name));
      expect(await versionOf(id), name).toBe(version + 1);
      version++;
      expect(await db.auditEvent.count({ where: { entityId: id, action: `case.${name}` } }), name).toBe(1);
    };

    await step("startReview");
    let row = await db.case.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "EN_REVISION" });
    expect(row.firstResponseAt).not.toBeNull();
    const firstResponseAt = row.firstResponseAt;

    await step("requestInfo");
    row = await db.case.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("REQUIERE_INFO");
    expect(row.waitingSince).not.toBeNull();
    expect(row.firstResponseAt).toEqual(firstResponseAt);
    expect(await db.casePause.findMany({ where: { caseId: id, to: null } })).toHaveLength(1);
    expect(await db.caseNote.findFirst({ where: { caseId: id, internal: false }, select: { body: true } })).toEqual({ body: "¿Puede adjuntar el certificado de nacimiento?" });
    const asked = await db.notification.findMany({ where: { caseId: id, kind: "CASE_INFO_REQUESTED" }, select: { userId: true, title: true } });
    expect(asked.map((n) => n.userId)).toContain(officer.id);
    expect(asked.map((n) => n.userId)).not.toContain(formerOfficer.id);
    expect(asked[0].title).toMatch(/^SM-2092-\d{6}: SERMIG pide información/);

    // The wait covered five calendar days: the resolution deadline moves back by the working days in it.
    const pauseStart = new Date(Date.now() - 5 * DAY);
    await db.casePause.updateMany({ where: { caseId: id }, data: { from: pauseStart } });
    await step("resumeReview");
    const resumed = await db.case.findUniqueOrThrow({ where: { id }, include: { pauses: true } });
    expect(resumed.status).toBe("EN_REVISION");
    expect(resumed.waitingSince).toBeNull();
    expect(resumed.pauses.every((p) => p.to !== null)).toBe(true);
    const [, resolutionDays] = await slaTargets(db, "REGULARIZACION", "MEDIA");
    const expectedDue = computeSlaClock({ startedAt: resumed.submittedAt!, targetWorkingDays: resolutionDays, pauses: resumed.pauses, now: new Date() }).dueAt;
    expect(resumed.resolutionDueAt).toEqual(expectedDue);
    expect(expectedDue.getTime()).toBeGreaterThan(computeSlaClock({ startedAt: resumed.submittedAt!, targetWorkingDays: resolutionDays, pauses: [], now: new Date() }).dueAt.getTime());

    await step("refer");
    expect(await db.case.findUniqueOrThrow({ where: { id }, select: { status: true, derivedTo: true } })).toEqual({ status: "DERIVADO", derivedTo: "Defensoría de la Niñez" });

    await step("resolve");
    row = await db.case.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "RESUELTO", outcome: "ORIENTACION", resolutionText: "Se orientó a la municipalidad sobre el trámite." });
    expect(row.resolvedAt).not.toBeNull();
    expect(await db.notification.count({ where: { caseId: id, kind: "CASE_RESOLVED", userId: officer.id } })).toBe(1);

    await step("close");
    expect((await db.case.findUniqueOrThrow({ where: { id } })).closedAt).not.toBeNull();

    await step("reopen");
    const reopenedRow = await db.case.findUniqueOrThrow({ where: { id }, include: { pauses: true } });
    expect(reopenedRow).toMatchObject({ status: "EN_REVISION", resolvedAt: null, closedAt: null, outcome: null });
    const reopened = await db.caseEvent.findFirstOrThrow({ where: { caseId: id, kind: "case.reopened" }, select: { at: true, after: true } });
    expect(reopened.after).toMatchObject({ status: "EN_REVISION", reason: "Llegaron antecedentes nuevos." });
    // A new clock from the reopening, with the full target.
    expect(reopenedRow.resolutionDueAt).toEqual(computeSlaClock({ startedAt: reopened.at, targetWorkingDays: resolutionDays, pauses: reopenedRow.pauses, now: new Date() }).dueAt);

    const kinds = (await db.caseEvent.findMany({ where: { caseId: id }, orderBy: { at: "asc" }, select: { kind: true } })).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["case.status", "case.infoRequested", "sla.paused", "sla.resumed", "case.derived", "case.resolved", "case.closed", "case.reopened"]));
    const statusEvent = await db.caseEvent.findFirstOrThrow({ where: { caseId: id, kind: "case.resolved" } });
    expect(statusEvent).toMatchObject({ before: { status: "DERIVADO" }, after: { status: "RESUELTO" }, actorId: coordinator.id, internal: false });
  });

  it("lets exactly one of two saves on the same version win", async () => {
    const id = await insertCase();
    const version = await versionOf(id);
    const events = await db.caseEvent.count({ where: { caseId: id } });
    const results = await Promise.allSettled([
      changeCaseStatus(coordinator, null, stepInput(id, version, "startReview")),
      changePriority(colleague, null, { caseId: id, version, priority: "URGENTE" }),
      assignCase(admin, null, { caseId: id, version, assigneeId: colleague.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason);
    expect(refused).toHaveLength(2);
    for (const error of refused) {
      expect(error).toBeInstanceOf(ConflictError);
      expect(error.message).toBe("Otra persona modificó este caso; recargue la página. Lo que escribió no se ha perdido.");
    }
    expect(await versionOf(id)).toBe(version + 1);
    expect(await db.caseEvent.count({ where: { caseId: id, kind: { in: ["case.status", "case.priority", "case.assigned"] } } })).toBe(1);
    expect(await db.caseEvent.count({ where: { caseId: id } })).toBeGreaterThan(events);
  });

  it("refuses a stale version without writing", async () => {
    const id = await insertCase();
    const version = await versionOf(id);
    await changePriority(coordinator, null, { caseId: id, version, priority: "ALTA" });
    const before = await footprint(id);
    await expect(changeCaseStatus(coordinator, null, stepInput(id, version, "startReview"))).rejects.toThrow(ConflictError);
    expect(await footprint(id)).toEqual(before);
  });
});

describe("assignment, priority and internal notes", () => {
  it("assigns only to active coordinators of the case's region, keeps the history, and tells the new assignee", async () => {
    const id = await insertCase();
    let version = await versionOf(id);
    for (const [assigneeId, who] of [
      [northCoordinator.id, "coordinación de otra región"],
      [formerCoordinator.id, "coordinación desactivada"],
      [admin.id, "administración nacional"],
      [officer.id, "encargada municipal"],
    ]) {
      const before = await footprint(id);
      await expect(assignCase(coordinator, null, { caseId: id, version, assigneeId }), who).rejects.toThrow(RuleError);
      expect(await footprint(id)).toEqual(before);
    }

    await assignCase(coordinator, null, { caseId: id, version: version++, assigneeId: coordinator.id });
    expect(await db.notification.count({ where: { caseId: id, kind: "CASE_ASSIGNED" } })).toBe(0);
    await assignCase(coordinator, null, { caseId: id, version: version++, assigneeId: colleague.id });
    expect(await db.notification.findMany({ where: { caseId: id, kind: "CASE_ASSIGNED" }, select: { userId: true } })).toEqual([{ userId: colleague.id }]);
    await assignCase(admin, null, { caseId: id, version: version++, assigneeId: null });

    const history = await db.caseEvent.findMany({ where: { caseId: id, kind: "case.assigned" }, orderBy: { at: "asc" }, select: { before: true, after: true, internal: true } });
    expect(history).toEqual([
      { before: { assignee: null }, after: { assignee: coordinator.name }, internal: true },
      { before: { assignee: coordinator.name }, after: { assignee: colleague.name }, internal: true },
      { before: { assignee: colleague.name }, after: { assignee: null }, internal: true },
    ]);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "case.assign" } })).toBe(3);
    await expect(assignCase(northCoordinator, null, { caseId: id, version, assigneeId: northCoordinator.id })).rejects.toThrow(NotFoundError);
  });

  it("recomputes the deadlines when the priority changes", async () => {
    const id = await insertCase({ priority: "BAJA" });
    const before = await db.case.findUniqueOrThrow({ where: { id } });
    await changePriority(coordinator, null, { caseId: id, version: before.version, priority: "URGENTE" });
    const after = await db.case.findUniqueOrThrow({ where: { id } });
    expect(after.priority).toBe("URGENTE");
    expect(after.firstResponseDueAt!.getTime()).toBeLessThan(before.firstResponseDueAt!.getTime());
    expect(after.resolutionDueAt!.getTime()).toBeLessThan(before.resolutionDueAt!.getTime());
    expect(await db.caseEvent.findFirst({ where: { caseId: id, kind: "case.priority" }, select: { before: true, after: true } })).toEqual({ before: { priority: "BAJA" }, after: { priority: "URGENTE" } });
    expect(await db.caseEvent.count({ where: { caseId: id, kind: "sla.recomputed", actorId: coordinator.id } })).toBe(1);
    await expect(changePriority(coordinator, null, { caseId: id, version: after.version, priority: "URGENTE" })).rejects.toThrow(RuleError);
  });

  it("keeps internal notes to SERMIG", async () => {
    const id = await insertCase();
    await addInternalNote(coordinator, null, { caseId: id, body: "Llamar a la Defensoría mañana." });
    expect(await db.caseNote.findMany({ where: { caseId: id }, select: { internal: true, body: true } })).toEqual([{ internal: true, body: "Llamar a la Defensoría mañana." }]);
    expect(await db.caseEvent.findFirst({ where: { caseId: id, kind: "note.internal" }, select: { internal: true } })).toEqual({ internal: true });
    await expect(addInternalNote(officer, null, { caseId: id, body: "Intento" })).rejects.toThrow(NotFoundError);
    await expect(addInternalNote(northCoordinator, null, { caseId: id, body: "Intento" })).rejects.toThrow(NotFoundError);
    expect(await db.caseNote.count({ where: { caseId: id } })).toBe(1);
    const closed = await insertCase({ status: "CERRADO" });
    await expect(addInternalNote(coordinator, null, { caseId: closed, body: "Después del cierre" })).rejects.toThrow(RuleError);
  });
});
