import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CasePriority, CaseStatus, CaseType } from "@/lib/generated/prisma/enums";
import type { SlaState } from "@/lib/sla/clock";
import { santiagoDayStart } from "@/lib/santiago-clock";
import { territoryNames } from "@/lib/territory/names";
import { caseScope, internalWhere, seesInternal, visibleCase } from "./access";
import { countryName, countryOptions } from "./countries";
import { ownDuplicates, regionalDuplicates } from "./duplicates";
import {
  type CaseFormValues,
  type CaseListFilters,
  type CaseListQuery,
  CONSENT_LABELS,
  DOCUMENT_TYPE_LABELS,
  documentKeyOf,
  RELATION_LABELS,
  SEX_GENDER_LABELS,
} from "./schemas";
import { matchingCaseIds } from "./search";
import { slaStateOf } from "./sla";
import { CONVERSATION_EVENTS, describeChange, EVENT_LABELS, isRecord } from "./timeline";

/**
 * A row of the case list. Never participants or the narrative; the summary of a sensitive case
 * (children, violence, trafficking) is not even read here: it stays on the case page, where each
 * reading is audited. The municipality's own reference is what tells reserved cases apart.
 */
export type CaseListRow = {
  id: string;
  folio: string | null;
  type: CaseType;
  status: CaseStatus;
  priority: CasePriority;
  sensitive: boolean;
  summary: string | null;
  municipalReference: string | null;
  municipalityName: string;
  submittedAt: Date | null;
  updatedAt: Date;
  slaState: SlaState | null;
};

/**
 * The viewer's cases under the list's filters; the page and its export share it. The filed-date range
 * counts Chile's days; a draft, never filed, falls outside any range.
 */
export function caseListWhere(viewer: Viewer, filters: CaseListFilters, ids?: string[]): Prisma.CaseWhereInput {
  const filed: Prisma.DateTimeNullableFilter = {};
  if (filters.desde) filed.gte = santiagoDayStart(filters.desde);
  if (filters.hasta) filed.lt = santiagoDayStart(nextDay(filters.hasta));
  return {
    AND: [
      caseScope(viewer),
      {
        ...(filters.tipo && { type: filters.tipo }),
        ...(filters.estado && { status: filters.estado }),
        ...((filters.desde || filters.hasta) && { submittedAt: filed }),
        ...(ids && { id: { in: ids } }),
      },
    ],
  };
}

