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

function wroteAnything({ adhesions, cases, capacity, comms }: DemoSeeded): boolean {
  const counts = [adhesions.inserted, cases.inserted, cases.notifications.inserted, comms.bulletins.inserted, comms.materials.inserted, ...Object.values(capacity).map((part) => part.inserted)];
  return counts.some((count) => count > 0);
}

export function describeDemo(today: DemoToday, seeded: DemoSeeded, regionNames: Map<string, string>): string[] {
  const day = `${weekday.format(today.day)} ${formatDate(today.day)}`;
  if (!wroteAnything(seeded)) return [`Demostración: ya estaba cargada; se conserva tal como la dejó el portal (para cargarla de nuevo al ${day}, borre la carpeta .data/).`];
  const { adhesions, cases, capacity, comms } = seeded;
  const lines = [`Demostración al ${day}${process.env.SEED_TODAY ? " (fecha fijada con SEED_TODAY)" : ""}:`];
  if (adhesions.inserted > 0) {
    lines.push(
      `  Adhesiones: ${plural(adhesions.signed, "municipalidad con carta", "municipalidades con carta")} (${n(adhesions.metropolitan)} de la Región Metropolitana), ` +
        `${plural(adhesions.withdrawn, "retirada", "retiradas")} y ${plural(adhesions.revalidationsSoon, "revalidación que vence", "revalidaciones que vencen")} en los próximos 90 días.`,
    );
  }
  if (cases.inserted > 0) {
    const statuses = STATUS_COUNTS.filter(([s]) => cases.byStatus[s]).map(([s, one, many]) => plural(cases.byStatus[s]!, one, many));
    lines.push(`  Casos: ${n(cases.inserted)} (${statuses.join(", ")}).`);
    const open = (desk: CasesSeeded["desk"][string]) => desk.OVERDUE + desk.DUE_TODAY + desk.ON_TIME + desk.WAITING;
    for (const [region, desk] of Object.entries(cases.desk).sort(([, a], [, b]) => open(b) - open(a))) {
      lines.push(
        `  Bandeja de la ${regionNames.get(region) ?? `región ${region}`}: ${n(open(desk))} abiertos; ${n(desk.OVERDUE)} fuera de plazo, ${n(desk.DUE_TODAY)} vencen hoy, ` +
          `${n(desk.WAITING)} esperan a la municipalidad y ${n(desk.ON_TIME)} a tiempo.`,
      );
    }
  }
  const { bulletins, materials } = comms;
  if (bulletins.inserted + materials.inserted > 0) {
    lines.push(
      `  Boletines: ${n(bulletins.total)} (${n(bulletins.national)} nacionales, ${n(bulletins.regional)} regionales, ${n(bulletins.withAttachment)} con PDF adjunto). ` +
        `Materiales: ${n(materials.total)} en ${listed(materials.languages.map((code) => LANGUAGE_LABELS[code].toLowerCase()))}.`,
    );
  }
  const { trainings, visits, practices, activities } = capacity;
  if (trainings.inserted + visits.inserted + practices.inserted + activities.inserted > 0) {
    lines.push(
      `  Capacitaciones: ${n(trainings.upcoming)} próximas y ${n(trainings.held)} realizadas. Visitas técnicas: ${n(visits.visits)} (${plural(visits.overdueAgreements, "acuerdo atrasado", "acuerdos atrasados")}). ` +
        `Dispositivos territoriales: ${n(activities.upcoming)} próximos y ${n(activities.held)} realizados. Buenas prácticas: ${n(practices.published)} publicadas y ${n(practices.inReview)} en revisión.`,
    );
  }
  const notifications = { inserted: cases.notifications.inserted + bulletins.notifications.inserted, unread: cases.notifications.unread + bulletins.notifications.unread };
  if (notifications.inserted > 0) lines.push(`  Notificaciones: ${n(notifications.inserted)} (${n(notifications.unread)} sin leer).`);
  return lines;
}
