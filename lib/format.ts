import { santiagoWallClock } from "./santiago-clock";

const integer = new Intl.NumberFormat("es-CL", { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat("es-CL", { style: "percent", maximumFractionDigits: 1 });

/** 1625074 → "1.625.074" (es-CL). */
export function formatNumber(value: number): string {
  return integer.format(value);
}

/** 0.2345 → "23,5%". */
export function formatPercent(ratio: number): string {
  return percent.format(ratio);
}

/** Dates as people in Chile write them: 21-11-2026. */
export function formatDate(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}-${mm}-${date.getUTCFullYear()}`;
}

/** A calendar date held at UTC midnight (a DATE column, a date typed in a form) as AAAA-MM-DD. */
export function isoDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

const two = (value: number) => String(value).padStart(2, "0");

/** A moment as read in Chile (America/Santiago): 21-11-2026 19:23:05. */
export function formatDateTime(date: Date): string {
  const t = santiagoWallClock(date);
  return `${two(t.day)}-${two(t.month)}-${t.year} ${two(t.hour)}:${two(t.minute)}:${two(t.second)}`;
}
