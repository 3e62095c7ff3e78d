/** One demo case and its story, built in time order so every event, note and pause fits its status. */
import { CASE_TYPES, defaultSla } from "../../../lib/cases/catalogue";
import { OUTCOMES, type Outcome } from "../../../lib/cases/status-machine";
import type { CasePriority, CaseStatus, CaseType } from "../../../lib/generated/prisma/enums";
import { computeSlaClock, type SlaPause } from "../../../lib/sla/clock";
import type { Value } from "../demo-adhesion/insert";
import { demoId, randomFor, type Random } from "../demo-adhesion/random";
import type { DemoToday } from "../demo-today";
import { type Bucket, bucketOf } from "./desk";
import { draftMoments, during, finishedMoments, type Moments, runningMoments, waitingMoments } from "./moments";
import { type Document, type PersonCounter, peopleOf } from "./people";
import { ANSWERS, INSTITUTIONS, INTERNAL_NOTES, NEEDS, QUESTIONS, RESOLUTIONS, SUMMARIES, TYPE_WEIGHTS } from "./texts";

export type Place = { code: string; name: string; regionCode: string };
export type Actor = { id: string; name: string };
/** The demo's active portal users: the first of each municipality or region acts in its cases. */
export type Cast = { officers: Map<string, Actor[]>; coordinators: Map<string, Actor[]> };

export type Row = Record<string, Value>;
export type Due = { firstResponseDueAt: Date; resolutionDueAt: Date };
export type Built = {
  place: Place;
  status: CaseStatus;
  type: CaseType;
  /** Where its deadlines stand at the demo's 09:00, checked against the inbox's rules. */
  bucket: Bucket;
  moments: Moments;
  due: Due | null;
  assignee: Actor | null;
  caseRow: Row;
  participants: Row[];
  events: Row[];
  notes: Row[];
  pause: Row | null;
  /** The next free case-event id, for events added once the folio is known (watch-trail.ts). */
  eventId: () => string;
};

const HOUR = 3_600_000;
const iso = (date: Date | null) => date?.toISOString() ?? null;
/** Booleans travel as text in the bulk insert's arrays; PostgreSQL casts them back. */
const flag = (value: boolean) => (value ? "true" : "false");

export function weighted<T extends string>(random: Random, weights: Record<T, number>): T {
  const entries = Object.entries(weights) as [T, number][];
  let roll = random.next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of entries) if ((roll -= weight) < 0) return value;
  return entries[entries.length - 1][0];
}

function typeDetails(random: Random, type: CaseType): Record<string, string> {
  const details: Record<string, string> = {};
  for (const question of CASE_TYPES[type].questions) {
    if (question.kind === "yesno") details[question.key] = random.chance(0.6) ? "si" : "no";
    else if (question.kind === "choice") details[question.key] = random.pick(question.options).value;
    else if (random.chance(0.5)) details[question.key] = question.key === "vinculo" ? random.pick(["Cónyuge", "Hija o hijo", "Madre o padre"]) : `DEMO-${random.int(100000, 999999)}`;
  }
  return details;
}

function momentsFor(random: Random, status: CaseStatus, bucket: Bucket, targets: [number, number], today: DemoToday): Moments {
  if (status === "BORRADOR") return draftMoments(random, today);
  if (status === "RESUELTO" || status === "CERRADO") return finishedMoments(random, status, today);
  if (status === "REQUIERE_INFO") return waitingMoments(random, targets, today);
  return runningMoments(random, status, bucket, targets, today);
}

/** The due moments as the portal stored them: recomputed when a pause opened (counting none of it yet) and when it ended. */
function dueOf(moments: Moments, [firstDays, resolutionDays]: [number, number], today: DemoToday, pauses: SlaPause[]): Due {
  const now = moments.pause && !moments.pause.to ? moments.pause.from : today.now;
  const at = (target: number) => computeSlaClock({ startedAt: moments.submittedAt!, targetWorkingDays: target, pauses, now }).dueAt;
  return { firstResponseDueAt: at(firstDays), resolutionDueAt: at(resolutionDays) };
}

