/** When each adherent signed its letter of commitment. */
import { day, randomDay, TODAY } from "./calendar";
import type { Random } from "./random";

type Period = { from: Date; to: Date; letters: number };

const period = (from: string, to: string, letters: number): Period => ({ from: day(from), to: day(to), letters });

/**
 * New letters per period. The 5 of 2015 and the 141 by 30-06-2024 are the programme's figures; the
 * shape in between is invented: a slow start while the programme was new, growth from 2018 with a
 * dip in the 2020 lockdowns, and a steady pace afterwards.
 */
const LETTER_PERIODS: Period[] = [
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
  period("2024-07-01", "2024-12-30", 7),
  period("2025-01-02", "2025-12-30", 12),
  period("2026-01-05", "2026-09-30", 6),
  // A few recent letters, the newest a week before the demo's today: some still wait for the coordinator.
  period("2026-10-01", "2026-11-13", 3),
];

export function lettersUpTo(date: Date): number {
  return LETTER_PERIODS.filter((p) => p.to <= date).reduce((sum, p) => sum + p.letters, 0);
}

/**
 * Dates the letters: documented adherents keep their date and use up a place in its period; the
 * invented ones, in their order of joining, fill the remaining places period after period.
 */
export function assignLetterDates(documented: { code: string; letter: Date }[], invented: string[], random: Random): Map<string, Date> {
  const dates = new Map(documented.map((d) => [d.code, d.letter]));
  const queue = [...invented];
  for (const p of LETTER_PERIODS) {
    const free = p.letters - documented.filter((d) => d.letter >= p.from && d.letter <= p.to).length;
    for (const code of queue.splice(0, free)) dates.set(code, randomDay(random, p.from, p.to));
  }
  if (queue.length > 0 || dates.size !== lettersUpTo(TODAY)) {
    throw new Error("Datos de demostración: las cartas inventadas no calzan con LETTER_PERIODS.");
  }
  return dates;
}
