import { randomUUID } from "node:crypto";
import type { Viewer } from "@/lib/auth/viewer";
import { Prisma } from "@/lib/generated/prisma/client";
import { localDateOf } from "@/lib/sla/working-days";
import { jsonb } from "@/lib/sql-params";
import { CASE_TYPES, PRIORITY_LABELS, STATUS_LABELS } from "./catalogue";

/** How the case page names each kind of timeline event. Every kind written anywhere must be here. */
export const EVENT_LABELS = {
  "case.created": "Borrador creado",
  "case.updated": "Datos del caso modificados",
  "case.submitted": "Caso ingresado a SERMIG",
  "case.status": "Cambio de estado",
  "case.priority": "Cambio de prioridad",
  "case.assigned": "Asignación",
  "case.infoRequested": "Solicitud de información a la municipalidad",
  "case.infoAnswered": "Respuesta de la municipalidad",
  "case.derived": "Derivación",
  "case.resolved": "Caso resuelto",
  "case.closed": "Caso cerrado",
  "case.reopened": "Caso reabierto",
  "note.shared": "Nota",
  "note.internal": "Nota interna",
  "attachment.added": "Archivo adjunto",
  "attachment.internal": "Archivo interno adjunto",
  "sla.started": "Plazos calculados",
  "sla.paused": "Plazo en pausa",
  "sla.resumed": "Plazo reanudado",
  "sla.recomputed": "Plazos recalculados",
  // Written by the deadline watcher (lib/jobs/sla-watch.ts), always internal.
  SLA_WARNING: "Aviso de plazo por vencer",
  SLA_BREACHED: "Plazo vencido",
} as const;

export type CaseEventKind = keyof typeof EVENT_LABELS;

/** The events of notes and files: internal ones have a kind of their own, besides the internal flag. */
export const CONVERSATION_EVENTS = {
  note: { shared: "note.shared", internal: "note.internal" },
  attachment: { shared: "attachment.added", internal: "attachment.internal" },
} as const satisfies Record<string, Record<"shared" | "internal", CaseEventKind>>;

export const visibility = (internal: boolean) => (internal ? "internal" : "shared");

/** Names of the case's fields as they appear in "old → new" entries of the timeline. */
export const FIELD_LABELS: Record<string, string> = {
  type: "Tipo",
  status: "Estado",
  priority: "Prioridad",
  summary: "Resumen",
  description: "Descripción",
  typeDetails: "Preguntas del tipo de caso",
  participants: "Personas",
  consentBasis: "Consentimiento",
  consentDetail: "Base legal",
  municipalReference: "Referencia municipal",
  assignee: "Responsable",
  derivedTo: "Derivado a",
  firstResponseDueAt: "Primera respuesta",
  resolutionDueAt: "Resolución",
};

export type CaseEventChange = {
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  /** Hidden from the municipality: SERMIG's internal work. */
  internal?: boolean;
};

type Writer = Pick<Prisma.TransactionClient, "$executeRaw">;

/** `at`: when it happened, if earlier than its write (a trail written at the end of a save); otherwise now. */
export type CaseEventEntry = CaseEventChange & { kind: CaseEventKind; at?: Date };

/**
 * Appends events to a case's timeline, in the transaction of the change they record, in one statement.
 * `viewer` is null for what the portal does by itself (deadline checks). Never put participants' names
 * or document numbers in `before`/`after`: the timeline is shown to everyone who sees the case.
 */
export async function recordCaseEvents(tx: Writer, caseId: string, viewer: Pick<Viewer, "id" | "name"> | null, entries: CaseEventEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const now = new Date();
  const rows = entries.map(
    (entry) =>
      Prisma.sql`(${randomUUID()}, ${caseId}, ${entry.kind}, ${entry.internal ?? false}, ${viewer?.id ?? null}, ${viewer?.name ?? "Portal Sello Migrante"},
                  ${jsonb(entry.before)}::jsonb, ${jsonb(entry.after)}::jsonb, ${entry.at ?? now})`,
  );
  await tx.$executeRaw`
    INSERT INTO case_event (id, case_id, kind, internal, actor_id, actor_name, before, after, at) VALUES ${Prisma.join(rows)}`;
}

export function recordCaseEvent(tx: Writer, caseId: string, viewer: Pick<Viewer, "id" | "name"> | null, kind: CaseEventKind, change: CaseEventChange = {}): Promise<void> {
  return recordCaseEvents(tx, caseId, viewer, [{ kind, ...change }]);
}

type Json = Prisma.JsonValue;

export const isRecord = (value: Json | undefined): value is Record<string, Json> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The stored code or moment of a field, as a person reads it. */
function readable(field: string, value: Json | undefined): string {
  if (value === null || value === undefined || value === "") return field === "assignee" ? "sin asignar" : "—";
  if (typeof value !== "string") return String(value);
  switch (field) {
    case "status":
      return STATUS_LABELS[value as keyof typeof STATUS_LABELS] ?? value;
    case "priority":
      return PRIORITY_LABELS[value as keyof typeof PRIORITY_LABELS] ?? value;
    case "type":
      return CASE_TYPES[value as keyof typeof CASE_TYPES]?.label ?? value;
    case "consentBasis":
      return value === "CONSENTIMIENTO" ? "con consentimiento" : "base legal";
    case "firstResponseDueAt":
    case "resolutionDueAt":
      return `vence el ${localDateOf(new Date(value)).split("-").reverse().join("-")}`;
    case "summary":
      return `«${value}»`;
    default:
      return value;
  }
}

/** Extra details some steps carry besides their fields. */
const DETAIL_LABELS: Record<string, string> = { folio: "Folio", outcome: "Resultado", resolutionText: "Resolución", reason: "Motivo" };

/**
 * What an event changed, one line per field ("Estado: Ingresado → En revisión"). Keys nobody labelled
 * (ids of notes and files, the deadline watcher's markers) are left out.
 */
export function describeChange(before: Json | undefined, after: Json | undefined): string[] {
  const old = isRecord(before) ? before : {};
  const now = isRecord(after) ? after : {};
  const lines: string[] = [];
  for (const [field, value] of Object.entries(now)) {
    if (FIELD_LABELS[field]) {
      lines.push(field in old ? `${FIELD_LABELS[field]}: ${readable(field, old[field])} → ${readable(field, value)}` : `${FIELD_LABELS[field]}: ${readable(field, value)}`);
    } else if (DETAIL_LABELS[field] && typeof value === "string") {
      lines.push(`${DETAIL_LABELS[field]}: ${value}`);
    } else if (field === "changed" && Array.isArray(value)) {
      lines.push(`También cambió: ${value.map((name) => FIELD_LABELS[String(name)] ?? String(name)).join(", ")}`);
    }
  }
  return lines;
}
