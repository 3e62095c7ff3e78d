import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { listInbox, inboxFilterSchema, casesByDocument } from "@/lib/cases/inbox";
import { getCaseView, listCases } from "@/lib/cases/queries";
import { caseListSchema } from "@/lib/cases/schemas";
import { demoPeople, insertFixtureCase, type People } from "@/lib/cases/test-fixtures";
import { casesByTypeAndStatus } from "@/lib/coverage/service";
import { db } from "@/lib/db";
import { NotFoundError, RuleError } from "@/lib/errors";
import type { FileStore } from "@/lib/files/store";
import { ANONYMOUS_NAME, REDACTED, REDACTED_NOTE } from "@/lib/jobs/anonymise-expired";
import { parseQuery } from "@/lib/query/parse";
import { lookupSubjectAudit } from "./audit-lookup";
import { activeBlocks, blockSubject, unblockSubject } from "./blocking";
import { eraseSubject } from "./erasure";
import { setLegalHold } from "./legal-hold";
import { subjectDigest } from "./lookup-key";
import { answerRequest, deadlineText, dueOn, dueRequests, registerRequest, santiagoToday } from "./requests";
import { subjectRequestSchema } from "./schemas";
import { lookupSubject } from "./subject";

// Each test file uses its own folio series (see insertFixtureCase).
const SERIES = 2076;
let people: People;
let officer: Viewer;
let coordinator: Viewer;
let admin: Viewer;

beforeAll(async () => {
  people = await demoPeople();
  const all = Object.values(people);
  officer = all.find((p) => p.role === "MUNICIPAL_OFFICER")!;
  coordinator = all.find((p) => p.role === "REGIONAL_COORDINATOR" && p.regionCode === officer.regionCode)!;
  admin = all.find((p) => p.role === "NATIONAL_ADMIN")!;
});

afterAll(async () => {
  await db.$disconnect();
});

const person = (fullName: string, documentNumber: string, extra: Record<string, unknown> = {}) => ({
  fullName,
  documentType: "PASAPORTE" as const,
  documentNumber,
  documentKey: documentNumber.replace(/[.\s-]/g, "").toUpperCase(),
  nationality: "VE",
  relation: "AFECTADA",
  contact: "+56 9 1234 5678",
  ...extra,
});

/** Everything a signed-in person can reach the case by: the list, the inbox and its search, the document search, the case page. */
async function reaches(viewer: Viewer, found: { id: string; folio: string }, document: string): Promise<string[]> {
  const seen: string[] = [];
  const list = await listCases(viewer, parseQuery(caseListSchema, { porPagina: "100" }).values);
  if (list.rows.some((row) => row.id === found.id)) seen.push("lista");
  await getCaseView(viewer, null, found.id).then(
    () => seen.push("ficha"),
    (error: unknown) => expect(error).toBeInstanceOf(NotFoundError),
  );
  if (viewer.role !== "MUNICIPAL_OFFICER") {
    const inbox = await listInbox(viewer, parseQuery(inboxFilterSchema, { vista: "todos", q: found.folio }).values);
    if (inbox.rows.some((row) => row.id === found.id)) seen.push("bandeja");
    if ((await casesByDocument(viewer, document)).some((row) => row.id === found.id)) seen.push("documento");
  }
  return seen;
}

async function figure(regionCode: string): Promise<number> {
  const rows = await casesByTypeAndStatus({ regionCode });
  return rows.find((row) => row.type === "TRATA" && row.status === "DERIVADO")?.count ?? 0;
}

