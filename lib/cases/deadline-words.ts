import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { santiagoWallClock } from "@/lib/santiago-clock";
import { localDateOf, workingDaysBetween } from "@/lib/sla/working-days";

/*
 * A case's deadline as a person reads it: the one that governs now, in words, with its exact moment.
 * The same rules, in SQL, pick the cases of "Vencen en 24 h" and "Vencidos" (./deadline-sql.ts): the
 * first answer's deadline until it is given, then the resolution's; a case waiting on the municipality
 * has its clock stopped and is in neither view; "soon" is the next 24 hours.
 */

export type DeadlineFields = {
  status: CaseStatus;
  firstResponseAt: Date | null;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  waitingSince: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
};

export type DeadlineTone = "overdue" | "soon" | "running" | "paused" | "finished";

export type DeadlineWords = {
  tone: DeadlineTone;
  /** "vence en 3 h", "vencido hace 2 días hábiles", "En pausa: esperando a la municipalidad". */
  words: string;
  /** The moment the words speak of: the deadline, the start of the pause or the resolution. */
  at: Date;
  /** What that moment is, before its exact date: "Plazo de 1.ª respuesta", "Desde el", "Resuelto el". */
  label: string;
  /** The exact moment in Chile's time: "04-12-2026 23:59". */
  exact: string;
  /** The same, written out for a tooltip and screen readers: "viernes 4 de diciembre de 2026, 23:59 (hora de Chile)". */
  long: string;
  /** Something the state alone does not say (a paused case that was already late). */
  note?: string;
};

const HOUR = 3_600_000;
const MINUTE = 60_000;
/** The window of "Vencen en 24 h" (./deadline-sql.ts DUE_SOON_MS). */
const SOON = 24 * HOUR;
/** Closer than this a deadline reads in hours ("vence en 3 h") rather than as a time of day. */
const HOURS_AHEAD = 6 * HOUR;

const OPEN: CaseStatus[] = ["INGRESADO", "EN_REVISION", "REQUIERE_INFO", "DERIVADO"];
const WEEKDAYS = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"];
const MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
const two = (n: number) => String(n).padStart(2, "0");

function wall(instant: Date) {
  const t = santiagoWallClock(instant);
  // Day of the week of the civil date, independent of the machine's zone.
  const weekday = WEEKDAYS[new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay()];
  return { ...t, weekday, time: `${two(t.hour)}:${two(t.minute)}` };
}

const exactOf = (instant: Date) => {
  const t = wall(instant);
  return `${two(t.day)}-${two(t.month)}-${t.year} ${t.time}`;
};
const longOf = (instant: Date) => {
  const t = wall(instant);
  return `${t.weekday} ${t.day} de ${MONTHS[t.month - 1]} de ${t.year}, ${t.time} (hora de Chile)`;
};

/** Days between two civil dates (AAAA-MM-DD). */
const calendarDays = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / (24 * HOUR));

/** Due moments are the end of a day (23:59:59.999); then the day alone says it. */
const atTime = (instant: Date) => {
  const t = wall(instant);
  return t.hour === 23 && t.minute === 59 ? "" : ` a las ${t.time}`;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function ahead(due: Date, now: Date): string {
  const left = due.getTime() - now.getTime();
  if (left < HOUR) return `vence en ${Math.max(1, Math.floor(left / MINUTE))} min`;
  if (left < HOURS_AHEAD) return `vence en ${Math.floor(left / HOUR)} h`;
  const days = calendarDays(localDateOf(now), localDateOf(due));
  const t = wall(due);
  if (days === 0) return `vence hoy a las ${t.time}`;
  if (days === 1) return `vence mañana${atTime(due)}`;
  if (days < 7) return `vence el ${t.weekday} ${t.day}${atTime(due)}`;
  return `vence el ${t.weekday} ${t.day} de ${MONTHS[t.month - 1]}`;
}

function behind(due: Date, now: Date): string {
  const late = now.getTime() - due.getTime();
  if (late < HOUR) return `vencido hace ${Math.max(1, Math.floor(late / MINUTE))} min`;
  if (late < SOON) return `vencido hace ${Math.floor(late / HOUR)} h`;
  const workingDays = workingDaysBetween(due, now);
  // A weekend or a holiday after the deadline: no working day has gone by yet, so the day it fell due says more.
  if (workingDays === 0) return `vencido el ${wall(due).weekday} ${wall(due).day}`;
  return `vencido hace ${plural(workingDays, "día hábil", "días hábiles")}`;
}

/** The deadline that governs now: the first answer's until it is given, then the resolution's. */
export function governingDeadline(fields: Pick<DeadlineFields, "firstResponseAt" | "firstResponseDueAt" | "resolutionDueAt">): { due: Date; which: "first" | "resolution" } | null {
  if (!fields.firstResponseAt && fields.firstResponseDueAt) return { due: fields.firstResponseDueAt, which: "first" };
  return fields.resolutionDueAt ? { due: fields.resolutionDueAt, which: "resolution" } : null;
}

const moment = (at: Date) => ({ at, exact: exactOf(at), long: longOf(at) });

/** The deadline state of a case in words; null while no clock applies (a draft, or an open case without deadlines). */
export function deadlineWords(fields: DeadlineFields, now: Date = new Date()): DeadlineWords | null {
  if (fields.status === "RESUELTO" || fields.status === "CERRADO") {
    const done = fields.resolvedAt ?? fields.closedAt;
    return done ? { tone: "finished", words: `Resuelto ${relativeDay(done, now)}`, label: "Resuelto el", ...moment(done) } : null;
  }
  if (!OPEN.includes(fields.status)) return null;
  const governing = governingDeadline(fields);
  if (fields.waitingSince) {
    const lateAlready = governing !== null && governing.due < fields.waitingSince;
    return {
      tone: "paused",
      words: "En pausa: esperando a la municipalidad",
      label: "Desde el",
      ...moment(fields.waitingSince),
      ...(lateAlready && { note: `El plazo ya había vencido el ${exactOf(governing.due)}.` }),
    };
  }
  if (!governing) return null;
  const label = governing.which === "first" ? "Plazo de 1.ª respuesta" : "Plazo de resolución";
  const base = { label, ...moment(governing.due) };
  if (now > governing.due) return { tone: "overdue", words: behind(governing.due, now), ...base };
  const tone = governing.due.getTime() - now.getTime() <= SOON ? "soon" : "running";
  return { tone, words: ahead(governing.due, now), ...base };
}

/** "hoy", "ayer" or "el 03-12-2026", for a past moment. */
function relativeDay(done: Date, now: Date): string {
  const days = calendarDays(localDateOf(done), localDateOf(now));
  if (days === 0) return "hoy";
  if (days === 1) return "ayer";
  return `el ${exactOf(done).slice(0, 10)}`;
}
