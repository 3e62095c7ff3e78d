import "server-only";
import { randomBytes } from "node:crypto";
import { type AuditEntry, recordAudits } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { isoDay } from "@/lib/format";
import { transactionWithFiles } from "@/lib/files/transaction";
import { type CheckedUpload, checkUpload, EVIDENCE_POLICY } from "@/lib/files/upload";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/notifications/notify";
import { localDateOf } from "@/lib/sla/working-days";
import { territoryNames } from "@/lib/territory/names";
import { CASE_CONFLICT, CASE_TRANSACTION, visibleCase } from "./access";
import { CASE_TYPES } from "./catalogue";
import { attachFile } from "./conversation";
import { consumeDocumentCheck } from "./document-checks";
import { type Duplicate, ownDuplicates } from "./duplicates";
import { PARTICIPANT_FIELDS, participantFieldsSelect, participantRow } from "./participant-fields";
import type { AutosaveInput, CaseFormInput, CreateCaseInput, ParticipantInput, UpdateDraftInput } from "./schemas";
import { computeDueDates } from "./sla";
import { type CaseEventEntry, recordCaseEvents } from "./timeline";

type Tx = Prisma.TransactionClient;

export type FilingResult = { id: string; status: CaseStatus; folio: string | null; version: number; duplicates: Duplicate[] };

type Place = { municipalityCode: string; regionCode: string };

/** Cases are filed by a municipality, through its officers; nobody else writes drafts. */
function filingPlace(viewer: Viewer): Place {
  if (viewer.role !== "MUNICIPAL_OFFICER" || !viewer.municipalityCode || !viewer.regionCode) throw new ForbiddenError();
  return { municipalityCode: viewer.municipalityCode, regionCode: viewer.regionCode };
}

/** The case's own columns from the form; the priority follows the catalogue's suggestion while it is a draft. */
function caseColumns(input: CaseFormInput) {
  const entry = CASE_TYPES[input.type];
  const suggested = entry.suggestPriority(input.details);
  return {
    type: input.type,
    summary: input.summary,
    municipalReference: input.municipalReference,
    description: input.description,
    typeDetails: input.details,
    sensitive: entry.sensitive,
    priority: suggested,
    suggestedPriority: suggested,
    consentBasis: input.consentBasis,
    consentDetail: input.consentBasis === "BASE_LEGAL" ? input.consentDetail : null,
  };
}

type CaseColumns = ReturnType<typeof caseColumns>;

