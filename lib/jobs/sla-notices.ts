import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { addWorkingDays, localDateOf } from "@/lib/sla/working-days";

/*
 * What the `sla-watch` job watches, says and remembers, apart from the job itself: the demo seed
 * leaves the trail the job would have left (prisma/seed/demo-cases/watch-trail.ts), and the job then
 * recognises it and stays silent.
 */

/** Cases on SERMIG's side. A case waiting on the municipality (REQUIERE_INFO) has its clock paused. */
export const WATCHED: CaseStatus[] = ["INGRESADO", "EN_REVISION", "DERIVADO"];

export const SLA_WARNING = "SLA_WARNING";
export const SLA_BREACHED = "SLA_BREACHED";
export type SlaNoticeKind = typeof SLA_WARNING | typeof SLA_BREACHED;
export const SLA_NOTICE_ACTOR = "Aviso automático de plazos";

export type Deadline = "FIRST_RESPONSE" | "RESOLUTION";
const DEADLINE_LABELS: Record<Deadline, string> = { FIRST_RESPONSE: "primera respuesta", RESOLUTION: "resolución" };

/** Due moments are the end of a working day, so "due by the end of the next working day" is "within 1 working day". */
export function warningHorizon(now: Date): Date {
  return addWorkingDays(now, 1);
}

/** What the case event remembers: the deadline and its due moment, so a moved deadline is watched afresh. */
export function slaMarker(deadline: Deadline, dueAt: Date) {
  return { deadline, dueAt: dueAt.toISOString() };
}

function chileDate(instant: Date): string {
  return localDateOf(instant).split("-").reverse().join("-");
}

export function slaNoticeTitle(kind: SlaNoticeKind, folio: string, deadline: Deadline, dueAt: Date): string {
  const label = DEADLINE_LABELS[deadline];
  const date = chileDate(dueAt);
  return kind === SLA_BREACHED ? `${folio}: venció el plazo de ${label} (${date})` : `${folio}: el plazo de ${label} vence el ${date}`;
}
