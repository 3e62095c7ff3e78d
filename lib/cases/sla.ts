import type { Prisma } from "@/lib/generated/prisma/client";
import type { CasePriority, CaseStatus, CaseType } from "@/lib/generated/prisma/enums";
import { computeSlaClock, DEFAULT_DUE_SOON_WORKING_DAYS, type SlaPause, type SlaState } from "@/lib/sla/clock";
import { workingDaysBetween } from "@/lib/sla/working-days";
import { defaultSla } from "./catalogue";
import { governingDeadline } from "./deadline-words";

type Reader = { slaPolicy: Prisma.TransactionClient["slaPolicy"] };

export type DueDates = { firstResponseDueAt: Date; resolutionDueAt: Date };

/** The targets in working days: the national admin's policy for the type and priority, else the catalogue's. */
export async function slaTargets(tx: Reader, type: CaseType, priority: CasePriority): Promise<[number, number]> {
  const policy = await tx.slaPolicy.findUnique({ where: { type_priority: { type, priority } }, select: { firstResponseDays: true, resolutionDays: true } });
  return policy ? [policy.firstResponseDays, policy.resolutionDays] : defaultSla(type, priority);
}

/**
 * Both due moments of a case whose clock started at `startedAt`, pushed back by the time it waited on
 * the municipality. A pause still open counts as if it ended now; recompute when it closes.
 */
export async function computeDueDates(tx: Reader, type: CaseType, priority: CasePriority, startedAt: Date, pauses: SlaPause[]): Promise<DueDates> {
  const [firstResponseDays, resolutionDays] = await slaTargets(tx, type, priority);
  const now = new Date();
  const dueAt = (targetWorkingDays: number) => computeSlaClock({ startedAt, targetWorkingDays, pauses, now }).dueAt;
  return { firstResponseDueAt: dueAt(firstResponseDays), resolutionDueAt: dueAt(resolutionDays) };
}

export type SlaFields = {
  status: CaseStatus;
  firstResponseAt: Date | null;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  waitingSince: Date | null;
};

/** Statuses where SERMIG's clock no longer runs, or never started. */
const CLOCK_STOPPED: CaseStatus[] = ["BORRADOR", "RESUELTO", "CERRADO"];

/**
 * The SLA state of a case for lists, from its stored due moments (no query per row), by the rules of
 * the inbox's views and the case header (./deadline-words.ts): the deadline that governs is the first
 * answer's until it is given, then the resolution's; while the case waits on the municipality
 * (`waitingSince`) the clock is paused. Null when no clock runs.
 */
export function slaStateOf(fields: SlaFields, now: Date = new Date()): SlaState | null {
  if (CLOCK_STOPPED.includes(fields.status)) return null;
  if (fields.waitingSince) return "PAUSADO";
  const due = governingDeadline(fields)?.due;
  if (!due) return null;
  if (now > due) return "VENCIDO";
  return workingDaysBetween(now, due) <= DEFAULT_DUE_SOON_WORKING_DAYS ? "POR_VENCER" : "A_TIEMPO";
}
