import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPeople, freshRun, insertFixtureCase, type People } from "@/lib/cases/test-fixtures";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { LocalFileStore } from "@/lib/files/local-store";
import { ANONYMOUS_NAME, REDACTED, REDACTED_NOTE, runAnonymisation } from "@/lib/jobs/anonymise-expired";
import { setLegalHold } from "./legal-hold";
import { rectifyParticipant } from "./rectification";
import { rectifySchema } from "./schemas";
import { subjectDigest } from "./lookup-key";
import { exportSubject, lookupSubject } from "./subject";

// Each test file uses its own folio series (see insertFixtureCase).
const SERIES = 2098;
let people: People;

beforeAll(async () => {
  people = await demoPeople();
});

afterAll(async () => {
  await db.$disconnect();
});

const person = (fullName: string, documentNumber: string | null, extra: Record<string, unknown> = {}) => ({
  fullName,
  documentType: documentNumber ? ("PASAPORTE" as const) : ("NINGUNO" as const),
  documentNumber,
  documentKey: documentNumber ? documentNumber.replace(/[.\s-]/g, "").toUpperCase() : null,
  nationality: "VE",
  relation: "AFECTADA",
  ...extra,
});

describe("data-subject lookup and export", () => {
  it("exports every row of the person across regions and nothing about the other people of those cases", async () => {
    const document = `PX-${randomUUID().slice(0, 8)}`;
    const canary = `Canario ${randomUUID().slice(0, 6)}`;
    const canaryDocument = `CN-${randomUUID().slice(0, 8)}`;
    const santiago = await insertFixtureCase(SERIES, {
      summary: "Orientación sobre regularización",
      participants: { create: [person("Persona Titular Uno", document.toLowerCase()), person(canary, canaryDocument, { contact: "canario@example.org", relation: "FAMILIAR" })] },
    });
    const antofagasta = await insertFixtureCase(SERIES, {
      municipalityCode: "02101",
      regionCode: "02",
      participants: { create: [person("Persona Titular Dos", document)] },
    });
    await db.caseNote.create({ data: { caseId: santiago.id, internal: true, body: `Nota interna sobre ${canary}`, authorId: people.rodrigo.id, authorName: people.rodrigo.name } });
    await db.caseNote.create({ data: { caseId: santiago.id, internal: false, body: "Se pidió el certificado de nacimiento.", authorId: people.rodrigo.id, authorName: people.rodrigo.name } });
    // Someone else entirely, with another document.
    await insertFixtureCase(SERIES, { participants: { create: [person("Otra Persona Ajena", `ZZ-${randomUUID().slice(0, 8)}`)] } });

    const { body: json } = await exportSubject(people.andrea, "127.0.0.1", ` ${document.replace("-", " - ")} `, "json");
    const parsed = JSON.parse(json) as { registros: { persona: { nombre: string }; caso: { folio: string; region: string; otrasPersonasEnElCaso: number; notasCompartidas: unknown[] } }[] };
    expect(parsed.registros.map((r) => r.caso.folio).sort()).toEqual([santiago.folio, antofagasta.folio].sort());
    expect(parsed.registros.map((r) => r.persona.nombre).sort()).toEqual(["Persona Titular Dos", "Persona Titular Uno"]);
    expect(new Set(parsed.registros.map((r) => r.caso.region)).size).toBe(2);
    expect(parsed.registros.find((r) => r.caso.folio === santiago.folio)).toMatchObject({ caso: { otrasPersonasEnElCaso: 1, notasCompartidas: [expect.objectContaining({ texto: "Se pidió el certificado de nacimiento." })] } });
    for (const leak of [canary, canaryDocument, "canario@example.org", "Otra Persona Ajena", "Nota interna"]) expect(json).not.toContain(leak);

    const { body: csv } = await exportSubject(people.andrea, null, document, "csv");
    expect(csv.trim().split("\n")).toHaveLength(3);
    expect(csv).toContain("Persona Titular Uno");
    expect(csv).not.toContain(canary);
  });

  it("audits a lookup with a keyed digest of the number and the count, never the number itself", async () => {
    const document = `LK-${randomUUID().slice(0, 8)}`;
    await insertFixtureCase(SERIES, { participants: { create: [person("Persona Buscada", document)] } });
    const before = new Date();
    const rows = await lookupSubject(people.andrea, "127.0.0.1", document.toLowerCase());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ fullName: "Persona Buscada", region: "Región Metropolitana de Santiago" });

    const audit = await db.auditEvent.findMany({ where: { action: "privacy.lookup", at: { gte: before } } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: people.andrea.id, entity: "DataSubject", entityId: subjectDigest(document), after: { results: 1 } });
    const stored = JSON.stringify(audit[0], (_, value) => (typeof value === "bigint" ? String(value) : value)).toUpperCase();
    expect(stored).not.toContain(document.toUpperCase());
    expect(stored).not.toContain(document.replace("-", "").toUpperCase());
  });
});

