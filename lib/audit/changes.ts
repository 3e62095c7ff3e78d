import { STATUS_LABELS as ADHESION_STATUS } from "@/lib/adhesion/lifecycle";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { COMMITMENT_LINES } from "@/lib/programme/commitment-lines";
import { CASE_TYPES, PRIORITY_LABELS, STATUS_LABELS as CASE_STATUS } from "@/lib/cases/catalogue";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";
import { REQUEST_STATUS_LABELS } from "@/lib/activities/schemas";
import { STATUS_LABELS as PRACTICE_STATUS } from "@/lib/practices/schemas";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The names an audit page needs to show people and places instead of their ids and codes. */
export type AuditNames = {
  user: (id: string) => string | undefined;
  region: (code: string) => string | undefined;
  municipality: (code: string) => string | undefined;
};

/** A change as people read it: "Estado: Ingresado → En revisión". `before` is absent for a new value. */
export type ReadableChange = { label: string; before?: string; after: string };

const FIELD_LABELS: Record<string, string> = {
  status: "Estado",
  review: "Revisión",
  priority: "Prioridad",
  type: "Tipo",
  role: "Rol",
  name: "Nombre",
  fullName: "Nombre completo",
  email: "Correo",
  phone: "Teléfono",
  title: "Título",
  summary: "Resumen",
  description: "Descripción",
  assignee: "Responsable",
  assigneeId: "Responsable",
  markedBy: "Marcado por",
  markedAt: "Marcado el",
  userIds: "Personas",
  active: "Activo",
  primary: "Contacto principal",
  legalHold: "Retención legal",
  reason: "Motivo",
  motivo: "Motivo",
  comment: "Comentario",
  outcome: "Resultado",
  resolutionText: "Resolución",
  derivedTo: "Derivado a",
  deadline: "Plazo",
  dueAt: "Plazo",
  done: "Cumplido",
  firstResponseDueAt: "Plazo de primera respuesta",
  resolutionDueAt: "Plazo de resolución",
  firstResponseDays: "Días hábiles para la primera respuesta",
  resolutionDays: "Días hábiles para la resolución",
  retentionMonths: "Meses de conservación",
  cutoff: "Fecha de corte",
  submittedAt: "Ingresado el",
  createdAt: "Creado el",
  startsAt: "Comienza",
  visitOn: "Fecha de la visita",
  year: "Año",
  score: "Puntaje",
  place: "Lugar",
  topics: "Temas",
  agreement: "Acuerdo",
  evidence: "Medio de verificación",
  results: "Resultados",
  resultados: "Resultados",
  registered: "Inscritas",
  attended: "Asistieron",
  peopleAttended: "Personas atendidas",
  participants: "Personas",
  files: "Archivos",
  attachments: "Archivos adjuntos",
  fileName: "Archivo",
  format: "Formato",
  folios: "Folios",
  indicator: "Indicador",
  audience: "Destinatarios",
  regionCode: "Región",
  municipalityCode: "Municipalidad",
  comunaCode: "Comuna",
  run: "RUN",
  fields: "Campos",
  changed: "También cambió",
  cambios: "Cambios",
  casosRecalculados: "Casos con plazos recalculados",
  modality: "Modalidad",
  capacity: "Cupos",
  topic: "Tema",
  url: "Enlace",
  line: "Línea de acción",
  contact: "Contacto",
  reviewComment: "Comentario de la revisión",
  reviewedAt: "Revisada el",
  publishedAt: "Publicada el",
  publishedByName: "Publicada por",
  attendanceRecordedAt: "Asistencia registrada el",
  response: "Respuesta",
  file: "Archivo",
  indicatorLabel: "Indicador",
  publisher: "Fuente",
  rows: "Filas",
  published: "Publicado",
  dueOn: "Plazo",
  kind: "Clase",
  position: "Posición",
  filters: "Filtros",
  referencia: "Referencia municipal",
  caracteres: "Caracteres",
  keyboardShortcuts: "Atajos de teclado",
  cases: "Casos",
  receivedOn: "Recibida el",
  late: "Fuera de plazo",
};

