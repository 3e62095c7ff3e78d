/**
 * Chile's civil time (America/Santiago) for an instant. Asking Intl costs 5–10 µs a call, and lists
 * and deadline counts ask for several moments per row. Santiago's offset from UTC is a whole number of
 * hours that changes only at a whole UTC hour (clocks move at 24:00 local), so it is asked once per
 * hour of time and remembered.
 */
const HOUR_MS = 3_600_000;

const intl = new Intl.DateTimeFormat("en-US", {
  timeZone: "America/Santiago",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

const offsets = new Map<number, number>();

/** Milliseconds to add to a UTC instant to read Santiago's wall clock (−3 h or −4 h depending on DST). */
export function santiagoOffset(instant: number): number {
  const hour = Math.floor(instant / HOUR_MS);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const start = hour * HOUR_MS;
    const part = Object.fromEntries(intl.formatToParts(new Date(start)).map((p) => [p.type, Number(p.value)]));
    offset = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second) - start;
    if (offsets.size >= 20_000) offsets.clear();
    offsets.set(hour, offset);
  }
  return offset;
}

/** The first instant of a civil date (AAAA-MM-DD) in Chile: where a "from this day" filter starts. */
export function santiagoDayStart(localDate: string): Date {
  const [year, month, day] = localDate.split("-").map(Number);
  const wall = Date.UTC(year, month - 1, day);
  // The first guess uses the offset at midnight UTC; the second corrects it when a DST change lies between.
  const guess = wall - santiagoOffset(wall);
  return new Date(wall - santiagoOffset(guess));
}

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The date and time on a clock in Chile at that instant. */
export function santiagoWallClock(instant: Date): WallClock {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError("Fecha no válida.");
  const local = new Date(ms + santiagoOffset(ms));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}
