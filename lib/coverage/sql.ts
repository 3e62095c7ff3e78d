import { ADHERED } from "@/lib/adhesion/lifecycle";
import { at, FINISHED, OPEN, overdue, UNBLOCKED_SQL } from "@/lib/cases/deadline-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AdhesionStatus } from "@/lib/generated/prisma/enums";
import { NATIONAL_FOREIGN_RESIDENTS } from "./foreign-residents";
import type { CoverageScope } from "./scope";

/*
 * The dashboard's SQL, one builder per figure. The service runs them through Prisma; the benchmark
 * runs the very same statements with `pg` as its baseline, so nothing here touches the database.
 */

/** Statuses that hold the Sello: certified, revalidated, or certified and now being revalidated. */
export const SEALED: AdhesionStatus[] = ["CERTIFICADA", "EN_REVALIDACION", "REVALIDADA"];
/** A revalidation is "due" when it is past or falls within this window, as on the municipalities table. */
export const REVALIDATION_WINDOW_DAYS = 90;
/** The programme's first letters were signed in 2015: the adhesion chart starts there. */
export const PROGRAMME_START = "2015-01-01";

const inList = (values: readonly string[]) => Prisma.join(values.map((v) => Prisma.sql`${v}`));
const ADHERED_SQL = (column: Prisma.Sql) => Prisma.sql`${column}::text IN (${inList(ADHERED)})`;
const SEALED_SQL = (column: Prisma.Sql) => Prisma.sql`${column}::text IN (${inList(SEALED)})`;

/** `column = region` when the scope is one region, else TRUE: the whole country. */
function inScope(scope: CoverageScope, column: Prisma.Sql): Prisma.Sql {
  return scope.regionCode ? Prisma.sql`${column} = ${scope.regionCode}` : Prisma.sql`TRUE`;
}

/**
 * Every comuna with its estimated foreign residents for the latest year the source publishes. A
 * published figure is used as is; comunas the source leaves out (NULL) share the national remainder
 * (national total − published comunas) in proportion to their census population. Ends in the CTE
 * `estimate(code, region_code, municipality_code, published, foreigners)`.
 */
function foreignEstimateCte(): Prisma.Sql {
  const totals = Object.entries(NATIONAL_FOREIGN_RESIDENTS).map(([year, total]) => Prisma.sql`(${Number(year)}::int, ${total}::numeric)`);
  return Prisma.sql`
    fx_year AS (SELECT max(year) AS year FROM comuna_stat WHERE indicator = 'FOREIGN_RESIDENTS_ESTIMATE' AND value IS NOT NULL),
    pop_year AS (SELECT max(year) AS year FROM comuna_stat WHERE indicator = 'POPULATION_TOTAL' AND value IS NOT NULL),
    national AS (SELECT t.total FROM (VALUES ${Prisma.join(totals)}) AS t(year, total) JOIN fx_year f ON f.year = t.year),
    base AS (
      SELECT c.code, c.region_code, c.municipality_code, fx.value AS published, pop.value AS population
        FROM comuna c
        LEFT JOIN comuna_stat fx ON fx.comuna_code = c.code AND fx.indicator = 'FOREIGN_RESIDENTS_ESTIMATE' AND fx.year = (SELECT year FROM fx_year)
        LEFT JOIN comuna_stat pop ON pop.comuna_code = c.code AND pop.indicator = 'POPULATION_TOTAL' AND pop.year = (SELECT year FROM pop_year)
    ),
    totals AS (
      SELECT sum(published) AS published_total, sum(population) FILTER (WHERE published IS NULL) AS unpublished_population,
             count(*) FILTER (WHERE published IS NOT NULL) AS published_count, count(*) FILTER (WHERE published IS NULL) AS unpublished_count
        FROM base
    ),
    estimate AS (
      SELECT b.code, b.region_code, b.municipality_code, b.published,
             coalesce(b.published::numeric,
                      coalesce(b.population, 0) * greatest((SELECT total FROM national) - t.published_total, 0) / nullif(t.unpublished_population, 0)) AS foreigners
        FROM base b CROSS JOIN totals t
    )`;
}

