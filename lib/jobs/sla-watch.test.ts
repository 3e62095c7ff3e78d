import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCase, createPerson, queuedEmails, userIdByRun } from "@/lib/notifications/test-fixtures";
import { addWorkingDays } from "@/lib/sla/working-days";
import { stopJobQueue } from "./boss";
import { runSlaWatch, SLA_BREACHED, SLA_WARNING } from "./sla-watch";

// Wednesday 18-11-2026, 12:00 in Chile: the next working day is Thursday 19-11.
const NOW = new Date("2026-11-18T15:00:00Z");

let rodrigo: string;
let fernanda: string;

beforeAll(async () => {
  rodrigo = await userIdByRun("55555555-5");
  fernanda = await userIdByRun("17333444-3");
});

afterAll(async () => {
  await stopJobQueue();
  await db.$disconnect();
});

const eventsOf = (caseId: string, kind: string) => db.caseEvent.findMany({ where: { caseId, kind }, select: { internal: true, actorId: true, after: true } });
const notificationsOf = (caseId: string, kind: string) => db.notification.findMany({ where: { caseId, kind }, select: { id: true, userId: true, title: true } });

describe("sla-watch", () => {
  it("warns the assignee once when a deadline falls within one working day, however often it runs", async () => {
    const dueAt = addWorkingDays(NOW, 1);
    const { id, folio } = await createCase({ assigneeId: rodrigo, firstResponseAt: new Date("2026-11-10T15:00:00Z"), resolutionDueAt: dueAt });

    await runSlaWatch(db, NOW);
    await runSlaWatch(db, new Date(NOW.getTime() + 10 * 60_000));

    const events = await eventsOf(id, SLA_WARNING);
    expect(events).toEqual([{ internal: true, actorId: null, after: { deadline: "RESOLUTION", dueAt: dueAt.toISOString() } }]);
    const notifications = await notificationsOf(id, SLA_WARNING);
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({ userId: rodrigo, title: `${folio}: el plazo de resolución vence el 19-11-2026` });
    expect(await queuedEmails([notifications[0].id])).toEqual([notifications[0].id]);
    expect(await eventsOf(id, SLA_BREACHED)).toEqual([]);
  });

  it("warns about the first response separately from the resolution", async () => {
    const { id } = await createCase({ assigneeId: rodrigo, firstResponseDueAt: addWorkingDays(NOW, 0), resolutionDueAt: addWorkingDays(NOW, 1) });
    await runSlaWatch(db, NOW);
    await runSlaWatch(db, NOW);
    const deadlines = (await eventsOf(id, SLA_WARNING)).map((e) => (e.after as { deadline: string }).deadline).sort();
    expect(deadlines).toEqual(["FIRST_RESPONSE", "RESOLUTION"]);
    expect(await notificationsOf(id, SLA_WARNING)).toHaveLength(2);
  });

  it("leaves alone cases with time left, waiting on the municipality, already met or resolved", async () => {
    const later = await createCase({ assigneeId: rodrigo, resolutionDueAt: addWorkingDays(NOW, 2) });
    const waiting = await createCase({ assigneeId: rodrigo, status: "REQUIERE_INFO", resolutionDueAt: addWorkingDays(NOW, 1) });
    const answered = await createCase({ assigneeId: rodrigo, firstResponseDueAt: addWorkingDays(NOW, 0), firstResponseAt: new Date("2026-11-17T15:00:00Z") });
    const resolved = await createCase({ assigneeId: rodrigo, status: "RESUELTO", resolutionDueAt: new Date("2026-11-10T15:00:00Z"), resolvedAt: new Date("2026-11-09T15:00:00Z") });
    await runSlaWatch(db, NOW);
    for (const { id } of [later, waiting, answered, resolved]) {
      expect(await db.caseEvent.count({ where: { caseId: id, kind: { in: [SLA_WARNING, SLA_BREACHED] } } })).toBe(0);
      expect(await db.notification.count({ where: { caseId: id } })).toBe(0);
    }
  });

  it("tells the region's active coordinators, once, when a case breaches", async () => {
    const colleague = await createPerson({ role: "REGIONAL_COORDINATOR", regionCode: "13" });
    const deactivated = await createPerson({ role: "REGIONAL_COORDINATOR", regionCode: "13", active: false });
    const dueAt = addWorkingDays(new Date("2026-11-10T15:00:00Z"), 1);
    const { id, folio } = await createCase({ assigneeId: rodrigo, firstResponseAt: new Date("2026-11-10T15:00:00Z"), resolutionDueAt: dueAt });

    await runSlaWatch(db, NOW);
    await runSlaWatch(db, new Date(NOW.getTime() + 20 * 60_000));

    expect(await eventsOf(id, SLA_BREACHED)).toEqual([{ internal: true, actorId: null, after: { deadline: "RESOLUTION", dueAt: dueAt.toISOString() } }]);
    const notifications = await notificationsOf(id, SLA_BREACHED);
    const recipients = notifications.map((n) => n.userId);
    const activeCoordinators = (await db.user.findMany({ where: { role: "REGIONAL_COORDINATOR", regionCode: "13", active: true }, select: { id: true } })).map((u) => u.id);
    expect(recipients.sort()).toEqual(activeCoordinators.sort());
    expect(recipients).toEqual(expect.arrayContaining([rodrigo, colleague]));
    expect(recipients).not.toContain(deactivated);
    expect(recipients).not.toContain(fernanda);
    expect(new Set(notifications.map((n) => n.title))).toEqual(new Set([`${folio}: venció el plazo de resolución (11-11-2026)`]));
    expect(await eventsOf(id, SLA_WARNING)).toEqual([]);
  });

  it("warns the region's coordinators when nobody is assigned", async () => {
    const { id } = await createCase({ assigneeId: null, status: "INGRESADO", firstResponseDueAt: addWorkingDays(NOW, 1) });
    await runSlaWatch(db, NOW);
    const recipients = (await notificationsOf(id, SLA_WARNING)).map((n) => n.userId);
    expect(recipients).toContain(rodrigo);
    expect(recipients).not.toContain(fernanda);
  });

  it("watches a moved due moment afresh", async () => {
    const first = addWorkingDays(NOW, 1);
    const { id } = await createCase({ assigneeId: rodrigo, firstResponseAt: NOW, resolutionDueAt: first });
    await runSlaWatch(db, NOW);
    await db.case.update({ where: { id }, data: { resolutionDueAt: addWorkingDays(NOW, 6) } });
    const later = new Date("2026-11-25T15:00:00Z");
    await runSlaWatch(db, later);
    expect(await eventsOf(id, SLA_WARNING)).toHaveLength(2);
  });
});
