/**
 * Demo cases: a few hundred fictional Sello cases in eleven municipalities of the Región Metropolitana
 * and the Región de Antofagasta, as of the demo's "today" (2026-11-21), with their people, timelines,
 * notes and SLA due dates computed by the portal's own engine (lib/sla).
 *
 * Everything here is INVENTED: people ("Persona Ficticia 123"), documents (RUNs from 30.000.000 up,
 * passports "PF…", foreign IDs "DNI-F…"), stories, notes and dates. Only the case types, their
 * questions and the SLA rules come from the portal's catalogue. Every status and type appears; some
 * open cases are past their deadline, some wait on the municipality (REQUIERE_INFO with an open
 * pause), some are assigned to the demo coordinators, and a few people appear in two open cases of a
 * region so the duplicate warning can be seen. prisma/data/DEMO-DATA.md says the same in Spanish.
 */
import type pg from "pg";
import { runCheckDigit } from "../../lib/auth/run";
import { CASE_TYPES, defaultSla } from "../../lib/cases/catalogue";
import { documentKeyOf } from "../../lib/cases/schemas";
import { OUTCOMES, type Outcome } from "../../lib/cases/status-machine";
import type { CasePriority, CaseStatus, CaseType } from "../../lib/generated/prisma/enums";
import { computeSlaClock, type SlaPause } from "../../lib/sla/clock";
import { localDateOf } from "../../lib/sla/working-days";
import { insertMissing, type Value } from "./demo-adhesion/insert";
import { demoId, randomFor, type Random } from "./demo-adhesion/random";

/** The demo's fixed "today", 12:00 in Chile: the same data on every run. */
const TODAY = new Date("2026-11-21T15:00:00Z");
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** How many cases each municipality files. */
const VOLUME: Record<string, number> = {
  "13501": 50, // Melipilla: Carolina's municipality
  "13101": 60, // Santiago: Javiera's
  "13503": 15, // Curacaví: Daniela's
  "13106": 25,
  "13108": 25,
  "13125": 20,
  "13127": 20,
  "02101": 55, // Antofagasta: Matías's
  "02201": 30,
  "02102": 8,
  "02301": 8,
};

const weighted = <T extends string>(random: Random, weights: Record<T, number>): T => {
  const entries = Object.entries(weights) as [T, number][];
  let roll = random.next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of entries) if ((roll -= weight) < 0) return value;
  return entries[entries.length - 1][0];
};

const STATUS_WEIGHTS: Record<CaseStatus, number> = { BORRADOR: 8, INGRESADO: 15, EN_REVISION: 25, REQUIERE_INFO: 12, DERIVADO: 8, RESUELTO: 17, CERRADO: 15 };
const TYPE_WEIGHTS: Record<CaseType, number> = {
  REGULARIZACION: 25,
  NNA: 12,
  VIF_GENERO: 8,
  TRATA: 2,
  TRAFICO_MIGRANTES: 3,
  EMBARAZO: 5,
  REUNIFICACION_FAMILIAR: 8,
  VULNERACION_DERECHOS: 12,
  REFUGIO: 5,
  EMPADRONAMIENTO: 8,
  CONSULTA: 12,
};

const SUMMARIES: Record<CaseType, string[]> = {
  REGULARIZACION: [
    "Consulta por el estado de una solicitud de residencia temporal",
    "Residencia definitiva en trámite hace más de un año",
    "Orientación para regularizar a una familia recién llegada",
    "Documentos pendientes para la residencia temporal",
  ],
  NNA: ["Adolescente sin regularizar y sin matrícula escolar", "Niño derivado por el colegio, sin documentos chilenos", "Niña con residencia vencida, madre con trámite en curso", "Hermanos menores de edad sin regularizar"],
  VIF_GENERO: ["Mujer víctima de violencia intrafamiliar sin residencia vigente", "Víctima de violencia de género pide orientación migratoria"],
  TRATA: ["Posible víctima de trata con fines de explotación laboral"],
  TRAFICO_MIGRANTES: ["Persona ingresada por paso no habilitado tras pagar a terceros"],
  EMBARAZO: ["Mujer embarazada sin controles de salud por falta de documentos", "Solicitud de permiso especial de residencia por embarazo"],
  REUNIFICACION_FAMILIAR: ["Reunificación con cónyuge residente definitivo", "Hijos en el país de origen; la madre tiene residencia definitiva"],
  VULNERACION_DERECHOS: ["Negativa de atención en el CESFAM por situación migratoria", "El colegio exige RUN para matricular", "Empleador no paga cotizaciones a trabajador extranjero", "Discriminación en el arriendo de una vivienda"],
  REFUGIO: ["Orientación sobre la solicitud de refugio", "Solicitante de refugio sin respuesta hace meses"],
  EMPADRONAMIENTO: ["Familia ingresada por paso no habilitado pide empadronarse"],
  CONSULTA: ["Consulta por requisitos del certificado de antecedentes", "Consulta por un operativo de atención en la comuna", "Duda sobre la vigencia de la cédula de identidad para extranjeros"],
};

