/**
 * National totals of the INE–SERMIG estimate of foreign residents at 31 December (release of Dec 2023,
 * prisma/data/territory/STATS-SOURCE.md §2). The per-comuna file publishes only the 42 comunas with
 * 10,000 or more; regional totals are not in the repository, so the national total is the only
 * figure the unpublished remainder can be taken from.
 */
export const NATIONAL_FOREIGN_RESIDENTS: Record<number, number> = {
  2018: 1_300_005,
  2019: 1_474_730,
  2020: 1_501_995,
  2021: 1_564_160,
  2022: 1_625_074,
};

/** How the dashboard estimated the foreign residents of comunas the source does not publish. */
export type ForeignResidentsMethod = {
  year: number;
  nationalTotal: number;
  publishedComunas: number;
  publishedTotal: number;
  unpublishedComunas: number;
  /** National total minus the published comunas: what the unpublished comunas hold between them. */
  remainder: number;
  populationYear: number;
};