/** Ids that sort in the order given (UUID version 7 layout), so participants keep the order they were typed in. */
function orderedIds(count: number): string[] {
  const time = Date.now().toString(16).padStart(12, "0");
  return Array.from({ length: count }, (_, i) => {
    const random = randomBytes(8).toString("hex");
    const variant = ((parseInt(random[0], 16) & 0x3) | 0x8).toString(16);
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${i.toString(16).padStart(3, "0")}-${variant}${random.slice(1, 4)}-${random.slice(4, 16)}`;
  });
}

function participantRows(people: ParticipantInput[]) {
  return people.map(participantRow);
}

/** Writes a case's participants, in the order given (raw: see lib/sql-params.ts). */
async function insertParticipants(tx: Tx, caseId: string, people: ParticipantInput[]): Promise<void> {
  if (people.length === 0) return;
  const ids = orderedIds(people.length);
  const rows = participantRows(people).map(
    (p, i) =>
      Prisma.sql`(${ids[i]}, ${caseId}, ${p.fullName}, ${p.documentType}::"DocumentType", ${p.documentNumber}, ${p.documentKey}, ${p.nationality},
                  ${isoDay(p.birthDate)}::date, ${p.sexGender}, ${p.contact}, ${p.relation})`,
  );
  await tx.$executeRaw`
    INSERT INTO case_participant (id, case_id, full_name, document_type, document_number, document_key, nationality, birth_date, sex_gender, contact, relation)
    VALUES ${Prisma.join(rows)}`;
}

type Draft = Place & { id: string; version: number; type: CaseColumns["type"]; priority: CaseColumns["priority"] };

/** What a save writes to the timeline and the audit log, in one statement each at its end. */
type Trail = { events: CaseEventEntry[]; audits: AuditEntry[] };

/**
 * Submitting waits while a possible duplicate of the officer's own municipality appeared that she has
 * not seen yet (she sees it, then may submit anyway). Other municipalities' cases never hold it back:
 * a wait would tell her one exists.
 */
function submits(input: CaseFormInput, duplicates: Duplicate[]): boolean {
  return input.intent === "submit" && duplicates.every((duplicate) => input.acknowledgedFolios.includes(duplicate.folio));
}

/** The columns that make a draft INGRESADO (its SLA clock starts now), read before the case is written so that one write sets them. */
async function submission(tx: Tx, type: CaseColumns["type"], priority: CaseColumns["priority"]) {
  const now = new Date();
  const due = await computeDueDates(tx, type, priority, now, []);
  return { status: "INGRESADO" as const, submittedAt: now, ...due };
}

type Submission = Awaited<ReturnType<typeof submission>>;

/** Where a notification title says the folio until the folio exists (see `takeFolio`). */
const FOLIO_MARK = "{folio}";

/**
 * Takes the year's next number and gives it to the case, in one statement that also writes it into the
 * coordinators' notifications (`notices`, titled with FOLIO_MARK). The counter row stays locked until
 * commit and every other filing waits on it, so this is the last statement of the transaction: with the
 * timeline and audit written after it, ten filings at once queued behind the lock (p95 0.5 s instead of
 * 0.3 s). A failed filing rolls the number back, so folios have no gaps.
 */
async function takeFolio(tx: Tx, caseId: string, now: Date, notices: string[]): Promise<string> {
  const year = Number(localDateOf(now).slice(0, 4));
  const [{ folio }] = await tx.$queryRaw<{ folio: string }[]>`
    WITH taken AS (
      INSERT INTO case_sequence (year, last) VALUES (${year}, 1)
      ON CONFLICT (year) DO UPDATE SET last = case_sequence.last + 1
      RETURNING last
    ), numbered AS (
      UPDATE "case" SET folio = ${`SM-${year}-`} || lpad(taken.last::text, greatest(6, length(taken.last::text)), '0')
        FROM taken WHERE "case".id = ${caseId}
      RETURNING folio
    ), notice AS (
      UPDATE notification SET title = replace(notification.title, ${FOLIO_MARK}, numbered.folio)
        FROM numbered WHERE notification.id = ANY(${notices}::text[])
    )
    SELECT folio FROM numbered`;
  return folio;
}

/**
 * The end of a save that submits: the timeline and audit rows, word to the region's coordinators, and
 * the folio last. The case row already carries the status and due dates (`submission`).
 */
async function submit(tx: Tx, viewer: Viewer, ip: string | null, draft: Draft, submitted: Submission, trail: Trail): Promise<string> {
  const [coordinators, names] = await Promise.all([
    tx.user.findMany({ where: { role: "REGIONAL_COORDINATOR", regionCode: draft.regionCode, active: true }, select: { id: true } }),
    territoryNames(),
  ]);
  // Written before the folio exists, and both logs are append-only: their rows name the case by its id, and
  // the case page shows its folio.
  await writeTrail(tx, viewer, ip, draft.id, {
    events: [
      ...trail.events,
      { kind: "case.submitted", before: { status: "BORRADOR" }, after: { status: "INGRESADO" } },
      { kind: "sla.started", after: { firstResponseDueAt: submitted.firstResponseDueAt.toISOString(), resolutionDueAt: submitted.resolutionDueAt.toISOString() } },
    ],
    audits: [
      ...trail.audits,
      {
        action: "case.submit",
        entity: "Case",
        entityId: draft.id,
        before: { status: "BORRADOR" },
        after: { status: "INGRESADO", priority: draft.priority },
        municipalityCode: draft.municipalityCode,
        regionCode: draft.regionCode,
      },
    ],
  });
  const notices = await notify(tx, {
    userIds: coordinators.map((user) => user.id),
    kind: "CASE_SUBMITTED",
    // The title travels by e-mail: a sensitive type (violence, children…) is itself sensitive, so it is left out.
    title: `Nuevo caso ${FOLIO_MARK}${CASE_TYPES[draft.type].sensitive ? "" : ` (${CASE_TYPES[draft.type].label})`} de ${names.municipalityName(draft.municipalityCode)}`,
    caseId: draft.id,
  });
  return takeFolio(tx, draft.id, submitted.submittedAt, notices);
}

async function writeTrail(tx: Tx, viewer: Viewer, ip: string | null, caseId: string, trail: Trail): Promise<void> {
  await recordCaseEvents(tx, caseId, viewer, trail.events);
  await recordAudits(tx, viewer, ip, trail.audits);
}

/** The end of every save: submitted (see `submits`), or still a draft, with the duplicates the officer should see. */
async function saveOutcome(tx: Tx, viewer: Viewer, ip: string | null, draft: Draft, submitted: Submission | null, trail: Trail, duplicates: Duplicate[]): Promise<FilingResult> {
  if (!submitted) {
    await writeTrail(tx, viewer, ip, draft.id, trail);
    return { id: draft.id, status: "BORRADOR", folio: null, version: draft.version, duplicates };
  }
  const folio = await submit(tx, viewer, ip, draft, submitted, trail);
  return { id: draft.id, status: "INGRESADO", folio, version: draft.version, duplicates };
}

const documentKeys = (input: CaseFormInput) => input.participants.map((person) => person.documentKey);

/** The case an idempotency key already created, or null. A key is only ever sent by the form that generated it. */
async function filedWithKey(viewer: Viewer, idempotencyKey: string): Promise<FilingResult | null> {
  const found = await db.case.findUnique({ where: { idempotencyKey }, select: { id: true, status: true, folio: true, version: true, municipalityCode: true } });
  if (!found) return null;
  if (found.municipalityCode !== viewer.municipalityCode) throw new NotFoundError();
  return { id: found.id, status: found.status, folio: found.folio, version: found.version, duplicates: [] };
}

function isKeyConflict(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * The form's file, checked before anything else is read or written: a refused file refuses the whole
 * save, so a case is never filed without the file the officer meant to send with it.
 */
function checkedFile(input: CaseFormInput): Promise<CheckedUpload | null> {
  return input.archivo ? checkUpload(input.archivo, EVIDENCE_POLICY) : Promise.resolve(null);
}

/**
 * Files a new case as a draft, and submits it when asked. Idempotent: a second request with the same
 * key (a double click, a replay, parallel sends) gets the case the first one created.
 */
export async function createCase(viewer: Viewer, ip: string | null, input: CreateCaseInput, mode: SaveMode = "form"): Promise<FilingResult> {
  const place = filingPlace(viewer);
  const upload = mode === "form" ? await checkedFile(input) : null;
  if (mode === "form") await consumeDocumentCheck(viewer.id, documentKeys(input));
  try {
    return await transactionWithFiles(async (tx) => {
      const started = new Date();
      const duplicates = mode === "form" ? await ownDuplicates(tx, viewer, null, documentKeys(input)) : [];
      const columns = caseColumns(input);
      const submitted = submits(input, duplicates) ? await submission(tx, columns.type, columns.priority) : null;
      // A key already used stops here: the unique index makes a parallel send wait for the first one, then fail.
      const created = await tx.case.create({
        data: { ...columns, ...place, ...submitted, idempotencyKey: input.idempotencyKey, createdById: viewer.id },
        select: { id: true, version: true },
      });
      // Apart from the case rather than nested in it: a nested create costs one more statement to read the case back.
      await insertParticipants(tx, created.id, input.participants);
      if (upload) await attachFile(tx, viewer, created.id, upload, false);
      const trail: Trail = {
        // Dated when the save began, so the history lists the creation before a file attached to it.
        events: [{ kind: "case.created", at: started, after: { type: columns.type, priority: columns.priority } }],
        audits: [{ action: "case.create", entity: "Case", entityId: created.id, after: { status: "BORRADOR", type: columns.type, priority: columns.priority }, ...place }],
      };
      return saveOutcome(tx, viewer, ip, { ...place, ...created, type: columns.type, priority: columns.priority }, submitted, trail, duplicates);
    }, CASE_TRANSACTION);
  } catch (error) {
    // Parallel sends with one key: the losers wait on the unique index, then find the winner's case.
    if (isKeyConflict(error)) {
      const winner = await filedWithKey(viewer, input.idempotencyKey);
      if (winner) return winner;
    }
    throw error;
  }
}

const draftSnapshot = {
  id: true,
  status: true,
  version: true,
  municipalityCode: true,
  regionCode: true,
  type: true,
  priority: true,
  summary: true,
  municipalReference: true,
  description: true,
  typeDetails: true,
  consentBasis: true,
  consentDetail: true,
  createdById: true,
  participants: {
    orderBy: { id: "asc" },
    select: { ...participantFieldsSelect, documentKey: true },
  },
} satisfies Prisma.CaseSelect;

type Snapshot = Prisma.CaseGetPayload<{ select: typeof draftSnapshot }>;

/** Fields whose old and new values the timeline shows; the others are only named as changed. */
const SHOWN_FIELDS = ["type", "priority", "summary", "consentBasis"] as const;
// The municipal reference is named, not shown: it is the municipality's label, kept out of the shared timeline.
const NAMED_FIELDS = ["description", "typeDetails", "consentDetail", "municipalReference"] as const;

type StoredParticipant = Omit<ReturnType<typeof participantRows>[number], "sexGender"> & { sexGender: string | null };
// Field by field in a fixed order, so how a query happened to order its columns cannot look like a change.
const COMPARED = [...PARTICIPANT_FIELDS, "documentKey"] as const;
const comparable = (rows: StoredParticipant[]) =>
  JSON.stringify(rows.map((row) => COMPARED.map((field) => (row[field] instanceof Date ? row[field].toISOString() : row[field]))));

/** The "old → new" of a draft's edit, without participants' data (the timeline is shown to everyone who sees the case). */
function draftChanges(before: Snapshot, after: CaseColumns, peopleChanged: boolean) {
  const old: Record<string, string | null> = {};
  const now: Record<string, string | null> = {};
  for (const field of SHOWN_FIELDS) {
    if (before[field] === after[field]) continue;
    old[field] = before[field];
    now[field] = after[field];
  }
  const named: string[] = NAMED_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
  if (peopleChanged) named.push("participants");
  if (Object.keys(now).length === 0 && named.length === 0) return null;
  return { before: old, after: { ...now, ...(named.length > 0 && { changed: named }) } };
}

/**
 * How a save came: from a button of the form, or from the form saving itself while the officer types.
 * An autosave is always a draft without a file; it skips the duplicate lookup (which counts against the
 * document-check limit and would turn a background save into a RUN oracle) and the timeline, which
 * would otherwise list an edit every few seconds; it is audited like every write.
 */
type SaveMode = "form" | "autosave";

/** Saves a draft again (the officer came back to it), and submits it when asked. */
export async function updateDraft(viewer: Viewer, ip: string | null, input: UpdateDraftInput, mode: SaveMode = "form"): Promise<FilingResult> {
  filingPlace(viewer);
  const upload = mode === "form" ? await checkedFile(input) : null;
  if (mode === "form") await consumeDocumentCheck(viewer.id, documentKeys(input));
  return transactionWithFiles(async (tx) => {
    const started = new Date();
    const before = await visibleCase(tx, viewer, input.id, draftSnapshot);
    // Another officer's draft, even of the same municipality, does not save itself from this form.
    if (mode === "autosave" && before.createdById !== viewer.id) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError(CASE_CONFLICT);
    if (before.status !== "BORRADOR") throw new RuleError("Este caso ya se ingresó a SERMIG: su avance se sigue en la página del caso.");
    const duplicates = mode === "form" ? await ownDuplicates(tx, viewer, before.id, documentKeys(input)) : [];
    const columns = caseColumns(input);
    const submitted = mode === "form" && submits(input, duplicates) ? await submission(tx, columns.type, columns.priority) : null;
    const { count } = await tx.case.updateMany({
      where: { id: before.id, version: input.version, status: "BORRADOR" },
      data: { ...columns, ...submitted, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(CASE_CONFLICT);
    const peopleChanged = comparable(before.participants) !== comparable(participantRows(input.participants));
    if (peopleChanged) {
      await tx.caseParticipant.deleteMany({ where: { caseId: before.id } });
      await insertParticipants(tx, before.id, input.participants);
    }
    if (upload) await attachFile(tx, viewer, before.id, upload, false);
    const change = mode === "form" ? draftChanges(before, columns, peopleChanged) : null;
    const trail: Trail = {
      events: change ? [{ kind: "case.updated", at: started, ...change }] : [],
      audits: [
        {
          action: mode === "form" ? "case.updateDraft" : "case.autosaveDraft",
          entity: "Case",
          entityId: before.id,
          before: { type: before.type, priority: before.priority, version: before.version },
          after: { type: columns.type, priority: columns.priority, version: input.version + 1 },
          municipalityCode: before.municipalityCode,
          regionCode: before.regionCode,
        },
      ],
    };
    const draft = { id: before.id, version: input.version + 1, municipalityCode: before.municipalityCode, regionCode: before.regionCode, type: columns.type, priority: columns.priority };
    return saveOutcome(tx, viewer, ip, draft, submitted, trail, duplicates);
  }, CASE_TRANSACTION);
}

export type AutosaveResult = { id: string; version: number; savedAt: string };

/**
 * The form saving itself: the officer's own draft, or — the first time, in a new form — the draft its
 * idempotency key creates. A key that already made a draft (an answer lost on the way back) updates
 * that draft, as long as it is hers and still a draft.
 */
export async function autosaveDraft(viewer: Viewer, ip: string | null, input: AutosaveInput): Promise<AutosaveResult> {
  const { id, version, idempotencyKey, ...fields } = input;
  const form = { ...fields, intent: "draft" as const, archivo: null };
  const saved = (result: FilingResult): AutosaveResult => ({ id: result.id, version: result.version, savedAt: new Date().toISOString() });
  if (id && version) return saved(await updateDraft(viewer, ip, { ...form, id, version }, "autosave"));
  const known = await db.case.findUnique({ where: { idempotencyKey: idempotencyKey! }, select: { id: true, version: true, status: true, createdById: true } });
  if (known) {
    if (known.createdById !== viewer.id) throw new NotFoundError();
    return saved(await updateDraft(viewer, ip, { ...form, id: known.id, version: known.version }, "autosave"));
  }
  return saved(await createCase(viewer, ip, { ...form, idempotencyKey: idempotencyKey! }, "autosave"));
}