const nextDay = (localDate: string) => new Date(Date.parse(`${localDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The list's condition with its search applied: what the page lists and its export writes. */
export async function searchedListWhere(viewer: Viewer, filters: CaseListFilters): Promise<Prisma.CaseWhereInput> {
  const matches = filters.q ? await matchingCaseIds(viewer, filters.q, LIST_SEARCH_LIMIT) : undefined;
  return caseListWhere(viewer, filters, matches?.slice(0, LIST_SEARCH_LIMIT));
}

/**
 * How many cases a search lists at most, the most recently active first. A search that finds more
 * is too broad to read through; the list says "más de…" and the person narrows it.
 */
export const LIST_SEARCH_LIMIT = 1_000;

/**
 * The viewer's cases, newest activity first, one page at a time; every page is reachable. `only`
 * limits the list to those ids (cases found by document). `more`: a search found more than it lists.
 */
export async function listCases(viewer: Viewer, query: CaseListQuery, only?: string[]) {
  const matches = query.q ? await matchingCaseIds(viewer, query.q, LIST_SEARCH_LIMIT) : null;
  const ids = matches ? matches.slice(0, LIST_SEARCH_LIMIT) : only;
  const where = caseListWhere(viewer, query, ids);
  const total = await db.case.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / query.porPagina));
  const page = Math.min(query.pagina, pageCount);
  const found = await db.case.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * query.porPagina,
    take: query.porPagina,
    select: {
      id: true,
      folio: true,
      type: true,
      status: true,
      priority: true,
      sensitive: true,
      municipalReference: true,
      submittedAt: true,
      updatedAt: true,
      firstResponseAt: true,
      firstResponseDueAt: true,
      resolutionDueAt: true,
      waitingSince: true,
      municipality: { select: { name: true } },
    },
  });
  const summaries = await db.case.findMany({
    where: { id: { in: found.filter((row) => !row.sensitive).map((row) => row.id) }, sensitive: false },
    select: { id: true, summary: true },
  });
  const summaryOf = new Map(summaries.map((row) => [row.id, row.summary]));
  const now = new Date();
  const rows: CaseListRow[] = found.map((row) => ({
    id: row.id,
    folio: row.folio,
    type: row.type,
    status: row.status,
    priority: row.priority,
    sensitive: row.sensitive,
    summary: summaryOf.get(row.id) ?? null,
    municipalReference: row.municipalReference,
    municipalityName: row.municipality.name,
    submittedAt: row.submittedAt,
    updatedAt: row.updatedAt,
    slaState: slaStateOf(row, now),
  }));
  return { rows, total, page, pageCount, more: matches !== null && matches.length > LIST_SEARCH_LIMIT };
}

/** How many cases the search by document lists: one person is rarely in more than a handful. */
const DOCUMENT_MATCHES = 100;

/**
 * The viewer's cases with a participant holding exactly that document, as the case list shows them.
 * The number arrives in a POST body and is never put in a URL.
 */
export async function listCasesByDocument(viewer: Viewer, document: string): Promise<CaseListRow[]> {
  const key = documentKeyOf(document);
  if (!key) return [];
  const people = await db.caseParticipant.findMany({ where: { documentKey: key, case: caseScope(viewer) }, select: { caseId: true }, distinct: ["caseId"], take: DOCUMENT_MATCHES });
  if (people.length === 0) return [];
  const { rows } = await listCases(viewer, { pagina: 1, porPagina: DOCUMENT_MATCHES }, people.map((person) => person.caseId));
  return rows;
}

/** Age in whole years on `at`, from a date of birth stored as a calendar date. */
function ageOn(birthDate: Date, at: Date): number {
  const years = at.getUTCFullYear() - birthDate.getUTCFullYear();
  const beforeBirthday = at.getUTCMonth() < birthDate.getUTCMonth() || (at.getUTCMonth() === birthDate.getUTCMonth() && at.getUTCDate() < birthDate.getUTCDate());
  return beforeBirthday ? years - 1 : years;
}

const participantSelect = {
  orderBy: { id: "asc" },
  select: { id: true, fullName: true, documentType: true, documentNumber: true, nationality: true, birthDate: true, sexGender: true, contact: true, relation: true },
} satisfies Prisma.Case$participantsArgs;

const caseViewSelect = {
  id: true,
  folio: true,
  status: true,
  type: true,
  priority: true,
  suggestedPriority: true,
  typeDetails: true,
  summary: true,
  description: true,
  sensitive: true,
  consentBasis: true,
  consentDetail: true,
  municipalityCode: true,
  regionCode: true,
  createdById: true,
  assigneeId: true,
  derivedTo: true,
  outcome: true,
  resolutionText: true,
  createdAt: true,
  submittedAt: true,
  firstResponseAt: true,
  resolvedAt: true,
  closedAt: true,
  firstResponseDueAt: true,
  resolutionDueAt: true,
  waitingSince: true,
  municipalReference: true,
  version: true,
  updatedAt: true,
  legalHold: true,
  legalHoldReason: true,
  anonymisedAt: true,
  participants: participantSelect,
} satisfies Prisma.CaseSelect;

type CaseRow = Prisma.CaseGetPayload<{ select: typeof caseViewSelect }>;

/** Every reading of a sensitive case leaves a trace, whoever reads it; nothing of the case itself goes in it. */
async function auditSensitiveView(viewer: Viewer, ip: string | null, found: CaseRow) {
  if (!found.sensitive) return;
  await recordAudit(db, viewer, ip, {
    action: "case.viewSensitive",
    entity: "Case",
    entityId: found.id,
    municipalityCode: found.municipalityCode,
    regionCode: found.regionCode,
  });
}

const documentKeysOf = (people: { documentNumber: string | null }[]) => people.map((person) => (person.documentNumber ? documentKeyOf(person.documentNumber) : null));

function participantsView(participants: CaseRow["participants"], filedOn: Date) {
  return participants.map((person) => ({
    ...person,
    nationalityName: person.nationality ? countryName(person.nationality) : null,
    // Under 18 on the day the case was filed: children's cases follow their own rules.
    minor: person.birthDate ? ageOn(person.birthDate, filedOn) < 18 : false,
  }));
}

export type TimelineItem =
  | { kind: "event"; id: string; at: Date; actorName: string; internal: boolean; label: string; lines: string[] }
  | { kind: "note"; id: string; at: Date; actorName: string; internal: boolean; body: string }
  | { kind: "attachment"; id: string; at: Date; actorName: string; internal: boolean; fileId: string; fileName: string; size: number };

/** Notes and files appear as themselves; their events would only repeat them. */
const SHOWN_AS_RECORDS = new Set<string>(Object.values(CONVERSATION_EVENTS).flatMap((kinds) => Object.values(kinds)));

/**
 * The records of the shared timeline: events, notes and files of the case, and who added the files.
 * What is internal is not even read for the municipality, so it cannot reach the page or its payload.
 */
async function timelineRecords(viewer: Viewer, caseId: string) {
  const hidden = internalWhere(viewer);
  const [events, notes, attachments] = await Promise.all([
    db.caseEvent.findMany({ where: { caseId, ...hidden }, orderBy: { at: "asc" }, select: { id: true, kind: true, internal: true, actorName: true, before: true, after: true, at: true } }),
    db.caseNote.findMany({ where: { caseId, ...hidden }, orderBy: { createdAt: "asc" }, select: { id: true, internal: true, body: true, authorName: true, createdAt: true } }),
    db.caseAttachment.findMany({
      where: { caseId, ...hidden },
      orderBy: { addedAt: "asc" },
      select: { id: true, internal: true, addedAt: true, addedById: true, fileId: true },
    }),
  ]);
  // Read apart, and only when there are files: most cases have none, and the relation would still cost a statement.
  const files = attachments.length === 0 ? [] : await db.storedFile.findMany({ where: { id: { in: attachments.map((a) => a.fileId) } }, select: { id: true, originalName: true, size: true } });
  const fileOf = new Map(files.map((file) => [file.id, file]));
  return { events, notes, attachments: attachments.map(({ fileId, ...a }) => ({ ...a, file: fileOf.get(fileId)! })), people: attachments.map((a) => a.addedById) };
}

/** What the submission's event shows: the folio is taken after its timeline row is written (lib/cases/filing.ts), and never changes. */
function withFolio(event: { kind: string; after: Prisma.JsonValue }, folio: string | null): Prisma.JsonValue {
  return event.kind === "case.submitted" && folio && isRecord(event.after) ? { ...event.after, folio } : event.after;
}

/** The shared timeline, oldest first, with the names of the people the records point to. */
function timelineOf({ events, notes, attachments }: Awaited<ReturnType<typeof timelineRecords>>, nameOf: Map<string, string>, folio: string | null): TimelineItem[] {
  const items: TimelineItem[] = [
    ...events
      .filter((event) => !SHOWN_AS_RECORDS.has(event.kind))
      .map((event) => ({
        kind: "event" as const,
        id: event.id,
        at: event.at,
        actorName: event.actorName,
        internal: event.internal,
        label: EVENT_LABELS[event.kind as keyof typeof EVENT_LABELS] ?? "Actualización del caso",
        lines: describeChange(event.before, withFolio(event, folio)),
      })),
    ...notes.map((note) => ({ kind: "note" as const, id: note.id, at: note.createdAt, actorName: note.authorName, internal: note.internal, body: note.body })),
    ...attachments.map((a) => ({
      kind: "attachment" as const,
      id: a.id,
      at: a.addedAt,
      actorName: nameOf.get(a.addedById) ?? "Persona del portal",
      internal: a.internal,
      fileId: a.file.id,
      fileName: a.file.originalName,
      size: a.file.size,
    })),
  ];
  return items.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * Everything the case page shows, for someone who may see the case. Out of scope → NotFoundError.
 * Reading a sensitive case is audited before anything of it is returned.
 */
export async function getCaseView(viewer: Viewer, ip: string | null, id: string) {
  const found = await visibleCase(db, viewer, id, caseViewSelect);
  await auditSensitiveView(viewer, ip, found);
  const [records, names, duplicates] = await Promise.all([
    timelineRecords(viewer, found.id),
    territoryNames(),
    // SERMIG's alone: not even looked up for the municipality, so its page and payload cannot carry them.
    seesInternal(viewer) ? regionalDuplicates(db, viewer, found, documentKeysOf(found.participants)) : null,
  ]);
  // The viewer's own name came with the session; an officer's case often names nobody else.
  const others = [...new Set([found.createdById, found.assigneeId, ...records.people])].filter((id): id is string => Boolean(id) && id !== viewer.id);
  const people = others.length === 0 ? [] : await db.user.findMany({ where: { id: { in: others } }, select: { id: true, name: true } });
  const nameOf = new Map([[viewer.id, viewer.name], ...people.map((user): [string, string] => [user.id, user.name])]);
  const { participants, createdById, typeDetails, legalHold, legalHoldReason, anonymisedAt, ...fields } = found;
  return {
    ...fields,
    typeDetails: typeDetails as Record<string, string>,
    municipality: { name: names.municipalityName(found.municipalityCode), region: { name: names.regionName(found.regionCode) } },
    createdByName: nameOf.get(createdById) ?? null,
    assigneeName: found.assigneeId ? (nameOf.get(found.assigneeId) ?? null) : null,
    participants: participantsView(participants, found.submittedAt ?? found.createdAt),
    timeline: timelineOf(records, nameOf, found.folio),
    possibleDuplicates: duplicates?.map((duplicate) => ({ ...duplicate, municipalityName: names.municipalityName(duplicate.municipalityCode) })) ?? null,
    // The legal hold is SERMIG's: the municipality's page never receives it.
    hold: viewer.role === "MUNICIPAL_OFFICER" ? null : { legalHold, legalHoldReason, anonymisedAt },
  };
}

export type CaseView = Awaited<ReturnType<typeof getCaseView>>;

/**
 * A draft as its form shows it, for the municipality that writes it; null once it has been submitted
 * (its page is the place to follow it). Anyone else: NotFoundError, as for a case that does not exist.
 */
export async function getDraftForm(viewer: Viewer, ip: string | null, id: string) {
  if (viewer.role !== "MUNICIPAL_OFFICER") throw new NotFoundError();
  const found = await visibleCase(db, viewer, id, caseViewSelect);
  if (found.status !== "BORRADOR") return null;
  await auditSensitiveView(viewer, ip, found);
  const [attachments, duplicates] = await Promise.all([
    db.caseAttachment.findMany({ where: { caseId: found.id }, orderBy: { addedAt: "asc" }, select: { id: true, file: { select: { id: true, originalName: true, size: true } } } }),
    ownDuplicates(db, viewer, found.id, documentKeysOf(found.participants)),
  ]);
  const values: CaseFormValues = {
    type: found.type,
    summary: found.summary,
    municipalReference: found.municipalReference ?? "",
    description: found.description,
    details: found.typeDetails as Record<string, string>,
    participants: found.participants.map((person) => ({
      fullName: person.fullName,
      documentType: person.documentType,
      documentNumber: person.documentNumber ?? "",
      nationality: person.nationality ?? "",
      birthDate: person.birthDate ? person.birthDate.toISOString().slice(0, 10) : "",
      sexGender: person.sexGender ?? "",
      contact: person.contact ?? "",
      relation: person.relation,
    })),
    consentBasis: found.consentBasis ?? "",
    consentDetail: found.consentDetail ?? "",
  };
  return { id: found.id, version: found.version, createdAt: found.createdAt, ownedByViewer: found.createdById === viewer.id, values, attachments: attachments.map((a) => a.file), duplicates };
}

const asOptions = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The choices of the case form, built here so the browser never loads the country list or the schemas. */
export function caseFormOptions() {
  return {
    documentTypes: asOptions(DOCUMENT_TYPE_LABELS),
    sexGender: asOptions(SEX_GENDER_LABELS),
    relations: asOptions(RELATION_LABELS),
    consent: asOptions(CONSENT_LABELS),
    countries: countryOptions(),
  };
}

/** A new case: empty fields (the form itself offers one person to fill in). */
export const EMPTY_CASE_FORM: CaseFormValues = {
  type: "",
  summary: "",
  municipalReference: "",
  description: "",
  details: {},
  participants: [],
  consentBasis: "",
  consentDetail: "",
};