/** The year, totals and counts behind the foreign-residents estimate, for the footnote. */
export function foreignResidentsMethodSql(): Prisma.Sql {
  return Prisma.sql`
    WITH ${foreignEstimateCte()}
    SELECT (SELECT year FROM fx_year) AS year, (SELECT year FROM pop_year) AS population_year,
           published_count::int, unpublished_count::int, published_total::float8 AS published_total
      FROM totals`;
}

export function regionRowsSql(scope: CoverageScope, now: Date = new Date()): Prisma.Sql {
  const soon = new Date(now.getTime() + REVALIDATION_WINDOW_DAYS * 86_400_000);
  return Prisma.sql`
    WITH ${foreignEstimateCte()},
    mun AS (
      SELECT m.region_code,
             count(*)::int AS municipalities,
             count(*) FILTER (WHERE ${ADHERED_SQL(Prisma.sql`a.status`)})::int AS adhered,
             count(*) FILTER (WHERE ${SEALED_SQL(Prisma.sql`a.status`)})::int AS certified,
             count(*) FILTER (WHERE a.status = 'EN_EVALUACION')::int AS in_evaluation,
             count(*) FILTER (WHERE ${ADHERED_SQL(Prisma.sql`a.status`)} AND a.revalidation_due_on::timestamp < ${at(soon)})::int AS revalidations_due
        FROM municipality m LEFT JOIN adhesion a ON a.municipality_code = m.code
       WHERE ${inScope(scope, Prisma.sql`m.region_code`)}
       GROUP BY m.region_code
    ),
    com AS (
      SELECT e.region_code,
             count(*)::int AS comunas,
             count(*) FILTER (WHERE ${ADHERED_SQL(Prisma.sql`a.status`)})::int AS adhered_comunas,
             coalesce(sum(e.foreigners), 0)::float8 AS foreigners,
             coalesce(sum(e.foreigners) FILTER (WHERE ${ADHERED_SQL(Prisma.sql`a.status`)}), 0)::float8 AS covered,
             coalesce(sum(e.foreigners) FILTER (WHERE ${ADHERED_SQL(Prisma.sql`a.status`)} AND e.published IS NULL), 0)::float8 AS covered_attributed
        FROM estimate e LEFT JOIN adhesion a ON a.municipality_code = e.municipality_code
       WHERE ${inScope(scope, Prisma.sql`e.region_code`)}
       GROUP BY e.region_code
    ),
    cs AS (
      SELECT c.region_code,
             count(*) FILTER (WHERE ${OPEN})::int AS open_cases,
             count(*) FILTER (WHERE ${overdue(now)})::int AS overdue_cases,
             count(*) FILTER (WHERE ${FINISHED} AND c.resolution_due_at IS NOT NULL)::int AS finished,
             count(*) FILTER (WHERE ${FINISHED} AND c.resolved_at <= c.resolution_due_at)::int AS finished_on_time
        FROM "case" c
       WHERE c.status <> 'BORRADOR' AND ${UNBLOCKED_SQL} AND ${inScope(scope, Prisma.sql`c.region_code`)}
       GROUP BY c.region_code
    )
    SELECT r.code, r.name, r.north_south_order AS "order",
           mun.municipalities, mun.adhered, mun.certified, mun.in_evaluation AS "inEvaluation", mun.revalidations_due AS "revalidationsDue",
           com.comunas, com.adhered_comunas AS "adheredComunas", com.foreigners, com.covered AS "foreignersCovered",
           com.covered_attributed AS "foreignersCoveredAttributed",
           coalesce(cs.open_cases, 0) AS "openCases", coalesce(cs.overdue_cases, 0) AS "overdueCases",
           coalesce(cs.finished, 0) AS "finishedCases", coalesce(cs.finished_on_time, 0) AS "finishedOnTime"
      FROM region r
      JOIN mun ON mun.region_code = r.code
      JOIN com ON com.region_code = r.code
      LEFT JOIN cs ON cs.region_code = r.code
     ORDER BY r.north_south_order`;
}

