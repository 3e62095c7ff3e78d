/**
 * A case and its file are one save: a file that fails its check refuses the whole submission, and a
 * save that fails after its file was stored takes the stored bytes back. Also: the form's autosave
 * writes only the officer's own draft.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { transactionWithFiles } from "@/lib/files/transaction";
import { EVIDENCE_POLICY, storeUpload } from "@/lib/files/upload";
import { autosaveCaseDraftAction, createCaseAction, updateCaseDraftAction } from "./actions";
import { createCase } from "./filing";
import { demoPeople, freshRun, newCaseInput, nnaForm, type People, pdf } from "./test-fixtures";

const viewerHolder = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewerHolder.current, requireViewer: async () => viewerHolder.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const MB = 1024 * 1024;
let people: People;
let storeDir: string;
let colleague: Viewer;
const previousStoreDir = process.env.FILE_STORE_DIR;

beforeAll(async () => {
  storeDir = await mkdtemp(path.join(tmpdir(), "sello-case-files-"));
  process.env.FILE_STORE_DIR = storeDir;
  people = await demoPeople();
  // A second officer of Carolina's municipality: she sees Carolina's drafts, but does not own them.
  const user = await db.user.create({
    data: { run: `${freshRun()}`, name: "Persona Ficticia Colega", email: `colega-${randomUUID()}@demo.example`, role: "MUNICIPAL_OFFICER", municipalityCode: "13501", regionCode: "13", active: true },
    select: { id: true, name: true, run: true, role: true, municipalityCode: true, regionCode: true },
  });
  colleague = user;
});

afterAll(async () => {
  await db.user.delete({ where: { id: colleague.id } }).catch(() => {});
  await db.$disconnect();
  if (previousStoreDir === undefined) delete process.env.FILE_STORE_DIR;
  else process.env.FILE_STORE_DIR = previousStoreDir;
  await rm(storeDir, { recursive: true, force: true });
});

function formData(fields: Record<string, unknown>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value instanceof File ? value : String(value));
  return data;
}

const written = async () => ({
  cases: await db.case.count({ where: { municipalityCode: "13501" } }),
  participants: await db.caseParticipant.count(),
  attachments: await db.caseAttachment.count(),
  files: await db.storedFile.count(),
  events: await db.caseEvent.count(),
  blobs: (await readdir(storeDir).catch(() => [])).length,
});

/** PDF bytes padded past the 10 MB limit: the content passes, the size does not. */
function oversizePdf(): File {
  const bytes = new Uint8Array(10 * MB + 1);
  bytes.set(new Uint8Array(Buffer.from("%PDF-1.4\n")));
  return new File([bytes], "informe.pdf", { type: "application/pdf" });
}

type Failure = { ok: false; error: string; fieldErrors?: Record<string, string> };

describe("a case filed with a file that fails its check", () => {
  it.each([
    ["over 10 MB", oversizePdf, /supera 10 MB/],
    ["whose content is not a PDF", () => new File([Buffer.from("<html><script>alert(1)</script></html>")], "informe.pdf", { type: "application/pdf" }), /no corresponde a un PDF/],
  ])("is refused whole when the file is %s: no case, no person, no file, no bytes", async (_label, file, message) => {
    viewerHolder.current = people.carolina;
    const before = await written();
    const result = (await createCaseAction(formData({ idempotencyKey: randomUUID(), ...nnaForm(freshRun()), archivo: file() }))) as Failure;
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.archivo).toMatch(message);
    expect(await written()).toEqual(before);
  });

  it("leaves a draft as it was when its submission brings a refused file", async () => {
    viewerHolder.current = people.carolina;
    const draft = await createCase(people.carolina, null, newCaseInput(freshRun(), { intent: "draft", summary: "Borrador con archivo pendiente" }));
    const before = await written();
    const result = (await updateCaseDraftAction(formData({ id: draft.id, version: draft.version, ...nnaForm(freshRun()), archivo: oversizePdf() }))) as Failure;
    expect(result.fieldErrors?.archivo).toMatch(/supera 10 MB/);
    expect(await written()).toEqual(before);
    expect(await db.case.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, version: true, summary: true } })).toEqual({ status: "BORRADOR", version: 1, summary: "Borrador con archivo pendiente" });
  });

  it("files the case with its file once the file is a valid one", async () => {
    viewerHolder.current = people.carolina;
    const before = await written();
    await expect(createCaseAction(formData({ idempotencyKey: randomUUID(), ...nnaForm(freshRun()), archivo: pdf() }))).rejects.toThrow(/NEXT_REDIRECT/);
    const after = await written();
    expect(after).toMatchObject({ cases: before.cases + 1, attachments: before.attachments + 1, files: before.files + 1, blobs: before.blobs + 1 });
  });
});