describe("blocking a person's data", () => {
  it("hides their cases from every reader, role and figure until unblocked, audited both ways", async () => {
    const document = `BL-${randomUUID().slice(0, 8)}`;
    const local = await insertFixtureCase(SERIES, {
      municipalityCode: officer.municipalityCode!,
      regionCode: officer.regionCode!,
      type: "TRATA",
      status: "DERIVADO",
      participants: { create: [person("Persona Bloqueada", document)] },
    });
    const bystander = await insertFixtureCase(SERIES, { municipalityCode: officer.municipalityCode!, regionCode: officer.regionCode!, participants: { create: [person("Otra Persona", `OT-${randomUUID().slice(0, 8)}`)] } });
    const everyone = [officer, coordinator, admin];
    for (const viewer of everyone) expect(await reaches(viewer, local, document)).toEqual(viewer.role === "MUNICIPAL_OFFICER" ? ["lista", "ficha"] : ["lista", "ficha", "bandeja", "documento"]);
    const shown = await figure(officer.regionCode!);

    await expect(blockSubject(coordinator, null, { documentNumber: document, reason: "Solicitud de supresión en examen." })).rejects.toBeInstanceOf(NotFoundError);
    expect(await blockSubject(admin, "127.0.0.1", { documentNumber: document.toLowerCase(), reason: "Solicitud de supresión en examen." })).toEqual({ cases: 1 });
    await expect(blockSubject(admin, null, { documentNumber: document, reason: "Solicitud de supresión en examen." })).rejects.toBeInstanceOf(RuleError);

    for (const viewer of everyone) expect(await reaches(viewer, local, document), viewer.role).toEqual([]);
    expect(await figure(officer.regionCode!)).toBe(shown - 1);
    // The bystander's case is untouched; the privacy lookup, which answers the person, still finds them.
    expect(await reaches(officer, bystander, "x")).toEqual(["lista", "ficha"]);
    expect((await lookupSubject(admin, null, document)).map((row) => row.caseId)).toEqual([local.id]);

    // A case filed for the person while blocked is hidden from the moment it exists.
    const later = await insertFixtureCase(SERIES, { municipalityCode: officer.municipalityCode!, regionCode: officer.regionCode!, participants: { create: [person("Persona Bloqueada", document)] } });
    expect(await reaches(coordinator, later, document)).toEqual([]);

    const [block] = (await activeBlocks(admin)).filter((b) => b.cases === 2 && b.reason === "Solicitud de supresión en examen." && document.toUpperCase().endsWith(b.document.replaceAll("•", "")));
    expect(block).toBeDefined();
    expect(block.document).not.toContain(document.toUpperCase());
    expect(await unblockSubject(admin, "127.0.0.1", { blockId: block.id, reason: "La solicitud fue rechazada: el caso sigue en curso." })).toEqual({ cases: 2 });

    for (const viewer of everyone) expect(await reaches(viewer, local, document)).not.toEqual([]);
    expect(await reaches(coordinator, later, document)).toEqual(["lista", "ficha", "bandeja", "documento"]);
    expect(await figure(officer.regionCode!)).toBe(shown);

    const trail = await db.auditEvent.findMany({ where: { entity: "DataSubject", entityId: subjectDigest(document), action: { in: ["privacy.block", "privacy.unblock"] } }, orderBy: { id: "asc" } });
    expect(trail.map((e) => [e.action, e.actorId])).toEqual([
      ["privacy.block", admin.id],
      ["privacy.unblock", admin.id],
    ]);
    expect(JSON.stringify(trail.map(({ id, ...row }) => ({ ...row, id: id.toString() })))).not.toContain(document.toUpperCase());
  });
});

async function register(type: "SUPRESION" | "OPOSICION" | "ACCESO", document: string, receivedOn: string, extra: Record<string, string> = {}) {
  const input = subjectRequestSchema.parse({ type, documentNumber: document, requesterName: "Persona Solicitante", receivedOn, ...extra });
  return registerRequest(admin, null, input);
}

