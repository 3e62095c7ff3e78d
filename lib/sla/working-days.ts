/**
 * Working days as Chile counts administrative deadlines (Ley 19.880, art. 25): Monday to Friday, except
 * national holidays, on the civil calendar of America/Santiago. A deadline of N working days runs from
 * the day AFTER the starting moment, so the hours left on the filing day are never a day of their own.
 *
 * Every function throws when it has to look at a year outside HOLIDAY_YEARS, so a stale holiday table
 * stops the count instead of silently treating a holiday as a working day.
 */
import { santiagoOffset, santiagoWallClock } from "../santiago-clock";
import { HOLIDAY_YEARS, holidaysIn, isHoliday } from "./holidays";

const DAY_MS = 86_400_000;

function parse(localDate: string): number {
  const [year, month, day] = localDate.split("-").map(Number);
  return Date.UTC(year, month - 1, day);
}

// Deadlines are counted over calendar days as whole numbers (days since 1970-01-01), without building
// a date string for each one: lists show the state of every case's deadline.
const dayNumber = (localDate: string) => parse(localDate) / DAY_MS;
const dateOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const FIRST_COVERED = Date.UTC(HOLIDAY_YEARS.from, 0, 1) / DAY_MS;
const LAST_COVERED = Date.UTC(HOLIDAY_YEARS.to, 11, 31) / DAY_MS;
const HOLIDAY_DAYS = new Set(
  Array.from({ length: HOLIDAY_YEARS.to - HOLIDAY_YEARS.from + 1 }, (_, i) => holidaysIn(HOLIDAY_YEARS.from + i))
    .flat()
    .map((holiday) => dayNumber(holiday.date)),
);

// 1970-01-01 was a Thursday.
const isWeekday = (day: number) => (day + 4) % 7 !== 0 && (day + 4) % 7 !== 6;

function isWorkingDayNumber(day: number): boolean {
  // Outside the table isHoliday throws, as it must: a stale table stops the count.
  if (day < FIRST_COVERED || day > LAST_COVERED) isHoliday(dateOfDay(day));
  return isWeekday(day) && !HOLIDAY_DAYS.has(day);
}

/** The civil date (AAAA-MM-DD) an instant falls on in Chile. */
export function localDateOf(instant: Date): string {
  const wall = santiagoWallClock(instant);
  return `${wall.year}-${String(wall.month).padStart(2, "0")}-${String(wall.day).padStart(2, "0")}`;
}

/**
 * The last millisecond of a civil date in Chile (23:59:59.999 local). Chosen over "midnight of the next
 * day" so the moment still reads as the due date when shown in Chile's time zone.
 */
function endOfLocalDay(localDate: string): Date {
  const wall = parse(localDate) + DAY_MS - 1;
  // The first guess uses the offset of a moment a few hours away; the second corrects it if a DST
  // change lies in between.
  const guess = wall - santiagoOffset(wall);
  return new Date(wall - santiagoOffset(guess));
}

/** Monday to Friday and not a national holiday. */
export function isWorkingDay(localDate: string): boolean {
  return !isHoliday(localDate) && isWeekday(dayNumber(localDate));
}

/**
 * The due moment of a deadline of `days` working days starting at `from`: the end (23:59:59.999 in
 * Chile) of the Nth working day after `from`'s local date. Filed Thursday 17-09-2026 10:00 with 1 day,
 * with 18 and 19 September holidays and the 20th a Sunday → due at the end of Monday 21-09-2026.
 * With 0 days it is the end of `from`'s own local date.
 */
export function addWorkingDays(from: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`El plazo debe ser un número entero de días hábiles, cero o más (se recibió ${days}).`);
  }
  let day = dayNumber(localDateOf(from));
  for (let counted = 0; counted < days; ) {
    day++;
    if (isWorkingDayNumber(day)) counted++;
  }
  return endOfLocalDay(dateOfDay(day));
}

/** Working days whose date is after `start` and up to and including `end` (both AAAA-MM-DD, start ≤ end). */
function countWorkingDays(start: string, end: string): number {
  let count = 0;
  for (let day = dayNumber(start), last = dayNumber(end); day < last; ) {
    day++;
    if (isWorkingDayNumber(day)) count++;
  }
  return count;
}

/**
 * Working days from `a`'s local date (excluded) to `b`'s local date (included), so that
 * `workingDaysBetween(from, addWorkingDays(from, n)) === n`. Negative when `b`'s date is before `a`'s.
 */
export function workingDaysBetween(a: Date, b: Date): number {
  const start = localDateOf(a);
  const end = localDateOf(b);
  if (end >= start) return countWorkingDays(start, end);
  const count = countWorkingDays(end, start);
  // Avoids returning -0, which strict equality checks tell apart from 0.
  return count === 0 ? 0 : -count;
}