describe("a transaction that stored a file and then failed", () => {
  it("deletes the stored bytes with the rolled-back row", async () => {
    const before = await written();
    await expect(
      transactionWithFiles(async (tx) => {
        await storeUpload(tx, pdf(), EVIDENCE_POLICY, people.carolina, "CaseAttachment");
        expect((await readdir(storeDir)).length).toBe(before.blobs + 1);
        throw new Error("later step failed");
      }),
    ).rejects.toThrow("later step failed");
    expect(await written()).toEqual(before);
  });
});

describe("the case form's autosave", () => {
  const draftFields = (overrides: Record<string, unknown> = {}) => ({ ...nnaForm(freshRun(), { intent: "draft", ...overrides }) });

  it("creates the officer's draft from the form's key, then saves it again by id and version", async () => {
    viewerHolder.current = people.carolina;
    const key = randomUUID();
    const first = await autosaveCaseDraftAction(formData({ idempotencyKey: key, ...draftFields({ summary: "Escrito hace un momento" }) }));
    expect(first).toMatchObject({ ok: true, data: { version: 1 } });
    const { id } = (first as { data: { id: string } }).data;
    const second = await autosaveCaseDraftAction(formData({ id, version: 1, ...draftFields({ summary: "Escrito un poco después" }) }));
    expect(second).toMatchObject({ ok: true, data: { id, version: 2 } });
    expect(await db.case.findUniqueOrThrow({ where: { id }, select: { status: true, summary: true, idempotencyKey: true } })).toEqual({ status: "BORRADOR", summary: "Escrito un poco después", idempotencyKey: key });
    // A repeated first save (its answer lost) updates the same draft instead of making a second one.
    const repeated = await autosaveCaseDraftAction(formData({ idempotencyKey: key, ...draftFields({ summary: "Reenviado" }) }));
    expect(repeated).toMatchObject({ ok: true, data: { id, version: 3 } });
  });

  it("never submits and never carries a file", async () => {
    viewerHolder.current = people.carolina;
    const before = await written();
    const submit = (await autosaveCaseDraftAction(formData({ idempotencyKey: randomUUID(), ...nnaForm(freshRun()) }))) as Failure;
    expect(submit.ok).toBe(false);
    const withFile = (await autosaveCaseDraftAction(formData({ idempotencyKey: randomUUID(), ...draftFields(), archivo: pdf() }))) as Failure;
    expect(withFile.ok).toBe(false);
    expect(await written()).toEqual(before);
  });

  it("answers «not found» for another officer's draft, of her municipality or another, and leaves it untouched", async () => {
    viewerHolder.current = people.carolina;
    const key = randomUUID();
    const mine = (await autosaveCaseDraftAction(formData({ idempotencyKey: key, ...draftFields({ summary: "Borrador de Carolina" }) }))) as { data: { id: string } };
    for (const outsider of [colleague, people.javiera]) {
      viewerHolder.current = outsider;
      for (const fields of [{ id: mine.data.id, version: 1 }, { idempotencyKey: key }]) {
        const result = (await autosaveCaseDraftAction(formData({ ...fields, ...draftFields({ summary: "Sobrescrito" }) }))) as Failure;
        expect(result).toEqual({ ok: false, error: "No encontramos ese registro." });
      }
    }
    expect(await db.case.findUniqueOrThrow({ where: { id: mine.data.id }, select: { summary: true, version: true } })).toEqual({ summary: "Borrador de Carolina", version: 1 });
  });
});
