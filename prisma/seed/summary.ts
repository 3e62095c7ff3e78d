/** What the seed says it loaded, in a few lines of Spanish: only what this run wrote. */
import type { CaseStatus } from "../../lib/generated/prisma/enums";
import { formatDate, formatNumber } from "../../lib/format";
import { LANGUAGE_LABELS } from "../../lib/materials/labels";
import type { AdhesionsSeeded } from "./demo-adhesion";
import type { CapacitySeeded } from "./demo-capacity";
import type { CasesSeeded } from "./demo-cases";
import type { CommsSeeded } from "./demo-comms";
import type { DemoToday } from "./demo-today";

export type DemoSeeded = { adhesions: AdhesionsSeeded; cases: CasesSeeded; capacity: CapacitySeeded; comms: CommsSeeded };

const weekday = new Intl.DateTimeFormat("es-CL", { weekday: "long", timeZone: "UTC" });
const n = formatNumber;
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;
const listed = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(", ")} y ${items.at(-1)}` : (items[0] ?? ""));
/** The parts of a line that have something to say, or nothing. */
const parts = (...items: (string | false)[]) => items.filter((item): item is string => Boolean(item)).join(" ");

/** The statuses of lib/cases/catalogue.ts, counted. */
const STATUS_COUNTS: [CaseStatus, string, string][] = [
  ["BORRADOR", "borrador", "borradores"],
  ["INGRESADO", "ingresado", "ingresados"],
  ["EN_REVISION", "en revisión", "en revisión"],
  ["REQUIERE_INFO", "requiere información", "requieren información"],
  ["DERIVADO", "derivado", "derivados"],
  ["RESUELTO", "resuelto", "resueltos"],
  ["CERRADO", "cerrado", "cerrados"],
];

function caseLines(cases: CasesSeeded, regionNames: Map<string, string>): string[] {
  if (cases.inserted === 0) return [];
  const statuses = STATUS_COUNTS.filter(([s]) => cases.byStatus[s]).map(([s, one, many]) => plural(cases.byStatus[s]!, one, many));
  const open = (desk: CasesSeeded["desk"][string]) => desk.OVERDUE + desk.DUE_TODAY + desk.ON_TIME + desk.WAITING;
  return [
    `Casos: ${n(cases.inserted)} (${statuses.join(", ")}).`,
    ...Object.entries(cases.desk)
      .sort(([, a], [, b]) => open(b) - open(a))
      .map(
        ([region, desk]) =>
          `Bandeja de la ${regionNames.get(region) ?? `región ${region}`}: ${n(open(desk))} abiertos; ${n(desk.OVERDUE)} fuera de plazo, ` +
          `${n(desk.DUE_TODAY)} vencen hoy, ${n(desk.WAITING)} esperan a la municipalidad y ${n(desk.ON_TIME)} a tiempo.`,
      ),
  ];
}

export function describeDemo(today: DemoToday, seeded: DemoSeeded, regionNames: Map<string, string>): string[] {
  const { adhesions, cases, capacity, comms } = seeded;
  const { bulletins, materials } = comms;
  const { trainings, visits, practices, activities } = capacity;
  const day = `${weekday.format(today.day)} ${formatDate(today.day)}`;
  const bulletinCount = bulletins.national + bulletins.regional;
  const notifications = { inserted: cases.notifications.inserted + bulletins.notifications.inserted, unread: cases.notifications.unread + bulletins.notifications.unread };
  const lines = [
    adhesions.inserted > 0 &&
      `Adhesiones: ${plural(adhesions.signed, "municipalidad con carta", "municipalidades con carta")} (${n(adhesions.metropolitan)} de la Región Metropolitana), ` +
        `${plural(adhesions.withdrawn, "retirada", "retiradas")} y ${plural(adhesions.revalidationsSoon, "revalidación que vence", "revalidaciones que vencen")} en los próximos 90 días.`,
    ...caseLines(cases, regionNames),
    parts(
      bulletinCount > 0 && `Boletines: ${n(bulletinCount)} (${n(bulletins.national)} nacionales, ${n(bulletins.regional)} regionales, ${n(bulletins.withAttachment)} con PDF adjunto).`,
      materials.inserted > 0 && `Materiales: ${n(materials.inserted)} en ${listed(materials.languages.map((code) => LANGUAGE_LABELS[code].toLowerCase()))}.`,
    ),
    parts(
      trainings.upcoming + trainings.held > 0 && `Capacitaciones: ${n(trainings.upcoming)} próximas y ${n(trainings.held)} realizadas.`,
      visits.visits > 0 && `Visitas técnicas: ${n(visits.visits)} (${plural(visits.overdueAgreements, "acuerdo atrasado", "acuerdos atrasados")}).`,
      activities.upcoming + activities.held > 0 && `Dispositivos territoriales: ${n(activities.upcoming)} próximos y ${n(activities.held)} realizados.`,
      practices.published + practices.inReview > 0 && `Buenas prácticas: ${n(practices.published)} publicadas y ${n(practices.inReview)} en revisión.`,
    ),
    notifications.inserted > 0 && `Notificaciones: ${n(notifications.inserted)} (${n(notifications.unread)} sin leer).`,
  ].filter((line): line is string => Boolean(line));
  const kept = [adhesions.kept, cases.kept, bulletins.kept, materials.kept, trainings.kept, visits.kept, practices.kept, activities.kept].some((count) => count > 0);
  if (lines.length === 0) return [`Demostración: ya estaba cargada; se conserva tal como la dejó el portal (para cargarla de nuevo al ${day}, borre la carpeta .data/).`];
  return [
    `Demostración al ${day}${process.env.SEED_TODAY ? " (fecha fijada con SEED_TODAY)" : ""}:`,
    ...lines.map((line) => `  ${line}`),
    ...(kept ? ["  Lo que ya estaba cargado se conserva tal como lo dejó el portal."] : []),
  ];
}
