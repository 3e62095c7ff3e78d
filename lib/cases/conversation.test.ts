import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { findDownloadableFile } from "@/lib/files/access";
import { addAttachment, addNote, answerInfoRequest } from "./conversation";
import { createCase } from "./filing";
import { getCaseView, getDraftForm, listCases } from "./queries";
import { parseQuery } from "@/lib/query/parse";
import { caseListSchema } from "./schemas";
import { demoPeople, freshRun, newCaseInput, pdf, type People } from "./test-fixtures";

let people: People;
/** Carolina's submitted NNA case, with a shared and an internal note and file of each kind. */
let nna: { id: string; folio: string; sharedFile: string; internalFile: string };
let consulta: string;

const CANARY = "ZZCANARY-INTERNA";

beforeAll(async () => {
  people = await demoPeople();
  const filed = await createCase(people.carolina, null, newCaseInput(freshRun(), { archivo: pdf("ficha.pdf") }));
  await addNote(people.rodrigo, null, { caseId: filed.id, body: `Nota interna ${CANARY}`, internal: true });
  await addNote(people.rodrigo, null, { caseId: filed.id, body: "¿Tiene la niña matrícula provisoria?", internal: false });
  await addAttachment(people.rodrigo, null, { caseId: filed.id, archivo: pdf(`${CANARY}.pdf`), internal: true });
  const files = await db.caseAttachment.findMany({ where: { caseId: filed.id }, select: { internal: true, fileId: true } });
  nna = { id: filed.id, folio: filed.folio!, sharedFile: files.find((f) => !f.internal)!.fileId, internalFile: files.find((f) => f.internal)!.fileId };
  consulta = (
    await createCase(
      people.carolina,
      null,
      newCaseInput(freshRun(), { type: "CONSULTA", "details.acompanado": undefined, "details.escolarizado": undefined, consentBasis: "CONSENTIMIENTO", consentDetail: "" }),
    )
  ).id;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("who reaches a case", () => {
  it("gives another municipality's officer and another region's coordinator the same NotFoundError everywhere", async () => {
    for (const outsider of [people.javiera, people.fernanda, people.matias]) {
      await expect(getCaseView(outsider, null, nna.id)).rejects.toThrow(NotFoundError);
      await expect(addNote(outsider, null, { caseId: nna.id, body: "Hola", internal: false })).rejects.toThrow(NotFoundError);
      await expect(addAttachment(outsider, null, { caseId: nna.id, archivo: pdf(), internal: false })).rejects.toThrow(NotFoundError);
      expect(await findDownloadableFile(outsider, nna.sharedFile)).toBeNull();
    }
    await expect(answerInfoRequest(people.javiera, null, { caseId: nna.id, version: 1, body: "Respuesta", archivo: null })).rejects.toThrow(NotFoundError);
    await expect(getDraftForm(people.javiera, null, nna.id)).rejects.toThrow(NotFoundError);
    await expect(getCaseView(people.carolina, null, "no-es-un-id")).rejects.toThrow(NotFoundError);
    expect(await db.caseNote.count({ where: { caseId: nna.id } })).toBe(2);
  });

  it("lets the region's coordinator and the national admin in, and the municipality download its shared files only", async () => {
    expect((await getCaseView(people.rodrigo, null, nna.id)).folio).toBe(nna.folio);
    expect((await getCaseView(people.andrea, null, nna.id)).folio).toBe(nna.folio);
    expect(await findDownloadableFile(people.carolina, nna.sharedFile)).toMatchObject({ ownerType: "CaseAttachment", municipalityCode: "13501" });
    expect(await findDownloadableFile(people.rodrigo, nna.internalFile)).toMatchObject({ ownerType: "CaseAttachment" });
    expect(await findDownloadableFile(people.carolina, nna.internalFile)).toBeNull();
  });

  it("keeps a draft's files with its municipality", async () => {
    const draft = await createCase(people.carolina, null, newCaseInput(freshRun(), { intent: "draft", archivo: pdf() }));
    const { fileId } = await db.caseAttachment.findFirstOrThrow({ where: { caseId: draft.id } });
    expect(await findDownloadableFile(people.carolina, fileId)).not.toBeNull();
    expect(await findDownloadableFile(people.rodrigo, fileId)).toBeNull();
    expect(await findDownloadableFile(people.andrea, fileId)).toBeNull();
    await expect(addNote(people.carolina, null, { caseId: draft.id, body: "Nota en borrador", internal: false })).rejects.toThrow(RuleError);
  });
});

describe("internal material", () => {
  it("never reaches the municipality: no internal note, event or file in what its queries return", async () => {
    const officerView = await getCaseView(people.carolina, null, nna.id);
    expect(officerView.timeline.some((item) => item.internal)).toBe(false);
    expect(JSON.stringify(officerView)).not.toContain(CANARY);
    expect(officerView.timeline.filter((item) => item.kind === "note").map((item) => item.kind === "note" && item.body)).toEqual(["¿Tiene la niña matrícula provisoria?"]);
    expect(officerView.timeline.filter((item) => item.kind === "attachment")).toHaveLength(1);

    const staffView = await getCaseView(people.rodrigo, null, nna.id);
    expect(JSON.stringify(staffView)).toContain(CANARY);
    expect(staffView.timeline.filter((item) => item.internal).map((item) => item.kind).sort()).toEqual(["attachment", "note"]);
  });

  it("refuses internal notes and files from officers", async () => {
    await expect(addNote(people.carolina, null, { caseId: nna.id, body: "Intento", internal: true })).rejects.toThrow(ForbiddenError);
    await expect(addAttachment(people.carolina, null, { caseId: nna.id, archivo: pdf(), internal: true })).rejects.toThrow(ForbiddenError);
  });

  it("does not move the municipality's 'last update' with internal work", async () => {
    const before = (await db.case.findUniqueOrThrow({ where: { id: nna.id } })).updatedAt;
    await addNote(people.rodrigo, null, { caseId: nna.id, body: "Otra nota interna", internal: true });
    expect((await db.case.findUniqueOrThrow({ where: { id: nna.id } })).updatedAt).toEqual(before);
  });
});

describe("sensitive cases", () => {
  const views = (entityId: string) => db.auditEvent.count({ where: { action: "case.viewSensitive", entityId } });

  it("audits every view of a sensitive case, by anyone, and no view of the others", async () => {
    const start = await views(nna.id);
    await getCaseView(people.carolina, "198.51.100.7", nna.id);
    await getCaseView(people.rodrigo, null, nna.id);
    expect(await views(nna.id)).toBe(start + 2);
    const row = await db.auditEvent.findFirstOrThrow({ where: { action: "case.viewSensitive", entityId: nna.id, actorId: people.carolina.id }, orderBy: { id: "desc" } });
    expect(row).toMatchObject({ ip: "198.51.100.7", municipalityCode: "13501", regionCode: "13", before: null, after: null });

    await getCaseView(people.carolina, null, consulta);
    expect(await views(consulta)).toBe(0);
  });

  it("leaves participants and a sensitive narrative out of the list", async () => {
    const { rows } = await listCases(people.carolina, caseListSchema.parse({ porPagina: "100" }));
    const mine = rows.find((row) => row.id === nna.id)!;
    expect(mine).toMatchObject({ folio: nna.folio, sensitive: true, summary: null });
    expect(rows.find((row) => row.id === consulta)!.summary).toBe("Niña sin regularizar, sin matrícula escolar");
    expect(JSON.stringify(rows)).not.toContain("Persona Ficticia");
  });
});

describe("the case list", () => {
  it("shows an officer their municipality's cases, drafts included, and a coordinator the region's submitted ones", async () => {
    const draft = await createCase(people.carolina, null, newCaseInput(freshRun(), { intent: "draft" }));
    const all = async (viewer: People[keyof People]) => {
      const first = await listCases(viewer, caseListSchema.parse({ porPagina: "100" }));
      const pages = await Promise.all(Array.from({ length: first.pageCount - 1 }, (_, i) => listCases(viewer, caseListSchema.parse({ porPagina: "100", pagina: String(i + 2) }))));
      return { total: first.total, rows: [first, ...pages].flatMap((page) => page.rows) };
    };
    const officer = await all(people.carolina);
    expect(officer.rows).toHaveLength(officer.total);
    expect(officer.total).toBe(await db.case.count({ where: { municipalityCode: "13501" } }));
    expect(officer.rows.map((row) => row.id)).toContain(draft.id);

    const coordinator = await all(people.rodrigo);
    expect(coordinator.total).toBe(await db.case.count({ where: { regionCode: "13", status: { not: "BORRADOR" } } }));
    expect(coordinator.rows.map((row) => row.id)).not.toContain(draft.id);

    const drafts = await listCases(people.carolina, caseListSchema.parse({ estado: "BORRADOR", porPagina: "100" }));
    expect(drafts.rows.every((row) => row.status === "BORRADOR")).toBe(true);
    expect((await listCases(people.rodrigo, caseListSchema.parse({ estado: "BORRADOR" }))).total).toBe(0);
  });

  it("reads nonsense in the query string as no filter", () => {
    expect(parseQuery(caseListSchema, { estado: "'; DROP TABLE case; --", pagina: "-3", porPagina: "100000" }).values).toEqual({ estado: undefined, pagina: 1, porPagina: 25 });
  });
});

describe("answering a request for information", () => {
  it("adds a shared note, returns the case to review, closes the pause and tells the assignee", async () => {
    const filed = await createCase(people.carolina, null, newCaseInput(freshRun()));
    const askedAt = new Date(Date.now() - 2 * 86_400_000);
    // What the coordinator's "pedir información" leaves behind (lib/cases/triage.ts).
    await db.case.update({ where: { id: filed.id }, data: { status: "REQUIERE_INFO", waitingSince: askedAt, assigneeId: people.rodrigo.id, version: { increment: 1 } } });
    await db.casePause.create({ data: { caseId: filed.id, from: askedAt } });
    const { version, resolutionDueAt } = await db.case.findUniqueOrThrow({ where: { id: filed.id } });

    await expect(answerInfoRequest(people.carolina, null, { caseId: filed.id, version: version - 1, body: "Respuesta atrasada", archivo: null })).rejects.toThrow("Otra persona modificó este caso");
    await answerInfoRequest(people.carolina, null, { caseId: filed.id, version, body: "Adjuntamos el certificado de nacimiento.", archivo: pdf("certificado.pdf") });

    const after = await db.case.findUniqueOrThrow({ where: { id: filed.id }, include: { pauses: true, notes: true, attachments: true } });
    expect(after).toMatchObject({ status: "EN_REVISION", waitingSince: null, version: version + 1 });
    expect(after.pauses).toHaveLength(1);
    expect(after.pauses[0].to).not.toBeNull();
    expect(after.notes.map((n) => [n.body, n.internal])).toEqual([["Adjuntamos el certificado de nacimiento.", false]]);
    expect(after.attachments).toHaveLength(1);
    // The clock did not run while SERMIG waited: the deadline moves back by the working days of the wait.
    expect(after.resolutionDueAt!.getTime()).toBeGreaterThanOrEqual(resolutionDueAt!.getTime());
    const kinds = (await db.caseEvent.findMany({ where: { caseId: filed.id, internal: false } })).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["case.infoAnswered", "sla.resumed", "attachment.added"]));
    const notice = await db.notification.findFirstOrThrow({ where: { caseId: filed.id, kind: "CASE_INFO_ANSWERED" } });
    expect(notice).toMatchObject({ userId: people.rodrigo.id, title: `${filed.folio}: Melipilla respondió la solicitud de información` });

    await expect(answerInfoRequest(people.carolina, null, { caseId: filed.id, version: version + 1, body: "Otra vez", archivo: null })).rejects.toThrow(RuleError);
    await expect(answerInfoRequest(people.rodrigo, null, { caseId: filed.id, version: version + 1, body: "Otra vez", archivo: null })).rejects.toThrow(ForbiddenError);
  });
});