export function buildCase(place: Place, index: number, status: CaseStatus, bucket: Bucket, cast: Cast, repeatedQueue: Document[], counter: PersonCounter, today: DemoToday): Built {
  const random = randomFor("case", place.code, index);
  const id = demoId("case", place.code, index);
  const type = weighted(random, TYPE_WEIGHTS);
  const entry = CASE_TYPES[type];
  const details = typeDetails(random, type);
  const suggested = entry.suggestPriority(details);
  const bumped: CasePriority[] = ["BAJA", "MEDIA", "ALTA", "URGENTE"];
  // Now and then the coordinator raised the priority the portal suggested.
  const priority = status !== "BORRADOR" && suggested !== "URGENTE" && random.chance(0.1) ? bumped[bumped.indexOf(suggested) + 1] : suggested;
  const officer = cast.officers.get(place.code)?.[0] ?? { id: demoId("officer", place.code), name: `Encargada municipal de ${place.name} (demo)` };
  const coordinator = cast.coordinators.get(place.regionCode)?.[0];
  if (!coordinator) throw new Error(`Datos de demostración: la región ${place.regionCode} no tiene una coordinación regional activa.`);
  const summary = random.pick(SUMMARIES[type]);
  const targets = defaultSla(type, priority);
  const moments = momentsFor(random, status, bucket, targets, today);

  const events: Row[] = [];
  const notes: Row[] = [];
  let eventNumber = 0;
  const eventId = () => demoId("case-event", id, eventNumber++);
  const event = (at: Date, actor: Actor | null, kind: string, change: { before?: object; after?: object; internal?: boolean } = {}) =>
    events.push({
      id: eventId(),
      case_id: id,
      kind,
      internal: flag(change.internal ?? false),
      actor_id: actor?.id ?? null,
      actor_name: actor?.name ?? "Portal Sello Migrante",
      before: change.before ? JSON.stringify(change.before) : null,
      after: change.after ? JSON.stringify(change.after) : null,
      at: iso(at),
    });
  const note = (at: Date, author: Actor, body: string, internal: boolean) => {
    const noteId = demoId("case-note", id, notes.length);
    notes.push({ id: noteId, case_id: id, internal: flag(internal), body, author_id: author.id, author_name: author.name, created_at: iso(at) });
    event(at, author, internal ? "note.internal" : "note.shared", { after: { noteId }, internal });
    return noteId;
  };

  const { createdAt, submittedAt, firstResponseAt, pause, derivedAt, resolvedAt, closedAt } = moments;
  event(createdAt, officer, "case.created", { after: { type, priority: suggested } });
  let version = 1;
  let assignee: Actor | null = null;
  let due: Due | null = null;
  const pauses: SlaPause[] = pause ? [{ from: pause.from, to: pause.to }] : [];
  const derivedTo = derivedAt ? random.pick(INSTITUTIONS) : null;
  let outcome: Outcome | null = null;

  if (submittedAt) {
    const initial = dueOf({ ...moments, pause: null }, targets, today, []);
    due = dueOf(moments, targets, today, pauses);
    // The folio is known once every case is built (they are numbered in submission order).
    event(submittedAt, officer, "case.submitted", { before: { status: "BORRADOR" }, after: { status: "INGRESADO", folio: "{folio}" } });
    event(submittedAt, null, "sla.started", { after: { firstResponseDueAt: initial.firstResponseDueAt.toISOString(), resolutionDueAt: initial.resolutionDueAt.toISOString() } });
    version++;
    const end = resolvedAt ?? new Date(today.now.getTime() - HOUR);
    if (firstResponseAt) {
      if (random.chance(0.65)) {
        assignee = coordinator;
        event(firstResponseAt, coordinator, "case.assigned", { before: { assignee: null }, after: { assignee: coordinator.name }, internal: true });
      }
      event(firstResponseAt, coordinator, "case.status", { before: { status: "INGRESADO" }, after: { status: "EN_REVISION" } });
      version++;
      if (random.chance(0.4)) note(during(random, firstResponseAt, end), coordinator, random.pick(INTERNAL_NOTES), true);
      if (pause) {
        event(pause.from, coordinator, "case.infoRequested", { before: { status: "EN_REVISION" }, after: { status: "REQUIERE_INFO" } });
        note(pause.from, coordinator, random.pick(QUESTIONS), false);
        event(pause.from, coordinator, "sla.paused");
        version++;
        if (pause.to) {
          const noteId = note(pause.to, officer, random.pick(ANSWERS), false);
          event(pause.to, officer, "case.infoAnswered", { before: { status: "REQUIERE_INFO" }, after: { status: "EN_REVISION", noteId } });
          event(pause.to, officer, "sla.resumed");
          const before = { firstResponseDueAt: initial.firstResponseDueAt.toISOString(), resolutionDueAt: initial.resolutionDueAt.toISOString() };
          const after = { ...before, resolutionDueAt: due.resolutionDueAt.toISOString() };
          if (before.resolutionDueAt !== after.resolutionDueAt) event(pause.to, officer, "sla.recomputed", { before, after, internal: true });
          version++;
        }
      }
      if (derivedAt) {
        event(derivedAt, coordinator, "case.derived", { before: { status: "EN_REVISION" }, after: { status: "DERIVADO", derivedTo } });
        version++;
      }
      if (resolvedAt) {
        outcome = derivedTo ? "ATENDIDO_DERIVACION" : random.pick(["ORIENTACION", "GESTION_SERMIG", "GESTION_SERMIG", "NO_CORRESPONDE", "DUPLICADO"] as Outcome[]);
        event(resolvedAt, coordinator, "case.resolved", {
          before: { status: derivedTo ? "DERIVADO" : "EN_REVISION" },
          after: { status: "RESUELTO", outcome: OUTCOMES[outcome], resolutionText: RESOLUTIONS[outcome] },
        });
        version++;
        if (closedAt) {
          event(closedAt, coordinator, "case.closed", { before: { status: "RESUELTO" }, after: { status: "CERRADO" } });
          version++;
        }
      }
    }
    // The first answer keeps the deadline it was measured against; only the resolution moves with a pause.
    if (firstResponseAt) due = { ...due, firstResponseDueAt: initial.firstResponseDueAt };
  }

  const finished = status === "RESUELTO" || status === "CERRADO";
  const repeated = submittedAt && !finished && repeatedQueue.length > 0 ? repeatedQueue.shift()! : null;
  const participants = peopleOf(random, type, details, submittedAt ?? createdAt, repeated, counter).map((person, n) => ({ id: demoId("case-participant", id, n), case_id: id, ...person }));
  const consentBasis = type === "NNA" || type === "TRATA" ? (random.chance(0.6) ? "BASE_LEGAL" : "CONSENTIMIENTO") : !submittedAt && random.chance(0.5) ? null : "CONSENTIMIENTO";
  const updatedAt = events.reduce((latest, e) => (String(e.at) > latest ? String(e.at) : latest), "");
  const waitingSince = pause && !pause.to ? pause.from : null;
  if (due) {
    const landed = bucketOf({ status, firstResponseAt, firstResponseDueAt: due.firstResponseDueAt, resolutionDueAt: due.resolutionDueAt, waitingSince }, today.now);
    if (landed !== bucket) throw new Error(`Datos de demostración: el caso ${place.code}/${index} quedó «${landed}» y debía quedar «${bucket}».`);
  }
  return {
    place,
    status,
    type,
    bucket,
    moments,
    due,
    assignee,
    participants,
    events,
    notes,
    eventId,
    pause: waitingSince ? { id: demoId("case-pause", id), case_id: id, from: iso(waitingSince), to: null } : null,
    caseRow: {
      id,
      folio: null,
      municipality_code: place.code,
      region_code: place.regionCode,
      type,
      status,
      priority,
      suggested_priority: suggested,
      type_details: JSON.stringify(details),
      summary,
      description:
        `Relato de demostración (ficticio). ${summary}. La persona se acercó a la oficina municipal de migrantes de ${place.name} ` +
        `y se le orientó sobre los pasos disponibles. Se solicita a SERMIG ${random.pick(NEEDS)}.`,
      sensitive: flag(entry.sensitive),
      consent_basis: consentBasis,
      consent_detail: consentBasis === "BASE_LEGAL" ? (type === "NNA" ? "Interés superior del niño (Ley 21.430)" : "Protección de la víctima (Ley 20.507)") : null,
      created_by_id: officer.id,
      assignee_id: assignee?.id ?? null,
      derived_to: derivedTo,
      outcome,
      resolution_text: outcome ? RESOLUTIONS[outcome] : null,
      submitted_at: iso(submittedAt),
      first_response_at: iso(firstResponseAt),
      resolved_at: iso(resolvedAt),
      closed_at: iso(closedAt),
      first_response_due_at: iso(due?.firstResponseDueAt ?? null),
      resolution_due_at: iso(due?.resolutionDueAt ?? null),
      waiting_since: iso(waitingSince),
      idempotency_key: demoId("case-key", place.code, index),
      version,
      created_at: iso(createdAt),
      updated_at: updatedAt,
      municipal_reference: municipalReference(place, index),
    },
  };
}

/** Labels an office gives its cases: desks, programmes and follow-ups, never people. */
const REFERENCES = ["Oficina Mujer – seguimiento", "DIDECO – atención semanal", "OLN – coordinación escolar", "Mesa migrante – caso", "Oficina Migrantes – ventanilla", "CESFAM – derivación", "Programa Calle – ruta"];

/**
 * The officer's own reference (lib/cases/reference.ts) on about half the cases of the two demo
 * municipalities whose officers sign in most, so their lists show reserved cases told apart.
 */
function municipalReference(place: Place, index: number): string | null {
  if (place.code !== "13501" && place.code !== "13101") return null;
  const random = randomFor("case-reference", place.code, index);
  return random.chance(0.5) ? `${random.pick(REFERENCES)} ${random.int(1, 40)}` : null;
}
