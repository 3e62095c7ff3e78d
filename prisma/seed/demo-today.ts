/**
 * The demo's "today": the civil date in Chile on the day the seed runs, or SEED_TODAY (AAAA-MM-DD) to
 * load the demo as it would look on another day (tests use that). Invented history, cases, deadlines,
 * trainings, visits and notifications are dated from it; the programme's documented dates are not.
 */
import { HOLIDAY_YEARS } from "../../lib/sla/holidays";
import { isWorkingDay, localDateOf } from "../../lib/sla/working-days";
import { chileLocalToInstant } from "../../lib/trainings/local-time";

export type DemoToday = {
  /** The civil date in Chile, AAAA-MM-DD. */
  date: string;
  /** The same date at UTC midnight, as DATE columns hold it. */
  day: Date;
  /** When the demo's desk is looked at: 09:00 in Chile that day. Nothing in the demo happens later. */
  now: Date;
};

/**
 * The invented history after June 2024 needs room before today (María Elena's 18-03-2025 letter, the
 * withdrawals of 2025), and every open case's deadline must fall inside the holiday table: the longest
 * default target, 20 working days, plus a few days waiting on the municipality.
 */
const EARLIEST = "2026-01-01";
export const LATEST_DEMO_TODAY = `${HOLIDAY_YEARS.to}-11-15`;
const DAY_MS = 86_400_000;

export function chileTime(date: string, time: string): Date {
  const instant = chileLocalToInstant(`${date}T${time}`);
  if (!instant) throw new RangeError(`Hora no válida: ${date} ${time}.`);
  return instant;
}

export function demoToday(date: string): DemoToday {
  const day = new Date(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== date) {
    throw new RangeError(`SEED_TODAY debe ser una fecha real con formato AAAA-MM-DD (se recibió «${date}»).`);
  }
  if (date < EARLIEST) throw new RangeError(`La demostración empieza a contarse el ${EARLIEST}: use una fecha posterior (se recibió ${date}).`);
  if (date > LATEST_DEMO_TODAY) {
    throw new RangeError(
      `Los plazos de los casos de demostración al ${date} caerían fuera de la tabla de feriados, que llega hasta ${HOLIDAY_YEARS.to}: agregue el año siguiente en lib/sla/holidays.ts.`,
    );
  }
  return { date, day, now: chileTime(date, "09:00") };
}

/** SEED_TODAY when set, else today's date on a clock in Chile. */
export function demoTodayFrom(env: NodeJS.ProcessEnv = process.env, clock: Date = new Date()): DemoToday {
  const override = env.SEED_TODAY?.trim();
  return demoToday(override || localDateOf(clock));
}

/** A civil date `days` calendar days away (negative: before). */
export function plusDays(date: string, days: number): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The working day `count` working days away from `date` (negative: before), counted as the portal
 * counts deadlines (lib/sla: Monday to Friday, except Chile's holidays). With 0, `date` itself.
 */
export function shiftWorkingDays(date: string, count: number): string {
  let current = date;
  for (let left = Math.abs(count); left > 0; ) {
    current = plusDays(current, Math.sign(count));
    if (isWorkingDay(current)) left--;
  }
  return current;
}

/** `date` if it is a working day, else the next one. */
export function workingDayFrom(date: string): string {
  return isWorkingDay(date) ? date : shiftWorkingDays(date, 1);
}
