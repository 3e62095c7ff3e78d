/**
 * When each step of a demo case happened, worked back from where its deadline must stand today: a
 * late case was filed more working days ago than its target, one due today exactly its target ago,
 * and so on. The SLA engine (lib/sla) then computes the due moments from these steps, as the portal
 * would have, and the seed checks that they land where intended (desk.ts).
 */
import type { CaseStatus } from "../../../lib/generated/prisma/enums";
import { addWorkingDays, localDateOf } from "../../../lib/sla/working-days";
import type { Random } from "../demo-adhesion/random";
import { chileTime, type DemoToday, plusDays, shiftWorkingDays, workingDayFrom } from "../demo-today";
import type { Bucket } from "./desk";

export type Moments = {
  createdAt: Date;
  submittedAt: Date | null;
  firstResponseAt: Date | null;
  /** SERMIG asked the municipality for information; `to` is null while it has not answered. */
  pause: { from: Date; to: Date | null } | null;
  derivedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
};

/** First-response and resolution targets, in working days. */
export type Targets = [number, number];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const earliest = (...dates: Date[]) => new Date(Math.min(...dates.map((d) => d.getTime())));

/** Office hours (09:00–17:59 in Chile) on a date; on today, the early morning before the demo's 09:00. */
function onDay(random: Random, date: string, today: DemoToday): Date {
  return chileTime(date, clock(date === today.date ? random.int(8 * 60, 8 * 60 + 50) : random.int(9 * 60, 17 * 60 + 59)));
}

/** A moment between two others, in office hours of its day when that still falls between them. */
export function during(random: Random, from: Date, to: Date): Date {
  const at = new Date(from.getTime() + random.next() * Math.max(0, to.getTime() - from.getTime()));
  const office = chileTime(localDateOf(at), clock(random.int(9 * 60, 17 * 60 + 59)));
  return office >= from && office <= to ? office : at;
}

/** Most late cases are a few working days late; a few have been forgotten for weeks. */
function lateness(random: Random): number {
  const roll = random.next();
  return roll < 0.6 ? random.int(1, 3) : roll < 0.9 ? random.int(4, 8) : random.int(9, 15);
}

const created = (random: Random, submittedAt: Date) => new Date(submittedAt.getTime() - random.int(0, 2) * 24 * HOUR - random.int(5, 120) * MINUTE);

/**
 * A case on SERMIG's side (INGRESADO, EN_REVISION, DERIVADO). Until SERMIG first answers, the
 * first-response deadline governs; afterwards the resolution. A case in review may have waited on the
 * municipality for a few working days, which pushed its deadline back by as many.
 */
export function runningMoments(random: Random, status: CaseStatus, bucket: Bucket, [firstDays, resolutionDays]: Targets, today: DemoToday): Moments {
  const filedOnly = status === "INGRESADO";
  const target = filedOnly ? firstDays : resolutionDays;
  const offset = bucket === "OVERDUE" ? -lateness(random) : bucket === "DUE_TODAY" ? 0 : target - random.int(filedOnly ? 0 : 1, target - 1);
  const dueDate = shiftWorkingDays(today.date, offset);
  // Working days from the filing to today, leaving the pause aside: the request for information went out
  // after the filing and before the original deadline, and was answered by yesterday.
  const elapsed = target - offset;
  const paused = status === "EN_REVISION" && elapsed >= 2 && random.chance(0.3) ? random.int(1, 3) : 0;
  const filed = shiftWorkingDays(dueDate, -(target + paused));
  const submittedAt = onDay(random, filed, today);
  const base = { createdAt: created(random, submittedAt), submittedAt, pause: null, derivedAt: null, resolvedAt: null, closedAt: null };
  if (filedOnly) return { ...base, firstResponseAt: null };

  let pause: Moments["pause"] = null;
  if (paused) {
    const asked = shiftWorkingDays(filed, random.int(1, Math.min(target, elapsed - 1)));
    pause = { from: onDay(random, asked, today), to: onDay(random, shiftWorkingDays(asked, paused), today) };
  }
  const firstResponseAt = during(random, submittedAt, earliest(addWorkingDays(submittedAt, firstDays), pause?.from ?? today.now, today.now));
  const derivedAt = status === "DERIVADO" ? during(random, firstResponseAt, new Date(today.now.getTime() - HOUR)) : null;
  return { ...base, firstResponseAt, pause, derivedAt };
}

/** A case waiting on the municipality: asked one to fifteen working days ago, before its deadline, so only paused. */
export function waitingMoments(random: Random, [firstDays, resolutionDays]: Targets, today: DemoToday): Moments {
  const asked = shiftWorkingDays(today.date, -(random.chance(0.8) ? random.int(1, 8) : random.int(9, 15)));
  const filed = shiftWorkingDays(asked, -random.int(1, resolutionDays - 1));
  const submittedAt = onDay(random, filed, today);
  const from = onDay(random, asked, today);
  const firstResponseAt = during(random, submittedAt, earliest(addWorkingDays(submittedAt, firstDays), from));
  return { createdAt: created(random, submittedAt), submittedAt, firstResponseAt, pause: { from, to: null }, derivedAt: null, resolvedAt: null, closedAt: null };
}

/** A resolved or closed case: filed weeks to months ago, answered within a day or so, resolved in 2–25 days. */
export function finishedMoments(random: Random, status: CaseStatus, today: DemoToday): Moments {
  const filed = workingDayFrom(plusDays(today.date, -(status === "RESUELTO" ? random.int(10, 300) : random.int(20, 680))));
  const submittedAt = onDay(random, filed, today);
  const resolvedOn = plusDays(filed, random.int(2, 25));
  const resolvedAt = onDay(random, resolvedOn < today.date ? resolvedOn : plusDays(today.date, -1), today);
  const firstResponseAt = during(random, submittedAt, earliest(new Date(submittedAt.getTime() + 30 * HOUR), resolvedAt));
  let cursor = firstResponseAt;
  let pause: Moments["pause"] = null;
  const derived = random.chance(0.25);
  if (!derived && random.chance(0.3)) {
    const from = during(random, cursor, new Date(Math.max(cursor.getTime(), resolvedAt.getTime() - 48 * HOUR)));
    const to = during(random, from, earliest(new Date(from.getTime() + 96 * HOUR), resolvedAt));
    pause = { from, to };
    cursor = to;
  }
  const closedAt = status === "CERRADO" ? earliest(new Date(resolvedAt.getTime() + random.int(2, 10) * 24 * HOUR), new Date(today.now.getTime() - HOUR)) : null;
  return { createdAt: created(random, submittedAt), submittedAt, firstResponseAt, pause, derivedAt: derived ? during(random, cursor, resolvedAt) : null, resolvedAt, closedAt };
}

/** A draft the municipality is still writing, started in the last ten days. */
export function draftMoments(random: Random, today: DemoToday): Moments {
  const createdAt = onDay(random, plusDays(today.date, -random.int(0, 10)), today);
  return { createdAt, submittedAt: null, firstResponseAt: null, pause: null, derivedAt: null, resolvedAt: null, closedAt: null };
}