const NEEDS = [
  "orientar a la persona sobre el trámite que corresponde",
  "conocer el estado de la solicitud en SERMIG",
  "coordinar una atención prioritaria",
  "evaluar una residencia temporal humanitaria",
];

const QUESTIONS = [
  "¿Pueden indicar si la persona tiene una solicitud en trámite y su número?",
  "Necesitamos una copia del documento de identidad que presentó.",
  "¿La familia tiene domicilio en la comuna? Indíquenlo, por favor.",
  "¿Se presentó una denuncia? Indiquen la fecha y la institución.",
];
const ANSWERS = [
  "La persona no tiene solicitudes previas; se acercó por primera vez a la oficina.",
  "Sí, vive en la comuna hace tres meses. Se adjuntó el certificado de residencia en la oficina.",
  "La denuncia se presentó en Carabineros la semana pasada.",
  "No tiene pasaporte; solo cuenta con la cédula de su país.",
];
const INTERNAL_NOTES = [
  "Revisar con el equipo de niñez antes de responder.",
  "Posible relación con otro caso de la región; verificar antecedentes.",
  "Consultar a la Dirección Regional por cupos de atención.",
  "Prioridad por situación de calle de la familia.",
];
const INSTITUTIONS = ["Oficina de Protección de Derechos (OPD) de la comuna", "Defensoría de la Niñez", "Centro de la Mujer de SernamEG", "Inspección del Trabajo", "Fiscalía Local"];
const RESOLUTIONS: Record<Outcome, string> = {
  ORIENTACION: "Se orientó a la municipalidad sobre el trámite y los documentos necesarios.",
  GESTION_SERMIG: "SERMIG resolvió la solicitud pendiente; la persona fue notificada.",
  ATENDIDO_DERIVACION: "La institución a la que se derivó atendió el caso.",
  NO_CORRESPONDE: "La situación no corresponde a materias de SERMIG; se indicó la institución competente.",
  SIN_RESPUESTA: "Se cerró sin la información solicitada a la municipalidad.",
  DUPLICADO: "El caso repetía otro ya ingresado en la región.",
};
const NATIONALITIES = ["VE", "VE", "VE", "PE", "PE", "HT", "HT", "CO", "CO", "BO", "BO", "AR", "EC", "DO", "CU", "CN"];

type Place = { code: string; name: string; regionCode: string };
type Actor = { id: string; name: string };
type Cast = { officers: Map<string, Actor>; coordinators: Map<string, Actor> };

type Row = Record<string, Value>;
type Built = { caseRow: Row; participants: Row[]; events: Row[]; notes: Row[]; pause: Row | null; submittedAt: Date | null };

const iso = (date: Date | null) => date?.toISOString() ?? null;
/** Booleans travel as text in the bulk insert's arrays; PostgreSQL casts them back. */
const flag = (value: boolean) => (value ? "true" : "false");

/** A moment during office hours (09:00–18:00 in Chile) `days` before today. */
function officeMoment(random: Random, days: number): Date {
  const date = new Date(TODAY.getTime() - days * DAY);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12 + random.int(0, 8), random.int(0, 59)));
}

const between = (random: Random, from: Date, to: Date) => new Date(from.getTime() + random.next() * Math.max(0, to.getTime() - from.getTime()));

