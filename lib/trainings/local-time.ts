/** Sessions and activities happen at a Chilean wall-clock time; these convert it to and from instants. */
const ZONE = "America/Santiago";

const parts = new Intl.DateTimeFormat("en-US", {
  timeZone: ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

export type LocalParts = { year: number; month: number; day: number; hour: number; minute: number };

/** The wall-clock reading of an instant in Chile. */
export function chileParts(instant: Date): LocalParts {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day), hour: Number(p.hour), minute: Number(p.minute) };
}

function offsetAt(instant: number): number {
  const p = chileParts(new Date(instant));
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - Math.floor(instant / 60_000) * 60_000;
}

/** "2026-12-03T10:00" read as Chilean time → the instant; null when the text is not such a time. */
export function chileLocalToInstant(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(wall) || new Date(wall).getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // Two passes settle the offset also next to a daylight-saving change.
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant);
  return new Date(instant);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** 03-12-2026 10:00, as read in Chile. */
export function formatChileDateTime(instant: Date): string {
  const p = chileParts(instant);
  return `${pad(p.day)}-${pad(p.month)}-${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** The value a datetime-local input shows for an instant. */
export function toLocalInputValue(instant: Date): string {
  const p = chileParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}