describe("erasure on request", () => {
  const memoryStore = (): FileStore & { deleted: string[] } => {
    const deleted: string[] = [];
    return { deleted, delete: async (key: string) => void deleted.push(key) } as unknown as FileStore & { deleted: string[] };
  };

  it("anonymises every case of the person, keeps the statistics and the trail, and answers the request", async () => {
    const document = `ER-${randomUUID().slice(0, 8)}`;
    const open = await insertFixtureCase(SERIES, {
      type: "VIF_GENERO",
      status: "EN_REVISION",
      summary: "Relato de la persona solicitante",
      description: "Vive en calle Los Aromos 123 con sus hijos.",
      participants: { create: [person("Persona Que Pide Supresión", document, { contact: "pide@example.org" })] },
    });
    await db.caseNote.create({ data: { caseId: open.id, internal: false, body: "Llamó desde el +56 9 8765 4321.", authorId: admin.id, authorName: admin.name } });
    const before = await db.case.findUniqueOrThrow({ where: { id: open.id }, select: { type: true, status: true, municipalityCode: true, submittedAt: true, createdAt: true } });
    await blockSubject(admin, null, { documentNumber: document, reason: "Solicitud de supresión en examen." });
    const { id } = await register("SUPRESION", document, "2026-12-01");
    const store = memoryStore();

    expect(await eraseSubject(admin, "127.0.0.1", id, store)).toEqual({ cases: 1 });

    const after = await db.case.findUniqueOrThrow({ where: { id: open.id }, include: { participants: true, notes: true } });
    expect(after).toMatchObject({ ...before, summary: REDACTED, description: REDACTED, blockedAt: null });
    expect(after.anonymisedAt).not.toBeNull();
    expect(after.participants).toEqual([expect.objectContaining({ fullName: ANONYMOUS_NAME, documentNumber: null, documentKey: null, contact: null, nationality: "VE" })]);
    expect(after.notes.map((n) => n.body)).toEqual([REDACTED_NOTE]);
    for (const leak of [document, "Persona Que Pide", "pide@example.org", "Los Aromos", "8765"]) expect(JSON.stringify(after)).not.toContain(leak);

    const request = await db.subjectRequest.findUniqueOrThrow({ where: { id } });
    expect(request).toMatchObject({ outcome: "ACOGIDA", handledById: admin.id, answeredOn: santiagoToday() });
    expect(await db.subjectBlock.count({ where: { documentKey: document.toUpperCase(), liftedAt: null } })).toBe(0);
    const actions = (await db.auditEvent.findMany({ where: { OR: [{ entityId: open.id }, { entityId: subjectDigest(document) }] }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["privacy.block", "privacy.anonymise", "privacy.unblock", "privacy.erase"]));
  });

  it("is refused in Spanish under a legal hold, and nothing is erased", async () => {
    const document = `LH-${randomUUID().slice(0, 8)}`;
    const first = await insertFixtureCase(SERIES, { participants: { create: [person("Persona Con Retención", document)] } });
    const held = await insertFixtureCase(SERIES, { participants: { create: [person("Persona Con Retención", document)] } });
    await setLegalHold(admin, null, { caseId: held.id, hold: true, reason: "Causa penal en curso, oficio del tribunal." });
    const { id } = await register("SUPRESION", document, "2026-12-02");

    await expect(eraseSubject(admin, null, id, memoryStore())).rejects.toThrow(new RuleError(`No se pueden suprimir los datos: el caso ${held.folio} tiene retención legal. Levante la retención o responda la solicitud como rechazada indicando ese motivo.`));
    const cases = await db.case.findMany({ where: { id: { in: [first.id, held.id] } }, include: { participants: true } });
    expect(cases.map((c) => [c.anonymisedAt, c.participants[0].fullName])).toEqual([
      [null, "Persona Con Retención"],
      [null, "Persona Con Retención"],
    ]);
    expect(await db.subjectRequest.findUniqueOrThrow({ where: { id }, select: { answeredOn: true } })).toEqual({ answeredOn: null });
  });
});

describe("the register of requests", () => {
  it("gives 30 calendar days, lists open requests soonest first and words the overdue ones", async () => {
    expect(dueOn(new Date("2026-12-04T00:00:00Z")).toISOString().slice(0, 10)).toBe("2027-01-03");
    const today = new Date("2026-12-20T00:00:00Z");
    expect(deadlineText(new Date("2026-12-17T00:00:00Z"), today)).toEqual({ text: "Vencida hace 3 días", overdue: true });
    expect(deadlineText(today, today)).toEqual({ text: "Vence hoy", overdue: false });
    expect(deadlineText(new Date("2026-12-21T00:00:00Z"), today)).toEqual({ text: "Vence en 1 día", overdue: false });

    const document = `RQ-${randomUUID().slice(0, 8)}`;
    const late = await register("ACCESO", document, "2026-09-01");
    const recent = await register("OPOSICION", document, "2026-12-01", { purpose: "Envío de comunicaciones del programa" });
    const due = await dueRequests(admin);
    const order = due.map((r) => r.id);
    expect(order.indexOf(late.id)).toBeLessThan(order.indexOf(recent.id));
    const overdue = due.find((r) => r.id === late.id)!;
    expect(deadlineText(overdue.dueOn, santiagoToday()).overdue).toBe(true);

    await answerRequest(admin, null, { id: late.id, outcome: "ACOGIDA", note: "Se entregó la copia de sus datos por correo certificado." });
    expect((await dueRequests(admin)).map((r) => r.id)).not.toContain(late.id);
    await expect(answerRequest(admin, null, { id: late.id, outcome: "RECHAZADA", note: "Segunda respuesta a la misma solicitud." })).rejects.toBeInstanceOf(NotFoundError);
    await expect(dueRequests(coordinator)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses an objection without its purpose and a date in the future", async () => {
    const objection = subjectRequestSchema.safeParse({ type: "OPOSICION", documentNumber: "AB123", requesterName: "Persona", receivedOn: "2026-12-01" });
    expect(objection.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["purpose", "Escriba la finalidad del tratamiento a la que se opone la persona."]]);
    expect(subjectRequestSchema.safeParse({ type: "ACCESO", documentNumber: "AB123", requesterName: "Persona", receivedOn: "2026-02-30" }).success).toBe(false);
    await expect(register("ACCESO", "AB123", "2999-01-01")).rejects.toThrow("La fecha de ingreso no puede ser posterior a hoy.");
  });
});

describe("the audit lookup by person", () => {
  it("finds what was done about the person and records the question under the digest", async () => {
    const document = `AU-${randomUUID().slice(0, 8)}`;
    await insertFixtureCase(SERIES, { participants: { create: [person("Persona Auditada", document)] } });
    await lookupSubject(admin, null, document);
    const rows = await lookupSubjectAudit(admin, null, document.toLowerCase());
    expect(rows.map((r) => r.label)).toEqual(["Búsqueda de datos de una persona (derechos ARCO)"]);
    expect(rows[0].results).toBe(1);
    expect((await lookupSubjectAudit(admin, null, document)).map((r) => r.action)).toEqual(["privacy.auditLookup", "privacy.lookup"]);
    await expect(lookupSubjectAudit(coordinator, null, document)).rejects.toBeInstanceOf(NotFoundError);
  });
});
