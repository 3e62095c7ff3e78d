/**
 * The SLA clock of one case: when SERMIG's answer is due and how that looks at a given moment.
 *
 * Rules:
 * - Due moment: the end (23:59:59.999, Chile) of the Nth working day after the day the clock started
 *   (see addWorkingDays). The case is VENCIDO only once that moment has passed.
 * - Pauses (the case waits on the municipality) push the due moment back by the working days they
 *   cover, counted like a deadline: the working days after the local date the pause began, up to and
 *   including the local date it ended. A pause opened and closed on the same day covers none; one
 *   from Monday 10:00 to Thursday 15:00 covers 3 (Tuesday, Wednesday, Thursday). Overlapping pauses
 *   count once.
 * - A pause that begins after the due moment changes nothing: the deadline was already missed, and
 *   asking the municipality for information afterwards does not erase that.
 * - An open pause (or one that ends after `now`) gives PAUSADO; its dueAt is the due moment if the
 *   pause ended now, and workingDaysLeft stays what it was when the pause began.
 * - Reopening a case starts a new clock at the reopening moment with the full target (reopenSlaClock):
 *   a reopened case brings new facts to review, and the first answer was already measured against its
 *   own deadline.
 */
import { addWorkingDays, workingDaysBetween } from "./working-days";

export type SlaState = "A_TIEMPO" | "POR_VENCER" | "VENCIDO" | "PAUSADO";

export const SLA_STATE_LABELS: Record<SlaState, string> = {
  A_TIEMPO: "A tiempo",
  POR_VENCER: "Por vencer",
  VENCIDO: "Vencido",
  PAUSADO: "En pausa",
};

/** With a 10-day target, the last two working days are the warning window. */
export const DEFAULT_DUE_SOON_WORKING_DAYS = 2;

export interface SlaPause {
  from: Date;
  /** null while the case is still waiting on the municipality. */
  to: Date | null;
}

export interface SlaClockInput {
  startedAt: Date;
  targetWorkingDays: number;
  pauses: SlaPause[];
  now: Date;
  /** POR_VENCER once this many working days or fewer remain. */
  dueSoonWorkingDays?: number;
}

export interface SlaClock {
  dueAt: Date;
  state: SlaState;
  /** Working days from today (excluded) to the due date (included); negative once overdue. */
  workingDaysLeft: number;
}

/** Pauses as they stand at `now`, clipped to the clock's start, sorted and merged. */
function effectivePauses(pauses: SlaPause[], startedAt: Date, now: Date): SlaPause[] {
  const clipped: SlaPause[] = [];
  for (const pause of pauses) {
    if (pause.to && pause.to < pause.from) {
      throw new RangeError("Una pausa del plazo no puede terminar antes de empezar.");
    }
    if (pause.from > now || (pause.to && pause.to <= startedAt)) continue;
    const from = pause.from < startedAt ? startedAt : pause.from;
    clipped.push({ from, to: pause.to && pause.to <= now ? pause.to : null });
  }
  clipped.sort((a, b) => a.from.getTime() - b.from.getTime());

  const merged: SlaPause[] = [];
  for (const pause of clipped) {
    const last = merged.at(-1);
    if (last && (last.to === null || pause.from <= last.to)) {
      last.to = last.to === null || pause.to === null ? null : pause.to > last.to ? pause.to : last.to;
    } else {
      merged.push({ ...pause });
    }
  }
  return merged;
}

function requireWholeDays(value: number, minimum: number, what: string): void {
  if (!Number.isInteger(value) || value < minimum) {
    throw new RangeError(`${what} debe ser un número entero de ${minimum} o más (se recibió ${value}).`);
  }
}

export function computeSlaClock(input: SlaClockInput): SlaClock {
  const { startedAt, targetWorkingDays, pauses, now } = input;
  const dueSoon = input.dueSoonWorkingDays ?? DEFAULT_DUE_SOON_WORKING_DAYS;
  requireWholeDays(targetWorkingDays, 1, "El plazo en días hábiles");
  requireWholeDays(dueSoon, 0, "El aviso de plazo por vencer");

  let dueAt = addWorkingDays(startedAt, targetWorkingDays);
  for (const pause of effectivePauses(pauses, startedAt, now)) {
    if (pause.from > dueAt) break;
    dueAt = addWorkingDays(dueAt, workingDaysBetween(pause.from, pause.to ?? now));
    if (pause.to === null) return { dueAt, state: "PAUSADO", workingDaysLeft: workingDaysBetween(now, dueAt) };
  }

  const workingDaysLeft = workingDaysBetween(now, dueAt);
  if (now > dueAt) return { dueAt, state: "VENCIDO", workingDaysLeft };
  return { dueAt, state: workingDaysLeft <= dueSoon ? "POR_VENCER" : "A_TIEMPO", workingDaysLeft };
}

/**
 * The clock of a reopened case: a fresh clock from `reopenedAt` with the same target. Pauses that
 * ended before the reopening no longer count; a pause still running at the reopening does.
 */
export function reopenSlaClock(input: SlaClockInput, reopenedAt: Date): SlaClock {
  if (reopenedAt < input.startedAt) {
    throw new RangeError("Un caso no puede reabrirse antes de la fecha en que se ingresó.");
  }
  return computeSlaClock({ ...input, startedAt: reopenedAt });
}