export function adhesionTimelineSql(scope: CoverageScope, now: Date = new Date()): Prisma.Sql {
  return Prisma.sql`
    WITH joined AS (
      SELECT date_trunc('month', a.letter_signed_on)::date AS month, count(*) AS n
        FROM adhesion a
       WHERE a.letter_signed_on IS NOT NULL AND (${ADHERED_SQL(Prisma.sql`a.status`)} OR a.status = 'RETIRADA') AND ${inScope(scope, Prisma.sql`a.region_code`)}
       GROUP BY 1
    ),
    withdrawn AS (
      SELECT date_trunc('month', a.status_since)::date AS month, count(*) AS n
        FROM adhesion a
       WHERE a.letter_signed_on IS NOT NULL AND a.status = 'RETIRADA' AND ${inScope(scope, Prisma.sql`a.region_code`)}
       GROUP BY 1
    ),
    months AS (
      SELECT generate_series(${PROGRAMME_START}::date, date_trunc('month', ${at(now)})::date, interval '1 month')::date AS month
    ),
    before AS (
      SELECT (SELECT coalesce(sum(n), 0) FROM joined WHERE month < ${PROGRAMME_START}::date)
           - (SELECT coalesce(sum(n), 0) FROM withdrawn WHERE month < ${PROGRAMME_START}::date) AS n
    )
    SELECT to_char(m.month, 'YYYY-MM') AS month,
           ((SELECT n FROM before) + sum(coalesce(j.n, 0) - coalesce(w.n, 0)) OVER (ORDER BY m.month))::int AS adhered
      FROM months m LEFT JOIN joined j ON j.month = m.month LEFT JOIN withdrawn w ON w.month = m.month
     ORDER BY m.month`;
}

/**
 * Derived cases of the scope by the institution they were last derived to; derivations to an
 * institution outside the catalogue (and the free-text ones from before it) make one row without id.
 */
export function derivationsByInstitutionSql(scope: CoverageScope): Prisma.Sql {
  return Prisma.sql`
    SELECT i.id, COALESCE(i.name, 'Otra institución') AS name, count(*)::int AS count
      FROM "case" c LEFT JOIN institution i ON i.id = c.derived_institution_id
     WHERE c.status <> 'BORRADOR' AND c.derived_to IS NOT NULL AND ${inScope(scope, Prisma.sql`c.region_code`)}
     GROUP BY i.id, i.name
     ORDER BY count DESC, name`;
}

export function casesByTypeAndStatusSql(scope: CoverageScope): Prisma.Sql {
  return Prisma.sql`
    SELECT c.type, c.status, count(*)::int AS count
      FROM "case" c
     WHERE c.status <> 'BORRADOR' AND ${UNBLOCKED_SQL} AND ${inScope(scope, Prisma.sql`c.region_code`)}
     GROUP BY c.type, c.status`;
}

export function casesByMonthSql(scope: CoverageScope, now: Date = new Date()): Prisma.Sql {
  const thisMonth = Prisma.sql`date_trunc('month', (${at(now)} AT TIME ZONE 'UTC' AT TIME ZONE 'America/Santiago'))`;
  return Prisma.sql`
    WITH months AS (
      SELECT m AS month, (m AT TIME ZONE 'America/Santiago' AT TIME ZONE 'UTC') AS starts, ((m + interval '1 month') AT TIME ZONE 'America/Santiago' AT TIME ZONE 'UTC') AS ends
        FROM generate_series(${thisMonth} - interval '11 months', ${thisMonth}, interval '1 month') AS m
    )
    SELECT to_char(m.month, 'YYYY-MM') AS month,
           (SELECT count(*) FROM "case" c
             WHERE c.submitted_at >= m.starts AND c.submitted_at < m.ends AND c.status <> 'BORRADOR' AND ${UNBLOCKED_SQL} AND ${inScope(scope, Prisma.sql`c.region_code`)})::int AS count
      FROM months m
     ORDER BY m.month`;
}

