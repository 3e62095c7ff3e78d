/** Which municipalities the demo invents as adherents, and in which order they join. */
import { METROPOLITAN } from "./documented";
import type { Random } from "./random";

/** INE–SERMIG estimate of foreign residents in Chile at 31-12-2022 (DOMAIN-NOTES §8). */
export const NATIONAL_FOREIGN_RESIDENTS_2022 = 1_625_074;

export type Candidate = { code: string; regionCode: string; weight: number };

type Quota = { metropolitan: number; other: number };
export type Quotas = { early: Quota; late: Quota; regionCaps: Record<string, number> };

/**
 * The pull each municipality has towards the programme: its foreign residents (INE–SERMIG, 2022).
 * INE publishes only comunas with 10,000 foreigners or more; the others share the rest of the
 * national total in proportion to their 2017 census population, so the weights add up to it.
 */
export function adhesionWeights(rows: { code: string; population: number; foreigners: number | null }[]): Map<string, number> {
  const published = rows.reduce((sum, r) => sum + (r.foreigners ?? 0), 0);
  const unpublishedPopulation = rows.reduce((sum, r) => sum + (r.foreigners === null ? r.population : 0), 0);
  const share = (NATIONAL_FOREIGN_RESIDENTS_2022 - published) / unpublishedPopulation;
  return new Map(rows.map((r) => [r.code, r.foreigners ?? r.population * share]));
}

/**
 * Chooses the invented adherents, `early` ones (letter before the programme's cutoff) and `late` ones,
 * each list in order of adhesion. Every candidate draws an exponential "arrival time" with its weight
 * as rate; sorting by arrival is weighted sampling without replacement, and the order doubles as the
 * order of joining, so heavier municipalities tend to join first. Each region's first arrival joins
 * early, so the programme covers all regions; `regionCaps` limits how many a region may receive.
 */
export function chooseFictionalMunicipalities(candidates: Candidate[], quotas: Quotas, random: Random): { early: Candidate[]; late: Candidate[] } {
  const queue = candidates
    .map((candidate) => ({ candidate, arrival: -Math.log(1 - random.next()) / candidate.weight }))
    .sort((a, b) => a.arrival - b.arrival)
    .map((entry) => entry.candidate);
  const position = new Map(queue.map((c, i) => [c.code, i]));
  const taken = new Set<string>();
  const perRegion = new Map<string, number>();
  const hasRoom = (c: Candidate) => !taken.has(c.code) && (perRegion.get(c.regionCode) ?? 0) < (quotas.regionCaps[c.regionCode] ?? Infinity);
  const take = (c: Candidate, into: Candidate[]) => {
    into.push(c);
    taken.add(c.code);
    perRegion.set(c.regionCode, (perRegion.get(c.regionCode) ?? 0) + 1);
  };
  const fill = (into: Candidate[], quota: Quota) => {
    const count = (metropolitan: boolean) => into.filter((c) => (c.regionCode === METROPOLITAN) === metropolitan).length;
    for (const c of queue) {
      const metropolitan = c.regionCode === METROPOLITAN;
      if (hasRoom(c) && count(metropolitan) < (metropolitan ? quota.metropolitan : quota.other)) take(c, into);
    }
    if (count(true) !== quota.metropolitan || count(false) !== quota.other) {
      throw new Error(`Datos de demostración: no hay municipalidades suficientes para ${JSON.stringify(quota)}.`);
    }
  };

  const early: Candidate[] = [];
  for (const region of new Set(queue.map((c) => c.regionCode))) {
    const first = queue.find((c) => c.regionCode === region && hasRoom(c));
    if (first) take(first, early);
  }
  fill(early, quotas.early);
  const late: Candidate[] = [];
  fill(late, quotas.late);
  early.sort((a, b) => position.get(a.code)! - position.get(b.code)!);
  return { early, late };
}
