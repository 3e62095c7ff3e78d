/**
 * The officer's "Pendientes" against the database itself: exactly her municipality's cases waiting on
 * it, with the answer deadline; her drafts; agreements due or late; none of another municipality's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerInfoRequest } from "@/lib/cases/conversation";
import { INFO_ANSWER_WORKING_DAYS } from "@/lib/cases/info-answer";
import { demoPeople, insertFixtureCase, type People } from "@/lib/cases/test-fixtures";
import { db } from "@/lib/db";
import { addWorkingDays } from "@/lib/sla/working-days";
import { pendingCount, pendingFor } from "./pending";

let people: People;
let waiting: { id: string };
const DAY = 86_400_000;

beforeAll(async () => {
  people = await demoPeople();
  // Asked ten working days ago: its five days are over.
  const asked = new Date(Date.now() - 15 * DAY);
  waiting = await insertFixtureCase(2083, { status: "REQUIERE_INFO", waitingSince: asked, municipalReference: "DIDECO 3" });
  await db.casePause.create({ data: { caseId: waiting.id, from: asked } });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("the officer's pending items", () => {
  it("are exactly her municipality's cases waiting on it, her drafts and the agreements due or late", async () => {
    const items = (await pendingFor(people.carolina))!;
    const waitingIds = (await db.case.findMany({ where: { municipalityCode: "13501", status: "REQUIERE_INFO" }, select: { id: true } })).map((row) => row.id);
    expect(items.infoRequests.map((item) => item.id).sort()).toEqual(waitingIds.sort());
    const drafts = await db.case.findMany({ where: { municipalityCode: "13501", status: "BORRADOR", createdById: people.carolina.id }, select: { id: true } });
    expect(items.drafts.map((item) => item.id).sort()).toEqual(drafts.map((row) => row.id).sort());

    const fixture = items.infoRequests.find((item) => item.id === waiting.id)!;
    const asked = (await db.case.findUniqueOrThrow({ where: { id: waiting.id }, select: { waitingSince: true } })).waitingSince!;
    expect(fixture).toMatchObject({ municipalReference: "DIDECO 3", deadline: { overdue: true, dueAt: addWorkingDays(asked, INFO_ANSWER_WORKING_DAYS) } });
    expect(fixture.deadline!.workingDaysLeft).toBeLessThan(0);

    // The demo's late agreement of Melipilla (seeded a week past its date).
    const late = await db.visitAgreement.findMany({ where: { municipalityCode: "13501", doneAt: null, dueOn: { lt: new Date() } }, select: { id: true } });
    expect(late.length).toBeGreaterThan(0);
    for (const { id } of late) expect(items.agreements.find((item) => item.id === id)).toMatchObject({ overdue: true });
    // One far ahead is not a pending yet.
    const far = await db.visitAgreement.findMany({ where: { municipalityCode: "13501", doneAt: null, dueOn: { gt: new Date(Date.now() + 10 * DAY) } }, select: { id: true } });
    for (const { id } of far) expect(items.agreements.map((item) => item.id)).not.toContain(id);
    expect(pendingCount(items)).toBe(items.infoRequests.length + items.drafts.length + items.agreements.length + items.trainings.length + items.bulletins.length);
  });

  it("show another municipality's officer none of Melipilla's", async () => {
    const javiera = (await pendingFor(people.javiera))!;
    const melipilla = new Set((await db.case.findMany({ where: { municipalityCode: "13501" }, select: { id: true } })).map((row) => row.id));
    expect([...javiera.infoRequests, ...javiera.drafts].filter((item) => melipilla.has(item.id))).toEqual([]);
    const melipillaAgreements = new Set((await db.visitAgreement.findMany({ where: { municipalityCode: "13501" }, select: { id: true } })).map((row) => row.id));
    expect(javiera.agreements.filter((item) => melipillaAgreements.has(item.id))).toEqual([]);
    expect(await pendingFor(people.rodrigo)).toBeNull();
  });

  it("lose a case once its request for information is answered", async () => {
    await answerInfoRequest(people.carolina, null, { caseId: waiting.id, version: 1, body: "Enviamos lo pedido.", archivo: null });
    const items = (await pendingFor(people.carolina))!;
    expect(items.infoRequests.map((item) => item.id)).not.toContain(waiting.id);
  });
});
