/**
 * The searches by document as the browser calls them, through the action factory: scoped, audited
 * without the number, and limited per person across the inbox and the case list.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { searchCaseListByDocumentAction } from "./actions";
import { DOCUMENT_SEARCHES_MESSAGE, DOCUMENT_SEARCHES_PER_WINDOW } from "./document-checks";
import { demoPeople, insertFixtureCase, type People } from "./test-fixtures";
import { searchByDocumentAction } from "./triage-actions";

const viewerHolder = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewerHolder.current, requireViewer: async () => viewerHolder.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

// Fixtures of their own (folios SM-2086-…).
const DOCUMENT = "P86000001";
let people: People;
let melipillaCase: string;
let santiagoCase: string;

const withDocument = (municipalityCode: string) =>
  insertFixtureCase(2086, {
    municipalityCode,
    regionCode: "13",
    participants: { create: [{ fullName: "Persona Ficticia 8600", documentType: "PASAPORTE", documentNumber: DOCUMENT, documentKey: DOCUMENT, relation: "AFECTADA" }] },
  });

const form = (documento: string) => {
  const data = new FormData();
  data.set("documento", documento);
  return data;
};

beforeAll(async () => {
  people = await demoPeople();
  melipillaCase = (await withDocument("13501")).id;
  santiagoCase = (await withDocument("13101")).id;
});

describe("the case list's search by document", () => {
  it("finds only the officer's own municipality's cases, and audits the cases found without the number", async () => {
    viewerHolder.current = people.carolina;
    const since = new Date();
    const result = await searchCaseListByDocumentAction(null, form("p-8600.0001"));
    expect(result?.ok && result.data.map((row) => row.id)).toEqual([melipillaCase]);
    const audits = await db.auditEvent.findMany({ where: { action: "case.documentSearch", actorId: people.carolina.id, at: { gte: since } }, select: { after: true } });
    expect(audits.map((a) => a.after)).toEqual([{ resultados: 1, casos: [{ id: melipillaCase, folio: expect.stringMatching(/^SM-2086-/) }] }]);
    expect(JSON.stringify(audits)).not.toMatch(/8600/);

    viewerHolder.current = people.javiera;
    const other = await searchCaseListByDocumentAction(null, form(DOCUMENT));
    expect(other?.ok && other.data.map((row) => row.id)).toEqual([santiagoCase]);
  });

  it("answers a malformed number next to the field", async () => {
    viewerHolder.current = people.carolina;
    const result = await searchCaseListByDocumentAction(null, form("%_'"));
    expect(result).toMatchObject({ ok: false, fieldErrors: { documento: "Escriba el número con letras, números, puntos o guiones." } });
  });

  it("limits searches per person across the inbox and the list, before anything is read", async () => {
    const coordinator = await db.user.create({ data: { run: `9${Date.now() % 10_000_000}-1`, name: "Prueba límite", role: "REGIONAL_COORDINATOR", regionCode: "13" }, select: { id: true, name: true, run: true, role: true, municipalityCode: true, regionCode: true } });
    viewerHolder.current = coordinator;
    for (let i = 0; i < DOCUMENT_SEARCHES_PER_WINDOW; i++) expect((await searchByDocumentAction(null, form(`X${randomUUID().slice(0, 8)}`)))?.ok).toBe(true);
    // Counted rather than timed: the last allowed search can be written in the same millisecond.
    const audited = () => db.auditEvent.count({ where: { action: "case.documentSearch", actorId: coordinator.id } });
    const before = await audited();
    expect(await searchCaseListByDocumentAction(null, form(DOCUMENT))).toEqual({ ok: false, error: DOCUMENT_SEARCHES_MESSAGE, fieldErrors: { documento: DOCUMENT_SEARCHES_MESSAGE } });
    expect(await searchByDocumentAction(null, form(DOCUMENT))).toMatchObject({ ok: false, error: DOCUMENT_SEARCHES_MESSAGE });
    expect(await audited()).toBe(before);
  });
});
