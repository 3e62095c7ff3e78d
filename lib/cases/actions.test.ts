/**
 * The case actions as a browser (or an attacker) reaches them: through the action factory, with
 * whatever body they like. Bad input must come back as Spanish field errors and write nothing.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { addCaseAttachmentAction, addCaseNoteAction, answerCaseInfoAction, createCaseAction, updateCaseDraftAction } from "./actions";
import { createCase } from "./filing";
import { demoPeople, freshRun, newCaseInput, nnaForm, pdf } from "./test-fixtures";

const viewerHolder = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewerHolder.current, requireViewer: async () => viewerHolder.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const MEGABYTE = "x".repeat(1024 * 1024);
const HOSTILE = ["'; DROP TABLE \"case\"; --", "<script>alert('xss')</script>", "<img src=x onerror=alert(1)>", "1' OR '1'='1", "../../etc/passwd", "\u0000"];

let draft: { id: string; version: number };
let filed: { id: string; version: number };

beforeAll(async () => {
  const people = await demoPeople();
  viewerHolder.current = people.carolina;
  draft = await createCase(people.carolina, null, newCaseInput(freshRun(), { intent: "draft" }));
  filed = await createCase(people.carolina, null, newCaseInput(freshRun()));
});

afterAll(async () => {
  await db.$disconnect();
});

const written = async () => ({
  cases: await db.case.count(),
  participants: await db.caseParticipant.count(),
  notes: await db.caseNote.count(),
  attachments: await db.caseAttachment.count(),
  files: await db.storedFile.count(),
  events: await db.caseEvent.count(),
  audit: await db.auditEvent.count(),
  versions: (await db.case.findMany({ where: { id: { in: [draft.id, filed.id] } }, select: { version: true }, orderBy: { id: "asc" } })).map((c) => c.version),
});

type Result = { ok: boolean; error?: string; fieldErrors?: Record<string, string> };

// Zod's own English wording, or a stack trace, must never reach a person.
const ENGLISH = /\b(Invalid|expected|received|Unrecognized|Required|must|String|Error|at )\b/;

function expectRefusedInSpanish(result: Result, label: string) {
  expect(result.ok, label).toBe(false);
  expect(result.error, label).toBe("Revise los datos marcados.");
  const messages = Object.values(result.fieldErrors ?? {});
  expect(messages.length, label).toBeGreaterThan(0);
  for (const message of messages) expect(message, label).not.toMatch(ENGLISH);
}

const formData = (fields: Record<string, unknown>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value instanceof File ? value : String(value));
  return data;
};

describe("case actions refuse bad input in Spanish and write nothing", () => {
  it("createCase", async () => {
    const valid = { idempotencyKey: randomUUID(), ...nnaForm(freshRun()) };
    const attempts: [string, Record<string, unknown>][] = [
      ["vacío", {}],
      ["texto de 1 MB", { ...valid, summary: MEGABYTE, description: MEGABYTE, "participants.0.fullName": MEGABYTE }],
      ["campos de más", { ...valid, municipalityCode: "13101", status: "RESUELTO", folio: "SM-2026-000001", version: "9" }],
      ["persona de más", { ...valid, "participants.11.fullName": "Persona Ficticia" }],
      ["pregunta de otro tipo", { ...valid, "details.riesgoInminente": "si" }],
      ["clave malformada", { ...valid, idempotencyKey: "123" }],
      ["fecha imposible", { ...valid, "participants.0.birthDate": "2020-13-45" }],
      ["nacimiento futuro", { ...valid, "participants.0.birthDate": "2999-01-01" }],
      ["archivo que no es archivo", { ...valid, archivo: "C:\\fakepath\\x.pdf" }],
      // Both once crashed the schema (found by tests/integration/hostile-input.test.ts).
      ["tipo con nombre de propiedad de objeto", { ...valid, type: "__proto__" }],
      ["tipo constructor", { ...valid, type: "constructor" }],
      ...HOSTILE.flatMap((payload): [string, Record<string, unknown>][] => [
        [`tipo ${payload}`, { ...valid, type: payload }],
        [`clave ${payload}`, { ...valid, idempotencyKey: payload }],
        [`nombre ${payload}`, { ...valid, "participants.0.fullName": payload }],
        [`documento ${payload}`, { ...valid, "participants.0.documentType": "PASAPORTE", "participants.0.documentNumber": payload }],
        [`nacionalidad ${payload}`, { ...valid, "participants.0.nationality": payload }],
        [`relación ${payload}`, { ...valid, "participants.0.relation": payload }],
        [`consentimiento ${payload}`, { ...valid, consentBasis: payload }],
        [`folios ${payload}`, { ...valid, acknowledgedFolios: payload }],
        [`intención ${payload}`, { ...valid, intent: payload }],
      ]),
    ];
    const before = await written();
    for (const [label, fields] of attempts) {
      expectRefusedInSpanish((await createCaseAction(formData(fields))) as Result, `${label} (formulario)`);
      expectRefusedInSpanish((await createCaseAction(fields)) as Result, `${label} (objeto)`);
    }
    const draftWithNullPerson = { ...(newCaseInput(freshRun(), { intent: "draft" }) as Record<string, unknown>), participants: [null] };
    expectRefusedInSpanish((await createCaseAction(draftWithNullPerson)) as Result, "persona nula");
    expect(await written()).toEqual(before);
  });

  it("updateCaseDraft", async () => {
    const valid = { id: draft.id, version: String(draft.version), ...nnaForm(freshRun()) };
    const attempts: [string, Record<string, unknown>][] = [
      ["vacío", {}],
      ["texto de 1 MB", { ...valid, description: MEGABYTE }],
      ["campos de más", { ...valid, municipalityCode: "13101", createdById: "otra" }],
      ["versión no numérica", { ...valid, version: "uno" }],
      ...HOSTILE.flatMap((payload): [string, Record<string, unknown>][] => [
        [`id ${payload}`, { ...valid, id: payload }],
        [`versión ${payload}`, { ...valid, version: payload }],
        [`contacto ${payload}`, { ...valid, "participants.0.contact": payload }],
      ]),
    ];
    const before = await written();
    for (const [label, fields] of attempts) expectRefusedInSpanish((await updateCaseDraftAction(formData(fields))) as Result, label);
    expect(await written()).toEqual(before);
  });

  it("addCaseNote, addCaseAttachment and answerCaseInfoRequest", async () => {
    const attempts: [string, (data: FormData) => Promise<unknown>, Record<string, unknown>][] = [
      ["nota vacía", addCaseNoteAction, { caseId: filed.id, body: "" }],
      ["nota de 1 MB", addCaseNoteAction, { caseId: filed.id, body: MEGABYTE }],
      ["nota con campos de más", addCaseNoteAction, { caseId: filed.id, body: "Hola", authorName: "SERMIG", internal: "1", authorId: "x" }],
      ["nota con marca interna inválida", addCaseNoteAction, { caseId: filed.id, body: "Hola", internal: "quizás" }],
      ["archivo ausente", addCaseAttachmentAction, { caseId: filed.id }],
      ["archivo con campos de más", addCaseAttachmentAction, { caseId: filed.id, archivo: pdf(), fileId: randomUUID() }],
      ["respuesta sin versión", answerCaseInfoAction, { caseId: filed.id, body: "Respuesta" }],
      ["respuesta de 1 MB", answerCaseInfoAction, { caseId: filed.id, version: "2", body: MEGABYTE }],
      ["respuesta con estado", answerCaseInfoAction, { caseId: filed.id, version: "2", body: "Respuesta", status: "RESUELTO" }],
      ...HOSTILE.flatMap((payload): [string, (data: FormData) => Promise<unknown>, Record<string, unknown>][] => [
        [`nota en caso ${payload}`, addCaseNoteAction, { caseId: payload, body: "Hola" }],
        [`archivo en caso ${payload}`, addCaseAttachmentAction, { caseId: payload, archivo: pdf() }],
        [`respuesta en caso ${payload}`, answerCaseInfoAction, { caseId: payload, version: "2", body: "Respuesta" }],
        [`versión ${payload}`, answerCaseInfoAction, { caseId: filed.id, version: payload, body: "Respuesta" }],
      ]),
    ];
    const before = await written();
    for (const [label, action, fields] of attempts) expectRefusedInSpanish((await action(formData(fields))) as Result, label);
    expect(await written()).toEqual(before);
  });

  it("stores hostile text in free-text fields as plain text, to be shown escaped", async () => {
    const result = (await addCaseNoteAction(formData({ caseId: filed.id, body: "<script>alert('x')</script> '; DROP TABLE case; --" }))) as Result & { data?: { id: string } };
    expect(result.ok).toBe(true);
    expect((await db.caseNote.findUniqueOrThrow({ where: { id: result.data!.id } })).body).toBe("<script>alert('x')</script> '; DROP TABLE case; --");
  });
});