export function caseSlaSql(scope: CoverageScope, now: Date = new Date()): Prisma.Sql {
  return Prisma.sql`
    SELECT count(*)::int AS filed,
           count(*) FILTER (WHERE ${OPEN})::int AS open,
           count(*) FILTER (WHERE ${overdue(now)})::int AS overdue,
           count(*) FILTER (WHERE c.first_response_at IS NOT NULL AND c.first_response_due_at IS NOT NULL)::int AS responded,
           count(*) FILTER (WHERE c.first_response_at <= c.first_response_due_at)::int AS "respondedOnTime",
           count(*) FILTER (WHERE ${FINISHED} AND c.resolution_due_at IS NOT NULL)::int AS finished,
           count(*) FILTER (WHERE ${FINISHED} AND c.resolved_at <= c.resolution_due_at)::int AS "finishedOnTime",
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', c.first_response_at - c.submitted_at))
              FILTER (WHERE c.first_response_at IS NOT NULL AND c.submitted_at IS NOT NULL) / 86400)::float8 AS "medianFirstResponseDays",
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', c.resolved_at - c.submitted_at))
              FILTER (WHERE c.resolved_at IS NOT NULL AND c.submitted_at IS NOT NULL) / 86400)::float8 AS "medianResolutionDays"
      FROM "case" c
     WHERE c.status <> 'BORRADOR' AND ${UNBLOCKED_SQL} AND ${inScope(scope, Prisma.sql`c.region_code`)}`;
}

export function workPlanProgressSql(scope: CoverageScope): Prisma.Sql {
  return Prisma.sql`
    SELECT ca.line,
           count(DISTINCT ca.municipality_code)::int AS municipalities,
           count(*)::int AS actions,
           count(*) FILTER (WHERE ca.review = 'APPROVED')::int AS approved,
           count(*) FILTER (WHERE ca.review = 'PENDING')::int AS pending
      FROM commitment_action ca JOIN adhesion a ON a.municipality_code = ca.municipality_code
     WHERE ${ADHERED_SQL(Prisma.sql`a.status`)} AND ${inScope(scope, Prisma.sql`ca.region_code`)}
     GROUP BY ca.line`;
}

export function comunaStatusesSql(scope: CoverageScope): Prisma.Sql {
  return Prisma.sql`
    SELECT c.code, c.name, c.region_code AS "regionCode", c.municipality_code AS "municipalityCode", a.status, (p.comuna_code IS NOT NULL) AS prioritised
      FROM comuna c
      LEFT JOIN adhesion a ON a.municipality_code = c.municipality_code
      JOIN region r ON r.code = c.region_code
      LEFT JOIN priority_comuna p ON p.comuna_code = c.code
     WHERE ${inScope(scope, Prisma.sql`c.region_code`)}
     ORDER BY r.north_south_order, c.code`;
}

export function priorityComunasSql(scope: CoverageScope): Prisma.Sql {
  return Prisma.sql`
    SELECT c.code, c.name, r.name AS "regionName", a.status, p.reason, p.marked_by_name AS "markedByName", p.marked_at AS "markedAt"
      FROM priority_comuna p
      JOIN comuna c ON c.code = p.comuna_code
      JOIN region r ON r.code = c.region_code
      LEFT JOIN adhesion a ON a.municipality_code = c.municipality_code
     WHERE ${inScope(scope, Prisma.sql`p.region_code`)}
     ORDER BY r.north_south_order, c.name`;
}
