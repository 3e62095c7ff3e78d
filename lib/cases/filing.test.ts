import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCheckDigit } from "@/lib/auth/run";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { addWorkingDays, localDateOf } from "@/lib/sla/working-days";
import { visibleCase } from "./access";
import { createCase, updateDraft } from "./filing";
import { DOCUMENT_CHECKS_MESSAGE, DOCUMENT_CHECKS_PER_WINDOW } from "./document-checks";
import { getCaseView, getDraftForm } from "./queries";
import { createCaseSchema } from "./schemas";
import { demoPeople, draftInput, freshRun, newCaseInput, nnaForm, pdf, type People } from "./test-fixtures";

let people: People;

beforeAll(async () => {
  people = await demoPeople();
});

afterAll(async () => {
  await db.$disconnect();
});

const sequenceNow = async () => (await db.caseSequence.findUnique({ where: { year: Number(localDateOf(new Date()).slice(0, 4)) } }))?.last ?? 0;

describe("filing a case", () => {
  it("saves a draft only its municipality sees, resumes it, and submits it with a folio and due dates", async () => {
    const run = freshRun();
    const draft = await createCase(people.carolina, "203.0.113.5", newCaseInput(run, { intent: "draft", summary: "Primer borrador" }));
    expect(draft).toMatchObject({ status: "BORRADOR", folio: null, version: 1, duplicates: [] });
    const stored = await db.case.findUniqueOrThrow({ where: { id: draft.id }, include: { participants: true } });
    expect(stored).toMatchObject({ municipalityCode: "13501", regionCode: "13", type: "NNA", sensitive: true, priority: "ALTA", suggestedPriority: "ALTA", folio: null, submittedAt: null });
    expect(stored.participants).toEqual([expect.objectContaining({ documentNumber: run.replace(/\./g, ""), documentKey: run.replace(/[.-]/g, ""), nationality: "VE" })]);

    // Until it is submitted, SERMIG and other municipalities do not know it exists.
    for (const outsider of [people.rodrigo, people.andrea, people.javiera]) {
      await expect(visibleCase(db, outsider, draft.id, { id: true })).rejects.toThrow(NotFoundError);
    }

    const resumed = await updateDraft(people.carolina, null, draftInput(draft.id, 1, run, { intent: "draft", summary: "Borrador retomado", "details.acompanado": "no" }));
    expect(resumed).toMatchObject({ status: "BORRADOR", version: 2 });
    const change = await db.caseEvent.findFirstOrThrow({ where: { caseId: draft.id, kind: "case.updated" } });
    expect(change.before).toEqual({ summary: "Primer borrador", priority: "ALTA" });
    expect(change.after).toEqual({ summary: "Borrador retomado", priority: "URGENTE", changed: ["typeDetails"] });

    const before = await sequenceNow();
    const submitted = await updateDraft(people.carolina, null, draftInput(draft.id, 2, run, { "details.acompanado": "no" }));
    expect(submitted.status).toBe("INGRESADO");
    expect(submitted.folio).toBe(`SM-${localDateOf(new Date()).slice(0, 4)}-${String(before + 1).padStart(6, "0")}`);
    const filed = await db.case.findUniqueOrThrow({ where: { id: draft.id } });
    // Unaccompanied child: urgent, and sensitive types answer within one working day.
    expect(filed).toMatchObject({ status: "INGRESADO", priority: "URGENTE", version: submitted.version });
    expect(filed.firstResponseDueAt).toEqual(addWorkingDays(filed.submittedAt!, 1));
    expect(filed.resolutionDueAt).toEqual(addWorkingDays(filed.submittedAt!, 5));
    expect(await visibleCase(db, people.rodrigo, draft.id, { folio: true })).toEqual({ folio: submitted.folio });

    // Events of one transaction share its timestamp, so compare them as a set.
    const kinds = (await db.caseEvent.findMany({ where: { caseId: draft.id } })).map((e) => e.kind).sort();
    expect(kinds).toEqual(["case.created", "case.submitted", "case.updated", "case.updated", "sla.started"]);
    const submittedEvent = await db.caseEvent.findFirstOrThrow({ where: { caseId: draft.id, kind: "case.submitted" } });
    expect(submittedEvent.after).toEqual({ status: "INGRESADO" });
    const audits = await db.auditEvent.findMany({ where: { entityId: draft.id }, orderBy: { id: "asc" }, select: { action: true, ip: true } });
    expect(audits.map((a) => a.action)).toEqual(["case.create", "case.updateDraft", "case.updateDraft", "case.submit"]);
    expect(audits[0].ip).toBe("203.0.113.5");

    // The region's coordinators hear of it; the title names the folio and the type, never the person.
    const notice = await db.notification.findFirstOrThrow({ where: { caseId: draft.id, userId: people.rodrigo.id } });
    expect(notice.title).toBe(`Nuevo caso ${submitted.folio} de Melipilla`);
    expect(notice.title).not.toContain("Persona Ficticia");
  });

  it("files and submits in one step: parallel filings get consecutive folios, each named in its own notices", async () => {
    const before = await sequenceNow();
    const filed = await Promise.all([freshRun(), freshRun(), freshRun()].map((run) => createCase(people.carolina, null, newCaseInput(run))));
    const year = localDateOf(new Date()).slice(0, 4);
    expect(filed.map((f) => f.folio).sort()).toEqual([1, 2, 3].map((n) => `SM-${year}-${String(before + n).padStart(6, "0")}`));
    for (const { id, folio, status } of filed) {
      expect(status).toBe("INGRESADO");
      expect(await db.case.findUniqueOrThrow({ where: { id }, select: { folio: true, status: true } })).toEqual({ folio, status: "INGRESADO" });
      const events = await db.caseEvent.findMany({ where: { caseId: id }, select: { kind: true, after: true } });
      expect(events.map((e) => e.kind).sort()).toEqual(["case.created", "case.submitted", "sla.started"]);
      // The timeline row is written before the folio exists; the page names it there all the same.
      const { timeline, createdByName } = await getCaseView(people.carolina, null, id);
      expect(createdByName).toBe(people.carolina.name);
      expect((await getCaseView(people.rodrigo, null, id)).createdByName).toBe(people.carolina.name);
      expect(timeline.find((item) => item.kind === "event" && item.label === "Caso ingresado a SERMIG")).toMatchObject({ lines: ["Estado: Borrador → Ingresado", `Folio: ${folio}`] });
      const titles = (await db.notification.findMany({ where: { caseId: id } })).map((n) => n.title);
      expect(titles.length).toBeGreaterThan(0);
      expect(new Set(titles)).toEqual(new Set([`Nuevo caso ${folio} de Melipilla`]));
    }
  });

  it("lists a filing's history in the order it happened: the file attached after the draft's creation, before the submission", async () => {
    const filed = await createCase(people.carolina, null, newCaseInput(freshRun(), { archivo: pdf("carta.pdf") }));
    const { timeline } = await getCaseView(people.carolina, null, filed.id);
    const steps = timeline.map((item) => (item.kind === "event" ? item.label : item.kind));
    expect(steps.slice(0, 2)).toEqual(["Borrador creado", "attachment"]);
    // The submission's two events share one moment, so their order between them is not asserted.
    expect(new Set(steps.slice(2))).toEqual(new Set(["Caso ingresado a SERMIG", "Plazos calculados"]));
  });

  it("keeps the draft as it was when the version is stale, and refuses to edit a submitted case", async () => {
    const run = freshRun();
    const draft = await createCase(people.carolina, null, newCaseInput(run, { intent: "draft" }));
    await updateDraft(people.carolina, null, draftInput(draft.id, 1, run, { intent: "draft", summary: "Versión de otra persona" }));
    await expect(updateDraft(people.carolina, null, draftInput(draft.id, 1, run, { intent: "draft", summary: "Versión atrasada" }))).rejects.toThrow(ConflictError);
    expect((await db.case.findUniqueOrThrow({ where: { id: draft.id } })).summary).toBe("Versión de otra persona");

    await updateDraft(people.carolina, null, draftInput(draft.id, 2, run));
    const { version } = await db.case.findUniqueOrThrow({ where: { id: draft.id }, select: { version: true } });
    await expect(updateDraft(people.carolina, null, draftInput(draft.id, version, run))).rejects.toThrow("Este caso ya se ingresó a SERMIG");
  });

  it("lets only the municipality's officers write drafts", async () => {
    const run = freshRun();
    await expect(createCase(people.rodrigo, null, newCaseInput(run))).rejects.toThrow(ForbiddenError);
    const draft = await createCase(people.carolina, null, newCaseInput(run, { intent: "draft" }));
    await expect(updateDraft(people.javiera, null, draftInput(draft.id, 1, run))).rejects.toThrow(NotFoundError);
    await expect(updateDraft(people.rodrigo, null, draftInput(draft.id, 1, run))).rejects.toThrow(ForbiddenError);
    expect((await db.case.findUniqueOrThrow({ where: { id: draft.id } })).version).toBe(1);
  });

  it("files one case for ten parallel sends with one idempotency key, with one folio", async () => {
    const input = newCaseInput(freshRun(), { archivo: pdf() });
    const before = await sequenceNow();
    const results = await Promise.all(Array.from({ length: 10 }, () => createCase(people.carolina, null, input)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.case.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
    expect(await sequenceNow()).toBe(before + 1);
    expect(await db.caseAttachment.count({ where: { caseId: results[0].id } })).toBe(1);
    // A replay later gets the same case, and so does a double click with a draft.
    expect((await createCase(people.carolina, null, input)).id).toBe(results[0].id);
    expect((await createCase(people.carolina, null, input)).folio).toMatch(/^SM-\d{4}-\d{6}$/);
    // Somebody else's key is not a way to reach their case.
    await expect(createCase(people.javiera, null, input)).rejects.toThrow(NotFoundError);
  });

  it("attaches the file sent with the form and refuses a disguised one without filing anything", async () => {
    const input = newCaseInput(freshRun(), { intent: "draft", archivo: pdf("certificado.pdf") });
    const draft = await createCase(people.carolina, null, input);
    const attachment = await db.caseAttachment.findFirstOrThrow({ where: { caseId: draft.id }, include: { file: true } });
    expect(attachment).toMatchObject({ internal: false, file: { ownerType: "CaseAttachment", originalName: "certificado.pdf" } });

    const disguised = newCaseInput(freshRun(), { archivo: new File(["<script>alert(1)</script>"], "informe.pdf", { type: "application/pdf" }) });
    await expect(createCase(people.carolina, null, disguised)).rejects.toThrow(RuleError);
    expect(await db.case.count({ where: { idempotencyKey: disguised.idempotencyKey } })).toBe(0);
  });
});

describe("possible duplicates", () => {
  it("tells the Melipilla officer nothing about a Santiago case with the same document, on saving, submitting or reopening her draft", async () => {
    const run = freshRun();
    const santiago = await createCase(people.javiera, null, newCaseInput(run));
    expect(santiago.status).toBe("INGRESADO");

    // Written differently (no dots), the same document.
    const draft = await createCase(people.carolina, null, newCaseInput(run.replace(/\./g, ""), { intent: "draft" }));
    expect(draft.duplicates).toEqual([]);
    expect(JSON.stringify(draft)).not.toContain(santiago.folio);
    const form = await getDraftForm(people.carolina, null, draft.id);
    expect(form!.duplicates).toEqual([]);
    expect(JSON.stringify(form)).not.toContain(santiago.folio);

    // Submitting is not held back for an acknowledgement either: a wait would say that something exists.
    const filed = await updateDraft(people.carolina, null, draftInput(draft.id, draft.version, run));
    expect(filed).toMatchObject({ status: "INGRESADO", duplicates: [] });
    const page = await getCaseView(people.carolina, null, draft.id);
    expect(page.possibleDuplicates).toBeNull();
    expect(JSON.stringify(page)).not.toContain(santiago.folio);
    expect(JSON.stringify(page)).not.toContain(santiago.id);
  });

  it("flags the other municipality's case to SERMIG on the new case, with its folio and link", async () => {
    const run = freshRun();
    const santiago = await createCase(people.javiera, null, newCaseInput(run));
    const antofagasta = await createCase(people.matias, null, newCaseInput(run));
    const melipilla = await createCase(people.carolina, null, newCaseInput(run));
    expect(melipilla.status).toBe("INGRESADO");

    const coordinator = await getCaseView(people.rodrigo, null, melipilla.id);
    expect(coordinator.possibleDuplicates).toEqual([{ folio: santiago.folio, caseId: santiago.id, municipalityCode: "13101", municipalityName: expect.stringContaining("Santiago") }]);
    // Another region's case is not a duplicate of this one, even for a national admin.
    const admin = await getCaseView(people.andrea, null, melipilla.id);
    expect(admin.possibleDuplicates).toEqual(coordinator.possibleDuplicates);
    expect(JSON.stringify(admin.possibleDuplicates)).not.toContain(antofagasta.folio);

    // Read when shown: once the other case is closed, the flag is gone.
    await db.case.update({ where: { id: santiago.id }, data: { status: "CERRADO", closedAt: new Date() } });
    expect((await getCaseView(people.rodrigo, null, melipilla.id)).possibleDuplicates).toEqual([]);
  });

  it("still warns the officer of her own municipality's open case, with a link, and lets her go on", async () => {
    const run = freshRun();
    const earlier = await createCase(people.carolina, null, newCaseInput(run));
    const santiago = await createCase(people.javiera, null, newCaseInput(run));

    const first = await createCase(people.carolina, null, newCaseInput(run));
    expect(first).toMatchObject({ status: "BORRADOR", folio: null, duplicates: [{ folio: earlier.folio, caseId: earlier.id }] });
    expect((await getDraftForm(people.carolina, null, first.id))!.duplicates).toEqual([{ folio: earlier.folio, caseId: earlier.id }]);

    const goOn = await updateDraft(people.carolina, null, draftInput(first.id, first.version, run, { acknowledgedFolios: earlier.folio }));
    expect(goOn).toMatchObject({ status: "INGRESADO", duplicates: [{ folio: earlier.folio, caseId: earlier.id }] });
    expect(JSON.stringify(goOn)).not.toContain(santiago.folio);
    // SERMIG sees both, its own region's whole picture.
    const flagged = (await getCaseView(people.rodrigo, null, goOn.id)).possibleDuplicates!.map((d) => d.folio);
    expect(flagged.sort()).toEqual([earlier.folio, santiago.folio].sort());
  });

  it("refuses document checks past the limit per person, keeping the draft as it was", async () => {
    const body = 90_000_000 + Math.floor(Math.random() * 9_000_000);
    const officer = await db.user.create({
      data: { run: `${body}-${runCheckDigit(body)}`, name: "Encargada Límite Prueba", role: "MUNICIPAL_OFFICER", municipalityCode: "13501", regionCode: "13" },
      select: { id: true, name: true, role: true, municipalityCode: true, regionCode: true, run: true },
    });
    const run = freshRun();
    const draft = await createCase(officer, null, newCaseInput(run, { intent: "draft" }));
    let version = draft.version;
    for (let i = 1; i < DOCUMENT_CHECKS_PER_WINDOW; i++) {
      version = (await updateDraft(officer, null, draftInput(draft.id, version, freshRun(), { intent: "draft" }))).version;
    }
    const refused = updateDraft(officer, null, draftInput(draft.id, version, freshRun(), { intent: "draft", summary: "Intento de más" }));
    await expect(refused).rejects.toThrow(new RuleError(DOCUMENT_CHECKS_MESSAGE));
    await expect(createCase(officer, null, newCaseInput(freshRun(), { intent: "draft" }))).rejects.toThrow(DOCUMENT_CHECKS_MESSAGE);
    expect(await db.case.findUniqueOrThrow({ where: { id: draft.id }, select: { version: true, summary: true } })).toEqual({ version, summary: "Niña sin regularizar, sin matrícula escolar" });
    // A draft without documents looks nothing up, so it still saves; other people are not affected.
    expect((await createCase(officer, null, newCaseInput("", { intent: "draft", "participants.0.documentNumber": undefined, "participants.0.documentType": "NINGUNO" }))).status).toBe("BORRADOR");
    expect((await createCase(people.carolina, null, newCaseInput(freshRun(), { intent: "draft" }))).status).toBe("BORRADOR");
  });

  it("ignores drafts and closed cases", async () => {
    const run = freshRun();
    await createCase(people.javiera, null, newCaseInput(run, { intent: "draft" }));
    const closed = await createCase(people.javiera, null, newCaseInput(run));
    await db.case.update({ where: { id: closed.id }, data: { status: "CERRADO", closedAt: new Date() } });
    expect((await createCase(people.carolina, null, newCaseInput(run))).status).toBe("INGRESADO");
  });
});

describe("the form's schema", () => {
  it("shows every missing field at once, under the names of the form's inputs", () => {
    const result = createCaseSchema.safeParse({
      ...nnaForm("12.345.678-9"),
      idempotencyKey: randomUUID(),
      summary: "",
      "participants.0.fullName": "",
      "participants.0.relation": "",
      "details.escolarizado": "",
      consentBasis: "BASE_LEGAL",
      consentDetail: "",
    });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(fields).toEqual({
      summary: "Escriba un resumen del caso (al menos 5 caracteres).",
      "participants.0.fullName": "Escriba el nombre de la persona.",
      "participants.0.documentNumber": "El RUN no es válido: revise los números y el dígito verificador.",
      "participants.0.relation": "Elija la relación de la persona con el caso.",
      "details.escolarizado": "Responda esta pregunta.",
      consentDetail: "Indique la base legal que permite compartir los datos sin consentimiento.",
    });
  });

  it("accepts an almost empty draft", () => {
    const draft = createCaseSchema.parse({ idempotencyKey: randomUUID(), intent: "draft", type: "CONSULTA" });
    expect(draft).toMatchObject({ summary: "", description: "", participants: [], details: {}, consentBasis: null, archivo: null });
  });
});
