/**
 * The coordinator's case actions as an attacker reaches them: any body, through the action factory.
 * Bad input comes back as Spanish field errors, never a 500, and nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { createCase } from "./filing";
import { demoPeople, freshRun, newCaseInput } from "./test-fixtures";
import {
  addInternalNoteAction,
  assignCaseAction,
  bulkAssignAction,
  bulkStatusAction,
  changeCasePriorityAction,
  changeCaseStatusAction,
  saveSlaTableAction,
} from "./triage-actions";

const viewerHolder = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewerHolder.current, requireViewer: async () => viewerHolder.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const MEGABYTE = "x".repeat(1024 * 1024);
const HOSTILE = ["'; DROP TABLE \"case\"; --", "<script>alert('xss')</script>", "1' OR '1'='1", "../../etc/passwd", MEGABYTE];
const ENGLISH = /\b(Invalid|expected|received|Unrecognized|Required|must|String|Error|at )\b/;

let target: { id: string; version: number };
let people: Awaited<ReturnType<typeof demoPeople>>;

beforeAll(async () => {
  people = await demoPeople();
  target = await createCase(people.carolina, null, newCaseInput(freshRun()));
});

afterAll(async () => {
  await db.$disconnect();
});

const written = async () => ({
  notes: await db.caseNote.count(),
  events: await db.caseEvent.count(),
  audit: await db.auditEvent.count(),
  pauses: await db.casePause.count(),
  policies: await db.slaPolicy.count(),
  target: await db.case.findUniqueOrThrow({ where: { id: target.id }, select: { version: true, status: true, priority: true, assigneeId: true } }),
});

type Result = { ok: boolean; error?: string; fieldErrors?: Record<string, string> };

async function expectRefused(action: (input: unknown) => Promise<unknown>, input: unknown, label: string) {
  const result = (await action(input)) as Result;
  expect(result.ok, label).toBe(false);
  expect(result.error, label).toBe("Revise los datos marcados.");
  const messages = Object.values(result.fieldErrors ?? {});
  expect(messages.length, label).toBeGreaterThan(0);
  for (const message of messages) expect(message, label).not.toMatch(ENGLISH);
}

describe("triage actions refuse bad input in Spanish and write nothing", () => {
  it("assign, priority, status, internal note and bulk", async () => {
    viewerHolder.current = people.rodrigo;
    const before = await written();
    const ref = { caseId: target.id, version: String(target.version) };
    const cases: [string, (input: unknown) => Promise<unknown>, unknown][] = [
      ["assign sin caso", assignCaseAction, {}],
      ["assign campo extra", assignCaseAction, { ...ref, assigneeId: "", municipalityCode: "02101" }],
      ["assign versión negativa", assignCaseAction, { ...ref, version: "-1", assigneeId: "" }],
      ["assign responsable enorme", assignCaseAction, { ...ref, assigneeId: MEGABYTE }],
      ["prioridad desconocida", changeCasePriorityAction, { ...ref, priority: "MAXIMA" }],
      ["prioridad tipo incorrecto", changeCasePriorityAction, { ...ref, priority: 7 }],
      ["estado desconocido", changeCaseStatusAction, { ...ref, transition: "borrar" }],
      ["nota vacía", addInternalNoteAction, { caseId: target.id, body: "" }],
      ["nota de 1 MB", addInternalNoteAction, { caseId: target.id, body: MEGABYTE }],
      ["masivo sin selección", bulkAssignAction, { assigneeId: "" }],
      ["masivo selección falsa", bulkStatusAction, { casos: ["1;DROP TABLE case:1"], transition: "close" }],
    ];
    for (const hostile of HOSTILE) {
      cases.push([`caso hostil ${hostile.slice(0, 20)}`, changeCasePriorityAction, { caseId: hostile, version: "1", priority: "ALTA" }]);
      cases.push([`versión hostil ${hostile.slice(0, 20)}`, assignCaseAction, { caseId: target.id, version: hostile, assigneeId: "" }]);
    }
    for (const [label, action, input] of cases) await expectRefused(action, input, label);
    expect(await written()).toEqual(before);
  });

  it("the SLA table", async () => {
    viewerHolder.current = people.andrea;
    const before = await written();
    await expectRefused(saveSlaTableAction, {}, "tabla vacía");
    await expectRefused(saveSlaTableAction, { cualquiera: "1" }, "campo extra");
    await expectRefused(saveSlaTableAction, { cualquiera: MEGABYTE }, "campo enorme");
    expect(await written()).toEqual(before);
  });
});