const REVIEW_LABELS: Record<string, string> = { DRAFT: "Borrador", PENDING: "Por revisar", APPROVED: "Aprobada", RETURNED: "Devuelta" };

/** Which catalogue names a status depends on what the event is about. */
function statusLabels(entity: string): Record<string, string> {
  switch (entity) {
    case "Case":
      return CASE_STATUS;
    case "Adhesion":
      return ADHESION_STATUS;
    case "GoodPractice":
      return PRACTICE_STATUS;
    case "ActivityRequest":
      return REQUEST_STATUS_LABELS;
    default:
      return {};
  }
}

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Keys that only hold the portal's own bookkeeping: nobody reading the trail needs them. */
const BOOKKEEPING = new Set(["id", "version", "updatedAt", "idempotencyKey", "searchVector"]);
const isBookkeeping = (key: string) => BOOKKEEPING.has(key) || (/Ids?$/.test(key) && !(key in FIELD_LABELS));

function text(entity: string, key: string, value: Json | undefined, names: AuditNames): string {
  if (value === null || value === undefined || value === "") return key === "assignee" || key === "assigneeId" ? "sin asignar" : "—";
  if (typeof value === "boolean") return value ? "sí" : "no";
  if (typeof value === "number") return formatNumber(value);
  if (Array.isArray(value)) return value.map((item) => text(entity, key, item, names)).join(", ") || "—";
  if (typeof value === "object") return readableFields(entity, {}, value, names).map((change) => `${change.label} ${change.after}`).join(", ");
  switch (key) {
    case "status":
      return statusLabels(entity)[value] ?? value;
    case "review":
      return REVIEW_LABELS[value] ?? value;
    case "priority":
      return PRIORITY_LABELS[value as keyof typeof PRIORITY_LABELS] ?? value;
    case "type":
      return CASE_TYPES[value as keyof typeof CASE_TYPES]?.label ?? value;
    case "role":
      return ROLE_LABELS[value as keyof typeof ROLE_LABELS] ?? value;
    case "assignee":
    case "assigneeId":
    case "markedBy":
    case "userIds":
      return names.user(value) ?? "una persona que ya no está en el portal";
    case "regionCode":
      return names.region(value) ?? value;
    case "municipalityCode":
    case "comunaCode":
      return names.municipality(value) ?? value;
    case "line":
      return COMMITMENT_LINES.find((line) => line.code === value)?.title ?? value;
    case "changed":
    case "fields":
      return FIELD_LABELS[value]?.toLowerCase() ?? value;
  }
  if (ISO_MOMENT.test(value)) return formatDateTime(new Date(value));
  if (ISO_DAY.test(value)) return formatDate(new Date(`${value}T00:00:00Z`));
  return value;
}

function readableFields(entity: string, before: Record<string, Json>, after: Record<string, Json>, names: AuditNames): ReadableChange[] {
  const changes: ReadableChange[] = [];
  for (const key of new Set([...Object.keys(after), ...Object.keys(before)])) {
    if (isBookkeeping(key)) continue;
    const label = FIELD_LABELS[key] ?? key;
    const had = key in before;
    const has = key in after;
    if (had && has && JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    if (!has) changes.push({ label, before: text(entity, key, before[key], names), after: "—" });
    else changes.push({ label, ...(had && { before: text(entity, key, before[key], names) }), after: text(entity, key, after[key], names) });
  }
  return changes;
}

const record = (value: unknown): Record<string, Json> => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, Json>) : {});

/**
 * What an audit event changed, with the labels people see (statuses, people, places) instead of codes,
 * ids and JSON. The CSV export keeps the stored detail; this is for reading.
 */
export function describeAuditChange(entity: string, before: unknown, after: unknown, names: AuditNames): ReadableChange[] {
  return readableFields(entity, record(before), record(after), names);
}

/** The user ids an event's change mentions, to look their names up once for a whole page. */
export function mentionedUserIds(before: unknown, after: unknown): string[] {
  const ids: string[] = [];
  for (const side of [record(before), record(after)])
    for (const key of ["assignee", "assigneeId", "markedBy", "userIds"]) {
      const value = side[key];
      for (const item of Array.isArray(value) ? value : [value]) if (typeof item === "string") ids.push(item);
    }
  return ids;
}
