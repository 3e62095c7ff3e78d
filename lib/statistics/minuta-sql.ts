import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The minuta's figures: the latest year of every indicator with the comuna's value and the sums over
 * its region and the country. Kept apart from the service so the benchmark times the same statement.
 */
export function latestFiguresSql(code: string, regionCode: string): Prisma.Sql {
  return Prisma.sql`
    WITH latest AS (SELECT indicator, max(year) AS year FROM comuna_stat GROUP BY indicator),
    source AS (
      SELECT DISTINCT ON (s.indicator) s.indicator, d.title, d.publisher
        FROM comuna_stat s JOIN latest l USING (indicator, year) JOIN stat_dataset d ON d.id = s.dataset_id
       ORDER BY s.indicator, (s.comuna_code = ${code}) DESC
    )
    SELECT l.indicator, l.year,
           max(s.value) FILTER (WHERE c.code = ${code}) AS value,
           sum(s.value) FILTER (WHERE c.region_code = ${regionCode}) AS region_sum,
           count(s.value) FILTER (WHERE c.region_code = ${regionCode})::int AS region_published,
           count(*) FILTER (WHERE c.region_code = ${regionCode})::int AS region_comunas,
           sum(s.value) AS country_sum,
           count(s.value)::int AS country_published,
           count(*)::int AS country_comunas,
           max(src.title) AS title, max(src.publisher) AS publisher
      FROM latest l
      CROSS JOIN comuna c
      LEFT JOIN comuna_stat s ON s.comuna_code = c.code AND s.indicator = l.indicator AND s.year = l.year
      LEFT JOIN source src ON src.indicator = l.indicator
     GROUP BY l.indicator, l.year`;
}
