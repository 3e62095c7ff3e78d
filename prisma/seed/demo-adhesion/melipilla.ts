/**
 * Melipilla's work plan, written by hand because the demo's municipal officer and the RM coordinator
 * show it: every line, and every review state (approved, waiting, returned with a comment, draft).
 * Invented, like all the plans; SERMIG's briefing of municipal counterparts and police on
 * regularisation (elmaipo.cl) inspired its regularisation action. The first actions followed its
 * letter of 2023 and keep their dates; the later ones are placed around today, so some are under
 * way, one was returned a few weeks ago and some are still ahead.
 */
import type { CommitmentLine } from "../../../lib/generated/prisma/enums";
import { addDays, day } from "./calendar";
import { ACTION_TEMPLATES, RETURN_COMMENTS } from "./catalogue";
import type { ActionSpec } from "./work-plan";

function template(line: CommitmentLine, titleStart: string) {
  const found = ACTION_TEMPLATES[line].find((t) => t.title.startsWith(titleStart));
  if (!found) throw new Error(`Plantilla de acción desconocida: ${titleStart}`);
  return found;
}

/** A fixed date (AAAA-MM-DD), or a number of days from today. */
type When = string | number;
type Row = [CommitmentLine, string, When, When, ActionSpec["status"], ActionSpec["review"], string?];

const ROWS: Row[] = [
  ["INSTITUCIONALIDAD", "Designar a una encargada", "2023-11-06", "2023-12-29", "DONE", "APPROVED"],
  ["INSTITUCIONALIDAD", "Crear o fortalecer la oficina", "2024-03-04", "2024-12-20", "DONE", "APPROVED"],
  ["CAPACITACIONES", "Incluir la temática migratoria", "2024-01-08", "2024-04-30", "DONE", "APPROVED"],
  ["INSTITUCIONALIDAD", "Llevar un registro", -628, 27, "IN_PROGRESS", "PENDING"],
  ["POLITICAS_LOCALES", "Mesas sectoriales", -599, 24, "IN_PROGRESS", "PENDING"],
  ["CAPACITACIONES", "Taller de atención intercultural", -110, -22, "DONE", "RETURNED", RETURN_COMMENTS[1]],
  ["REGULARIDAD_MIGRATORIA", "Organizar operativos", -81, 20, "IN_PROGRESS", "DRAFT"],
  ["POLITICAS_LOCALES", "Incluir la temática migrante en el PLADECO", -51, 221, "IN_PROGRESS", "DRAFT"],
  ["REGULARIDAD_MIGRATORIA", "Promover la regularización", 100, 251, "PLANNED", "DRAFT"],
  ["ASOCIATIVIDAD_PARTICIPACION", "Apoyar a las organizaciones", 44, 221, "PLANNED", "DRAFT"],
];

/** Plans start and end on weekdays: a weekend moves to the following Monday. */
function weekday(date: Date): Date {
  const sunday = date.getUTCDay() === 0;
  return date.getUTCDay() === 6 || sunday ? addDays(date, sunday ? 1 : 2) : date;
}

export function melipillaPlan(today: Date): ActionSpec[] {
  const on = (when: When) => (typeof when === "string" ? day(when) : weekday(addDays(today, when)));
  return ROWS.map(([line, title, starts, due, status, review, comment]) => ({
    line,
    template: template(line, title),
    startsOn: on(starts),
    dueOn: on(due),
    status,
    review,
    ...(comment && { comment }),
  }));
}
