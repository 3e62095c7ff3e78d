/** When each adherent signed its letter of commitment. */
import { addDays, day, daysBetween, earliest, randomDay } from "./calendar";
import { PROGRAMME } from "./documented";
import type { Random } from "./random";

type Period = { from: Date; to: Date; letters: number };

const period = (from: string, to: string, letters: number): Period => ({ from: day(from), to: day(to), letters });

/**
 * New letters per period up to the programme's cutoff. The 5 of 2015 and the 141 by 30-06-2024 are the
 * programme's figures; the shape in between is invented: a slow start while the programme was new,
 * growth from 2018 with a dip in the 2020 lockdowns.
 */
const UP_TO_CUTOFF: Period[] = [
  period("2015-03-02", "2015-11-30", 5),
  period("2016-01-04", "2016-12-30", 6),
  period("2017-01-02", "2017-12-29", 9),
  period("2018-01-02", "2018-12-28", 17),
  period("2019-01-02", "2019-12-30", 22),
  period("2020-01-02", "2020-12-30", 14),
  period("2021-01-04", "2021-12-30", 19),
  period("2022-01-03", "2022-12-30", 19),
  period("2023-01-02", "2023-12-29", 20),
  period("2024-01-02", "2024-06-28", 10),
];

/** Invented: after the cutoff, about one letter a month (a half-year holds six). */
const LETTERS_PER_HALF_YEAR = 6;
/** Invented: the newest letters, signed between six weeks and a week before today; some still wait for the coordinator. */
const RECENT = { letters: 3, fromDaysAgo: 44, toDaysAgo: 8 };

/** The half-years after the cutoff up to the recent letters, the last one cut short where they begin. */
function periodsAfterCutoff(today: Date): Period[] {
  const recentFrom = addDays(today, -RECENT.fromDaysAgo);
  const periods: Period[] = [];
  for (let start = addDays(PROGRAMME.cutoff, 1); start < recentFrom; ) {
    const next = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 6, 1));
    const end = earliest(addDays(next, -1), addDays(recentFrom, -1));
    const share = (daysBetween(start, end) + 1) / daysBetween(start, next);
    periods.push({ from: start, to: end, letters: Math.round(LETTERS_PER_HALF_YEAR * share) });
    start = next;
  }
  periods.push({ from: recentFrom, to: addDays(today, -RECENT.toDaysAgo), letters: RECENT.letters });
  return periods;
}

export function letterPeriods(today: Date): Period[] {
  return [...UP_TO_CUTOFF, ...periodsAfterCutoff(today)];
}

export function lettersUpTo(date: Date, today: Date): number {
  return letterPeriods(today)
    .filter((p) => p.to <= date)
    .reduce((sum, p) => sum + p.letters, 0);
}

/**
 * Dates the letters: documented adherents keep their date and use up a place in its period; the
 * invented ones, in their order of joining, fill the remaining places period after period.
 */
export function assignLetterDates(documented: { code: string; letter: Date }[], invented: string[], random: Random, today: Date): Map<string, Date> {
  const dates = new Map(documented.map((d) => [d.code, d.letter]));
  const queue = [...invented];
  for (const p of letterPeriods(today)) {
    const free = p.letters - documented.filter((d) => d.letter >= p.from && d.letter <= p.to).length;
    for (const code of queue.splice(0, free)) dates.set(code, randomDay(random, p.from, p.to));
  }
  if (queue.length > 0 || dates.size !== lettersUpTo(today, today)) {
    throw new Error("Datos de demostración: las cartas inventadas no calzan con los períodos de cartas.");
  }
  return dates;
}
