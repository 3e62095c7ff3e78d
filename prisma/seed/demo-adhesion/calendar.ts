/**
 * Dates of the demo, all in UTC at midnight (the `@db.Date` columns) unless they are timestamps. The
 * demo's "today" comes from ../demo-today.ts and is handed to whatever depends on it.
 */
import type { Random } from "./random";

const DAY_MS = 86_400_000;

export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function earliest(...dates: Date[]): Date {
  return new Date(Math.min(...dates.map((d) => d.getTime())));
}

export function latest(...dates: Date[]): Date {
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}

/**
 * A random working day in [from, to]: letters, resolutions and workshops happen Monday to Friday.
 * A weekend draw moves to the nearest working day that stays inside the range.
 */
export function randomDay(random: Random, from: Date, to: Date): Date {
  const drawn = addDays(from, random.int(0, Math.max(0, daysBetween(from, to))));
  const weekday = drawn.getUTCDay();
  if (weekday !== 0 && weekday !== 6) return drawn;
  const monday = addDays(drawn, weekday === 6 ? 2 : 1);
  if (monday <= to) return monday;
  const friday = addDays(drawn, weekday === 6 ? -1 : -2);
  return friday >= from ? friday : drawn;
}

/** A moment of office hours in Chile (UTC−3/−4) on that day, as the timestamp columns store it. */
export function officeHours(date: Date, random: Random): string {
  return new Date(date.getTime() + random.int(13 * 60, 20 * 60) * 60_000).toISOString();
}