describe("rectification", () => {
  it("keeps every change as a revision and refuses a stale version with the conflict message", async () => {
    const document = freshRun();
    const { id: caseId } = await insertFixtureCase(SERIES, { participants: { create: [person("Nombre Mal Escrito", document.replace(/\./g, ""), { documentType: "RUN" })] } });
    const participant = await db.caseParticipant.findFirstOrThrow({ where: { caseId } });
    const form = (version: number, fullName: string) =>
      rectifySchema.parse({
        id: participant.id,
        version,
        reason: "La persona presentó su cédula con el nombre correcto.",
        "participants.0.fullName": fullName,
        "participants.0.documentType": "RUN",
        "participants.0.documentNumber": document,
        "participants.0.nationality": "VE",
        "participants.0.birthDate": "",
        "participants.0.sexGender": "",
        "participants.0.contact": "",
        "participants.0.relation": "AFECTADA",
      });

    const result = await rectifyParticipant(people.andrea, null, form(1, "Nombre Bien Escrito"));
    expect(result).toEqual({ version: 2, changed: ["fullName"] });
    await expect(rectifyParticipant(people.andrea, null, form(1, "Otro Nombre"))).rejects.toThrow(new ConflictError().message);
    await expect(rectifyParticipant(people.andrea, null, form(1, "Otro Nombre"))).rejects.toBeInstanceOf(ConflictError);

    const stored = await db.caseParticipant.findUniqueOrThrow({ where: { id: participant.id }, include: { revisions: true } });
    expect(stored).toMatchObject({ fullName: "Nombre Bien Escrito", version: 2 });
    expect(stored.revisions).toEqual([expect.objectContaining({ version: 2, before: { fullName: "Nombre Mal Escrito" }, after: { fullName: "Nombre Bien Escrito" }, actorId: people.andrea.id, reason: "La persona presentó su cédula con el nombre correcto." })]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "privacy.rectify", entityId: participant.id }, select: { before: true, after: true } });
    expect(audit.after).toEqual({ version: 2, fields: ["fullName"] });
    expect(JSON.stringify(audit)).not.toContain("Nombre");
  });

  it("refuses a rectification without a reason, next to the field", () => {
    const parsed = rectifySchema.safeParse({ id: randomUUID(), version: 1, reason: "", "participants.0.fullName": "X", "participants.0.documentType": "NINGUNO", "participants.0.relation": "AFECTADA" });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["reason", "participants.0.fullName"]));
  });
});

