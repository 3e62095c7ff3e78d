/**
 * How the coordinators' desk looks on the demo's today: which open cases are past their deadline,
 * which fall due today, which run on time and which wait on the municipality. The shares are chosen
 * per region, so the inbox of each demo coordinator shows all of them on any date.
 */
import type { CaseStatus } from "../../../lib/generated/prisma/enums";
import { randomFor } from "../demo-adhesion/random";

export type Bucket = "OVERDUE" | "DUE_TODAY" | "ON_TIME" | "WAITING" | "CLOSED";

/** Invented: about one open case in six is late, a few are due today, the rest have time left. */
const OVERDUE_SHARE = 0.17;
const DUE_TODAY_SHARE = 0.05;

const RUNNING: CaseStatus[] = ["INGRESADO", "EN_REVISION", "DERIVADO"];

export type Filed = { key: string; regionCode: string; status: CaseStatus };

/**
 * The bucket of every case. Which cases are late does not depend on today (the same ones, shuffled
 * once per region), so the demo looks alike from one day to the next. Deadlines end on working days:
 * on a weekend or holiday nothing falls due today.
 */
export function assignBuckets(cases: Filed[], todayIsWorkingDay: boolean): Map<string, Bucket> {
  const buckets = new Map<string, Bucket>();
  for (const c of cases) buckets.set(c.key, c.status === "REQUIERE_INFO" ? "WAITING" : RUNNING.includes(c.status) ? "ON_TIME" : "CLOSED");
  for (const region of new Set(cases.map((c) => c.regionCode))) {
    const own = cases.filter((c) => c.regionCode === region);
    const open = own.filter((c) => c.status === "REQUIERE_INFO" || RUNNING.includes(c.status)).length;
    const candidates = own.filter((c) => RUNNING.includes(c.status));
    const running = randomFor("desk", region).sample(candidates, candidates.length);
    const overdue = Math.round(OVERDUE_SHARE * open);
    const dueToday = todayIsWorkingDay ? Math.max(1, Math.round(DUE_TODAY_SHARE * open)) : 0;
    running.slice(0, overdue).forEach((c) => buckets.set(c.key, "OVERDUE"));
    running.slice(overdue, overdue + dueToday).forEach((c) => buckets.set(c.key, "DUE_TODAY"));
  }
  return buckets;
}

export type DeadlineFields = { status: CaseStatus; firstResponseAt: Date | null; firstResponseDueAt: Date | null; resolutionDueAt: Date | null; waitingSince: Date | null };

/**
 * The bucket a case's stored deadlines put it in at `now`, by the rules of the inbox's "Vencidos" and
 * "Vencen en 24 h" views (lib/cases/deadline-sql.ts). The seed checks each case it builds against it.
 */
export function bucketOf(c: DeadlineFields, now: Date): Bucket {
  if (!["INGRESADO", "EN_REVISION", "REQUIERE_INFO", "DERIVADO"].includes(c.status)) return "CLOSED";
  // The governing deadline: the first answer's until it is given, then the resolution's. A paused clock is in neither view.
  if (c.waitingSince) return "WAITING";
  const due = (c.firstResponseAt ? null : c.firstResponseDueAt) ?? c.resolutionDueAt;
  if (!due) return "ON_TIME";
  if (due < now) return "OVERDUE";
  return due.getTime() <= now.getTime() + 24 * 3_600_000 ? "DUE_TODAY" : "ON_TIME";
}