/** A moment between two others, during office hours of its day when that still falls between them. */
function during(random: Random, from: Date, to: Date): Date {
  const at = between(random, from, to);
  // Chile is three or four hours behind UTC: near enough to pick the civil day.
  const day = new Date(at.getTime() - 3 * HOUR);
  const office = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 12 + random.int(0, 8), random.int(0, 59)));
  return office >= from && office <= to ? office : at;
}

/** How long ago a case of this status was submitted; about a third of the open ones are past due. */
function ageInDays(random: Random, status: CaseStatus): number {
  switch (status) {
    case "INGRESADO":
      return random.chance(0.3) ? random.int(10, 30) : random.int(0, 4);
    case "EN_REVISION":
    case "REQUIERE_INFO":
      return random.chance(0.3) ? random.int(20, 45) : random.int(2, 12);
    case "DERIVADO":
      return random.int(5, 60);
    case "RESUELTO":
      return random.int(10, 300);
    default:
      return random.int(20, 680);
  }
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

type Document = { type: string; number: string };
const run = (body: number): Document => ({ type: "RUN", number: `${body}-${runCheckDigit(body)}` });

/** A RUN nobody has (30.000.000 and up), a fictional passport or a fictional foreign ID. */
function fictionalDocument(random: Random): { type: string; number: string | null } {
  const roll = random.next();
  if (roll < 0.35) return run(random.int(30_000_000, 38_999_999));
  if (roll < 0.75) return { type: "PASAPORTE", number: `PF${random.int(1_000_000, 9_999_999)}` };
  if (roll < 0.92) return { type: "DNI_EXTRANJERO", number: `DNI-F-${random.int(100_000, 999_999)}` };
  return { type: "NINGUNO", number: null };
}

/**
 * Fictional people who appear in two open cases of one region, for the duplicate warning: the first
 * open cases of each municipality listed take them, so Melipilla's officer meets one from Santiago.
 */
const REPEATED: Record<string, Document[]> = (() => {
  const shared = { a: run(39_000_013), b: { type: "PASAPORTE", number: "PF7000013" }, c: run(39_000_002), d: { type: "PASAPORTE", number: "PF7000002" } };
  return { "13501": [shared.a, shared.b], "13101": [shared.a], "13106": [shared.b], "02101": [shared.c], "02201": [shared.c, shared.d], "02102": [shared.d] };
})();

let personNumber = 0;

function peopleOf(random: Random, type: CaseType, details: Record<string, string>, filedAt: Date, repeated: Document | null) {
  const adultBirth = () => new Date(Date.UTC(filedAt.getUTCFullYear() - random.int(19, 65), random.int(0, 11), random.int(1, 28)));
  const childBirth = () => new Date(Date.UTC(filedAt.getUTCFullYear() - random.int(2, 16), random.int(0, 11), random.int(1, 28)));
  const women = type === "VIF_GENERO" || type === "EMBARAZO";
  const main = {
    relation: "AFECTADA",
    birthDate: type === "NNA" ? childBirth() : random.chance(0.85) ? adultBirth() : null,
    sexGender: women ? "MUJER" : random.pick(["MUJER", "HOMBRE", "MUJER", "HOMBRE", "NO_INFORMA", null]),
    document: repeated ?? fictionalDocument(random),
  };
  const companions = type === "NNA" && details.acompanado === "si" ? ["REPRESENTANTE"] : random.chance(0.25) ? [random.pick(["FAMILIAR", "APOYO"])] : [];
  return [main, ...companions.map((relation) => ({ relation, birthDate: adultBirth(), sexGender: random.pick(["MUJER", "HOMBRE"]), document: fictionalDocument(random) }))].map((person) => {
    personNumber++;
    return {
      full_name: `Persona Ficticia ${personNumber}`,
      document_type: person.document.type,
      document_number: person.document.number,
      document_key: person.document.number ? documentKeyOf(person.document.number) : null,
      nationality: random.pick(NATIONALITIES),
      birth_date: person.birthDate ? person.birthDate.toISOString().slice(0, 10) : null,
      sex_gender: person.sexGender,
      contact: random.chance(0.5) ? `+56 9 5550 ${String(personNumber % 10_000).padStart(4, "0")}` : null,
      relation: person.relation,
    };
  });
}

/** One case and its story, built in time order so every event, note and pause fits its status. */
function buildCase(place: Place, index: number, cast: Cast, repeatedQueue: Document[]): Built {
  const random = randomFor("case", place.code, index);
  const id = demoId("case", place.code, index);
  const status = weighted(random, STATUS_WEIGHTS);
  const type = weighted(random, TYPE_WEIGHTS);
  const entry = CASE_TYPES[type];
  const details = typeDetails(random, type);
  const suggested = entry.suggestPriority(details);
  const bumped: CasePriority[] = ["BAJA", "MEDIA", "ALTA", "URGENTE"];
  // Now and then the coordinator raised the priority the portal suggested.
  const priority = status !== "BORRADOR" && suggested !== "URGENTE" && random.chance(0.1) ? bumped[bumped.indexOf(suggested) + 1] : suggested;
  const officer = cast.officers.get(place.code) ?? { id: demoId("officer", place.code), name: `Encargada municipal de ${place.name} (demo)` };
  const coordinator = cast.coordinators.get(place.regionCode) ?? null;
  const summary = random.pick(SUMMARIES[type]);

  const events: Row[] = [];
  const notes: Row[] = [];
  let eventNumber = 0;
  const event = (at: Date, actor: Actor | null, kind: string, change: { before?: object; after?: object; internal?: boolean } = {}) =>
    events.push({
      id: demoId("case-event", id, eventNumber++),
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

  const draft = status === "BORRADOR";
  const submittedAt = draft ? null : officeMoment(random, ageInDays(random, status));
  const createdAt = submittedAt ? new Date(submittedAt.getTime() - random.int(0, 3) * DAY - random.int(5, 120) * 60_000) : officeMoment(random, random.int(0, 10));
  event(createdAt, officer, "case.created", { after: { type, priority: suggested } });

  let firstResponseAt: Date | null = null;
  let waitingSince: Date | null = null;
  let resolvedAt: Date | null = null;
  let closedAt: Date | null = null;
  let derivedTo: string | null = null;
  let outcome: Outcome | null = null;
  let assignee: Actor | null = null;
  let version = 1;
  const pauses: SlaPause[] = [];
  const finished = status === "RESUELTO" || status === "CERRADO";
  let due: { firstResponseDueAt: Date; resolutionDueAt: Date } | null = null;

  if (submittedAt) {
    const [firstDays, resolutionDays] = defaultSla(type, priority);
    // The folio is known once every case is built (they are numbered in submission order).
    event(submittedAt, officer, "case.submitted", { before: { status: "BORRADOR" }, after: { status: "INGRESADO", folio: "{folio}" } });
    version++;
    // The story of a finished case ends at its resolution; an open one's runs up to (nearly) today.
    const end = finished ? new Date(Math.min(submittedAt.getTime() + random.int(2, 25) * DAY, TODAY.getTime() - DAY)) : new Date(TODAY.getTime() - 2 * HOUR);
    if (status !== "INGRESADO" && coordinator) {
      firstResponseAt = during(random, submittedAt, new Date(Math.min(submittedAt.getTime() + 30 * HOUR, end.getTime())));
      if (random.chance(0.65)) {
        assignee = coordinator;
        event(firstResponseAt, coordinator, "case.assigned", { before: { assignee: null }, after: { assignee: coordinator.name }, internal: true });
      }
      event(firstResponseAt, coordinator, "case.status", { before: { status: "INGRESADO" }, after: { status: "EN_REVISION" } });
      version++;
      if (random.chance(0.4)) note(during(random, firstResponseAt, end), coordinator, random.pick(INTERNAL_NOTES), true);

      // Each step starts after the previous one, so the timeline reads in order.
      let cursor = firstResponseAt;
      const asks = status === "REQUIERE_INFO" || (status !== "DERIVADO" && random.chance(0.3));
      if (asks) {
        const askedAt = during(random, cursor, new Date(end.getTime() - (status === "REQUIERE_INFO" ? 0 : 2 * DAY)));
        cursor = askedAt;
        event(askedAt, coordinator, "case.infoRequested", { before: { status: "EN_REVISION" }, after: { status: "REQUIERE_INFO" } });
        note(askedAt, coordinator, random.pick(QUESTIONS), false);
        event(askedAt, coordinator, "sla.paused");
        version++;
        if (status === "REQUIERE_INFO") {
          waitingSince = askedAt;
          pauses.push({ from: askedAt, to: null });
        } else {
          const answeredAt = during(random, askedAt, new Date(Math.min(askedAt.getTime() + 4 * DAY, end.getTime())));
          const noteId = note(answeredAt, officer, random.pick(ANSWERS), false);
          event(answeredAt, officer, "case.infoAnswered", { before: { status: "REQUIERE_INFO" }, after: { status: "EN_REVISION", noteId } });
          event(answeredAt, officer, "sla.resumed");
          pauses.push({ from: askedAt, to: answeredAt });
          cursor = answeredAt;
          version++;
        }
      }
      if (status === "DERIVADO" || (finished && random.chance(0.25))) {
        derivedTo = random.pick(INSTITUTIONS);
        event(during(random, cursor, end), coordinator, "case.derived", { before: { status: "EN_REVISION" }, after: { status: "DERIVADO", derivedTo } });
        version++;
      }
      if (finished) {
        resolvedAt = end;
        outcome = derivedTo ? "ATENDIDO_DERIVACION" : random.pick(["ORIENTACION", "GESTION_SERMIG", "GESTION_SERMIG", "NO_CORRESPONDE", "DUPLICADO"] as Outcome[]);
        event(resolvedAt, coordinator, "case.resolved", {
          before: { status: derivedTo ? "DERIVADO" : "EN_REVISION" },
          after: { status: "RESUELTO", outcome: OUTCOMES[outcome], resolutionText: RESOLUTIONS[outcome] },
        });
        version++;
        if (status === "CERRADO") {
          closedAt = new Date(Math.min(resolvedAt.getTime() + random.int(2, 10) * DAY, TODAY.getTime() - HOUR));
          event(closedAt, coordinator, "case.closed", { before: { status: "RESUELTO" }, after: { status: "CERRADO" } });
          version++;
        }
      }
    }
    const clock = (target: number) => computeSlaClock({ startedAt: submittedAt, targetWorkingDays: target, pauses, now: TODAY }).dueAt;
    due = { firstResponseDueAt: clock(firstDays), resolutionDueAt: clock(resolutionDays) };
    event(submittedAt, null, "sla.started", { after: { firstResponseDueAt: due.firstResponseDueAt.toISOString(), resolutionDueAt: due.resolutionDueAt.toISOString() } });
  }

  const repeated = !draft && !finished && repeatedQueue.length > 0 ? repeatedQueue.shift()! : null;
  const participants = peopleOf(random, type, details, submittedAt ?? createdAt, repeated).map((person, n) => ({ id: demoId("case-participant", id, n), case_id: id, ...person }));
  const consentBasis = type === "NNA" || type === "TRATA" ? (random.chance(0.6) ? "BASE_LEGAL" : "CONSENTIMIENTO") : draft && random.chance(0.5) ? null : "CONSENTIMIENTO";
  const updatedAt = events.reduce((latest, e) => (String(e.at) > latest ? String(e.at) : latest), "");
  return {
    submittedAt,
    participants,
    events,
    notes,
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
    },
  };
}

/** Folios in submission order, numbered per year as the portal does; the sequence continues after them. */
function assignFolios(built: Built[]): Map<number, number> {
  const lastOfYear = new Map<number, number>();
  const filed = built.filter((b) => b.submittedAt).sort((a, b) => a.submittedAt!.getTime() - b.submittedAt!.getTime());
  for (const b of filed) {
    const year = Number(localDateOf(b.submittedAt!).slice(0, 4));
    const number = (lastOfYear.get(year) ?? 0) + 1;
    lastOfYear.set(year, number);
    const folio = `SM-${year}-${String(number).padStart(6, "0")}`;
    b.caseRow.folio = folio;
    for (const e of b.events) if (e.kind === "case.submitted") e.after = String(e.after).replace("{folio}", folio);
  }
  return lastOfYear;
}

async function loadCast(client: pg.Client): Promise<Cast> {
  const { rows } = await client.query<{ id: string; name: string; role: string; territory: string }>(
    `SELECT DISTINCT ON (role, territory) id, name, role, territory
       FROM (SELECT *, CASE role WHEN 'MUNICIPAL_OFFICER' THEN municipality_code ELSE region_code END AS territory FROM "user") u
      WHERE active AND role IN ('MUNICIPAL_OFFICER', 'REGIONAL_COORDINATOR')
      ORDER BY role, territory, run`,
  );
  const byRole = (role: string) => new Map(rows.filter((u) => u.role === role).map((u) => [u.territory, { id: u.id, name: u.name }]));
  return { officers: byRole("MUNICIPAL_OFFICER"), coordinators: byRole("REGIONAL_COORDINATOR") };
}

const STAMP = "timestamp(3)";

/**
 * Runs inside the caller's transaction, after the demo users. Idempotent by fixed ids: a case that
 * exists already (an earlier run) keeps its people, timeline and notes as the portal left them.
 */
export async function seedDemoCases(client: pg.Client) {
  const cast = await loadCast(client);
  const { rows: places } = await client.query<Place>(`SELECT code, name, region_code AS "regionCode" FROM municipality WHERE code = ANY($1) ORDER BY code`, [Object.keys(VOLUME)]);
  personNumber = 0;
  const built = places.flatMap((place) => {
    const repeated = [...(REPEATED[place.code] ?? [])];
    return Array.from({ length: VOLUME[place.code] }, (_, i) => buildCase(place, i, cast, repeated));
  });
  const lastOfYear = assignFolios(built);

  const cases = built.map((b) => b.caseRow);
  const columns = Object.keys(cases[0]);
  const types: Record<string, string> = {
    type: '"CaseType"',
    status: '"CaseStatus"',
    priority: '"CasePriority"',
    suggested_priority: '"CasePriority"',
    type_details: "jsonb",
    sensitive: "boolean",
    consent_basis: '"ConsentBasis"',
    version: "int",
    ...Object.fromEntries(["submitted_at", "first_response_at", "resolved_at", "closed_at", "first_response_due_at", "resolution_due_at", "waiting_since", "created_at", "updated_at"].map((c) => [c, STAMP])),
  };
  // Any unique clash (id, folio or key, e.g. a folio the portal already gave) skips the case whole.
  const { rows: inserted } = await client.query<{ id: string }>(
    `INSERT INTO "case" (${columns.map((c) => `"${c}"`).join(", ")})
     SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${types[c] ?? "text"}[]`).join(", ")})
     ON CONFLICT DO NOTHING RETURNING id`,
    columns.map((c) => cases.map((row) => row[c])),
  );
  const fresh = new Set(inserted.map((row) => row.id));
  const kept = built.filter((b) => fresh.has(String(b.caseRow.id)));

  await insertMissing(
    client,
    "case_participant",
    ["id"],
    { id: "text", case_id: "text", full_name: "text", document_type: '"DocumentType"', document_number: "text", document_key: "text", nationality: "text", birth_date: "date", sex_gender: "text", contact: "text", relation: "text" },
    kept.flatMap((b) => b.participants),
  );
  await insertMissing(
    client,
    "case_event",
    ["id"],
    { id: "text", case_id: "text", kind: "text", internal: "boolean", actor_id: "text", actor_name: "text", before: "jsonb", after: "jsonb", at: STAMP },
    kept.flatMap((b) => b.events),
  );
  await insertMissing(
    client,
    "case_note",
    ["id"],
    { id: "text", case_id: "text", internal: "boolean", body: "text", author_id: "text", author_name: "text", created_at: STAMP },
    kept.flatMap((b) => b.notes),
  );
  await insertMissing(client, "case_pause", ["id"], { id: "text", case_id: "text", from: STAMP, to: STAMP }, kept.flatMap((b) => (b.pause ? [b.pause] : [])));
  for (const [year, last] of lastOfYear) {
    await client.query(`INSERT INTO case_sequence (year, last) VALUES ($1, $2) ON CONFLICT (year) DO UPDATE SET last = GREATEST(case_sequence.last, EXCLUDED.last)`, [year, last]);
  }
}