describe("anonymisation drill", () => {
  // A clock set in the past, so only this file's fixtures are due: the demo cases and other test files'
  // closed cases (all after 1995) stay out of the drill even when test files share the database.
  const NOW = new Date("2000-06-01T12:00:00Z");
  const LONG_AGO = new Date("1990-01-10T12:00:00Z"); // > 60 months before NOW
  const RECENTLY = new Date("1999-01-10T12:00:00Z");

  it("anonymises a case closed past the period, keeps the recent and the held one, and does nothing the second time", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "sello-retention-"));
    const store = new LocalFileStore(dir);
    const closed = (closedAt: Date, extra = {}) => ({ status: "CERRADO" as const, submittedAt: closedAt, closedAt, resolvedAt: closedAt, resolutionText: "Se obtuvo la visa temporaria de Ana.", consentDetail: "Interés superior del niño", ...extra });

    const document = `AN-${randomUUID().slice(0, 8)}`;
    const expired = await insertFixtureCase(SERIES, {
      ...closed(LONG_AGO),
      type: "NNA",
      summary: "Niña Ana sin matrícula",
      description: "Ana, de 9 años, vive con su madre en Melipilla.",
      typeDetails: { acompanado: "si", escolarizado: "no" },
      participants: { create: [person("Ana Ficticia Expirada", document, { birthDate: new Date("2016-04-10"), contact: "+56 9 1234 5678", sexGender: "MUJER" }), person("Madre Ficticia Expirada", `AM-${randomUUID().slice(0, 6)}`, { relation: "REPRESENTANTE" })] },
    });
    const recent = await insertFixtureCase(SERIES, { ...closed(RECENTLY), participants: { create: [person("Persona Reciente", `RC-${randomUUID().slice(0, 6)}`)] } });
    const held = await insertFixtureCase(SERIES, { ...closed(LONG_AGO), participants: { create: [person("Persona Retenida", `HD-${randomUUID().slice(0, 6)}`)] } });
    await setLegalHold(people.andrea, null, { caseId: held.id, hold: true, reason: "Oficio del tribunal de familia en curso." });

    await db.caseNote.create({ data: { caseId: expired.id, internal: false, body: "La madre de Ana trajo el certificado.", authorId: people.carolina.id, authorName: people.carolina.name } });
    await db.caseEvent.create({ data: { caseId: expired.id, kind: "case.resolved", actorName: "Prueba", before: { status: "DERIVADO" }, after: { status: "RESUELTO", outcome: "Regularizado", resolutionText: "Se obtuvo la visa temporaria de Ana." } } });
    await db.auditEvent.create({ data: { action: "case.close", entity: "Case", entityId: expired.id, outcome: "SUCCESS" } });
    const key = randomUUID();
    await writeFile(path.join(dir, key), "%PDF-1.4 datos de Ana");
    const file = await db.storedFile.create({ data: { storageKey: key, originalName: "informe-ana.pdf", contentType: "application/pdf", size: 20, sha256: "0".repeat(64), ownerType: "CaseAttachment", uploadedById: people.carolina.id } });
    await db.caseAttachment.create({ data: { caseId: expired.id, fileId: file.id, addedById: people.carolina.id } });
    const auditBefore = await db.auditEvent.count({ where: { entityId: expired.id } });
    const eventsBefore = await db.caseEvent.count({ where: { caseId: expired.id } });

    const first = await runAnonymisation(db, store, { months: 60, now: NOW, trigger: "schedule" });
    expect(first).toMatchObject({ cases: 1, participants: 2, files: 1, failures: 0 });

    const after = await db.case.findUniqueOrThrow({ where: { id: expired.id }, include: { participants: true, notes: true, attachments: true } });
    expect(after.anonymisedAt).toEqual(NOW);
    expect(after).toMatchObject({ summary: REDACTED, description: REDACTED, resolutionText: null, consentDetail: null, typeDetails: { acompanado: "si", escolarizado: "no" }, type: "NNA", status: "CERRADO", regionCode: "13" });
    expect(after.participants.map((p) => p.fullName)).toEqual([ANONYMOUS_NAME, ANONYMOUS_NAME]);
    expect(after.participants.every((p) => p.documentNumber === null && p.documentKey === null && p.birthDate === null && p.contact === null)).toBe(true);
    expect(after.participants.map((p) => p.nationality)).toEqual(["VE", "VE"]);
    expect(after.notes.map((n) => n.body)).toEqual([REDACTED_NOTE]);
    expect(after.attachments).toEqual([]);
    expect(await db.storedFile.findUnique({ where: { id: file.id } })).toBeNull();
    expect(await readdir(dir)).toEqual([]);

    // Trails survive, minus the free text inside timeline events.
    expect(await db.caseEvent.count({ where: { caseId: expired.id } })).toBe(eventsBefore);
    const resolved = await db.caseEvent.findFirstOrThrow({ where: { caseId: expired.id, kind: "case.resolved" } });
    expect(resolved.after).toEqual({ status: "RESUELTO", outcome: "Regularizado", resolutionText: REDACTED });
    expect(await db.auditEvent.count({ where: { entityId: expired.id } })).toBe(auditBefore + 1);
    const anonymised = await db.auditEvent.findFirstOrThrow({ where: { entityId: expired.id, action: "privacy.anonymise" } });
    expect(anonymised.after).toEqual({ participants: 2, files: 1 });
    const everything = JSON.stringify(await db.case.findUniqueOrThrow({ where: { id: expired.id }, include: { participants: true, notes: true, events: true } }));
    for (const pii of ["Ana", document, "1234 5678", "2016-04-10"]) expect(everything).not.toContain(pii);

    for (const untouched of [recent, held]) {
      const row = await db.case.findUniqueOrThrow({ where: { id: untouched.id }, include: { participants: true } });
      expect(row.anonymisedAt).toBeNull();
      expect(row.resolutionText).toBe("Se obtuvo la visa temporaria de Ana.");
      expect(row.participants[0].fullName).not.toBe(ANONYMOUS_NAME);
    }

    const second = await runAnonymisation(db, store, { months: 60, now: NOW, trigger: "schedule" });
    expect(second).toMatchObject({ cases: 0, participants: 0, files: 0, failures: 0 });
    const runs = await db.retentionRun.findMany({ where: { id: { in: [first.runId, second.runId] } }, orderBy: { startedAt: "asc" } });
    expect(runs.map((r) => [r.trigger, r.cases, r.participants, r.files])).toEqual([["schedule", 1, 2, 1], ["schedule", 0, 0, 0]]);
  });

  it("keeps the timeline append-only outside a declared redaction", async () => {
    const { id } = await insertFixtureCase(SERIES);
    const event = await db.caseEvent.create({ data: { caseId: id, kind: "case.created", actorName: "Prueba", after: { type: "CONSULTA" } } });
    await expect(db.caseEvent.update({ where: { id: event.id }, data: { after: { type: "NNA" } } })).rejects.toThrow(/solo inserción/);
  });
});
