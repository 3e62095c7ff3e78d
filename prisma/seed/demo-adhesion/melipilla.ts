/**
 * Melipilla's work plan, written by hand because the demo's municipal officer and the RM coordinator
 * show it: every line, and every review state (approved, waiting, returned with a comment, draft).
 * Invented, like all the plans; SERMIG's briefing of municipal counterparts and police on
 * regularisation (elmaipo.cl) inspired its regularisation action.
 */
import type { CommitmentLine } from "../../../lib/generated/prisma/enums";
import { day } from "./calendar";
import { ACTION_TEMPLATES, RETURN_COMMENTS } from "./catalogue";
import type { ActionSpec } from "./work-plan";

function template(line: CommitmentLine, titleStart: string) {
  const found = ACTION_TEMPLATES[line].find((t) => t.title.startsWith(titleStart));
  if (!found) throw new Error(`Plantilla de acción desconocida: ${titleStart}`);
  return found;
}

type Row = [CommitmentLine, string, string, string, ActionSpec["status"], ActionSpec["review"], string?];

const ROWS: Row[] = [
  ["INSTITUCIONALIDAD", "Designar a una encargada", "2023-11-06", "2023-12-29", "DONE", "APPROVED"],
  ["INSTITUCIONALIDAD", "Crear o fortalecer la oficina", "2024-03-04", "2024-12-20", "DONE", "APPROVED"],
  ["CAPACITACIONES", "Incluir la temática migratoria", "2024-01-08", "2024-04-30", "DONE", "APPROVED"],
  ["INSTITUCIONALIDAD", "Llevar un registro", "2025-03-03", "2026-12-18", "IN_PROGRESS", "PENDING"],
  ["POLITICAS_LOCALES", "Mesas sectoriales", "2025-04-01", "2026-12-15", "IN_PROGRESS", "PENDING"],
  ["CAPACITACIONES", "Taller de atención intercultural", "2026-08-03", "2026-10-30", "DONE", "RETURNED", RETURN_COMMENTS[1]],
  ["REGULARIDAD_MIGRATORIA", "Organizar operativos", "2026-09-01", "2026-12-11", "IN_PROGRESS", "DRAFT"],
  ["POLITICAS_LOCALES", "Incluir la temática migrante en el PLADECO", "2026-10-01", "2027-06-30", "IN_PROGRESS", "DRAFT"],
  ["REGULARIDAD_MIGRATORIA", "Promover la regularización", "2027-03-01", "2027-07-30", "PLANNED", "DRAFT"],
  ["ASOCIATIVIDAD_PARTICIPACION", "Apoyar a las organizaciones", "2027-01-04", "2027-06-30", "PLANNED", "DRAFT"],
];

export const MELIPILLA_PLAN: ActionSpec[] = ROWS.map(([line, title, starts, due, status, review, comment]) => ({
  line,
  template: template(line, title),
  startsOn: day(starts),
  dueOn: day(due),
  status,
  review,
  ...(comment && { comment }),
}));
