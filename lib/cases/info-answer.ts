import { addWorkingDays, workingDaysBetween } from "@/lib/sla/working-days";

/**
 * How long SERMIG gives the municipality to answer a request for information: five working days
 * from the day it asked, counted like every other deadline of the portal (Ley 19.880, working days
 * of Chile). SERMIG's own clock stays paused meanwhile; this is the municipality's side of the wait.
 */
export const INFO_ANSWER_WORKING_DAYS = 5;

export type InfoAnswerDeadline = { dueAt: Date; overdue: boolean; workingDaysLeft: number };

export function infoAnswerDeadline(askedAt: Date, now: Date): InfoAnswerDeadline {
  const dueAt = addWorkingDays(askedAt, INFO_ANSWER_WORKING_DAYS);
  return { dueAt, overdue: dueAt.getTime() < now.getTime(), workingDaysLeft: workingDaysBetween(now, dueAt) };
}
