import "server-only";
import { db } from "@/lib/db";
import type { AdhesionStatus, CaseStatus, CaseType, CommitmentLine } from "@/lib/generated/prisma/enums";
import { NATIONAL_FOREIGN_RESIDENTS, type ForeignResidentsMethod } from "./foreign-residents";
import type { CoverageScope } from "./scope";
import {
  adhesionTimelineSql,
  caseSlaSql,
  casesByMonthSql,
  casesByTypeAndStatusSql,
  derivationsByInstitutionSql,
  comunaStatusesSql,
  foreignResidentsMethodSql,
  priorityComunasSql,
  regionRowsSql,
  workPlanProgressSql,
} from "./sql";

export { PROGRAMME_START, REVALIDATION_WINDOW_DAYS, SEALED } from "./sql";

export async function foreignResidentsMethod(): Promise<ForeignResidentsMethod | null> {
  const [row] = await db.$queryRaw<
    { year: number | null; published_count: number; unpublished_count: number; published_total: number | null; population_year: number | null }[]
  >(foreignResidentsMethodSql());
  if (!row?.year || !(row.year in NATIONAL_FOREIGN_RESIDENTS)) return null;
  const nationalTotal = NATIONAL_FOREIGN_RESIDENTS[row.year];
  const publishedTotal = row.published_total ?? 0;
  return {
    year: row.year,
    nationalTotal,
    publishedComunas: row.published_count,
    publishedTotal,
    unpublishedComunas: row.unpublished_count,
    remainder: Math.max(nationalTotal - publishedTotal, 0),
    populationYear: row.population_year ?? 0,
  };
}

export type RegionRow = {
  code: string;
  name: string;
  order: number;
  municipalities: number;
  adhered: number;
  certified: number;
  inEvaluation: number;
  revalidationsDue: number;
  comunas: number;
  adheredComunas: number;
  foreigners: number;
  foreignersCovered: number;
  /** Part of `foreignersCovered` attributed from the national remainder (comunas without a published figure). */
  foreignersCoveredAttributed: number;
  openCases: number;
  overdueCases: number;
  finishedCases: number;
  finishedOnTime: number;
};

/**
 * One row per region of the scope: adhesion, comunas, foreign residents covered and cases. Each part
 * is grouped by PostgreSQL; only the 16 (or 1) regional rows come back.
 */
export async function regionRows(scope: CoverageScope, now: Date = new Date()): Promise<RegionRow[]> {
  return db.$queryRaw<RegionRow[]>(regionRowsSql(scope, now));
}

export type Headline = Omit<RegionRow, "code" | "name" | "order">;

/** The scope's totals: the sum of its regional rows (already aggregated by the database). */
export function headlineOf(rows: RegionRow[]): Headline {
  const zero: Headline = {
    municipalities: 0, adhered: 0, certified: 0, inEvaluation: 0, revalidationsDue: 0, comunas: 0, adheredComunas: 0, foreigners: 0,
    foreignersCovered: 0, foreignersCoveredAttributed: 0, openCases: 0, overdueCases: 0, finishedCases: 0, finishedOnTime: 0,
  };
  return rows.reduce((sum, row) => {
    const next = { ...sum };
    for (const key of Object.keys(zero) as (keyof Headline)[]) next[key] = sum[key] + row[key];
    return next;
  }, zero);
}

export type MonthPoint = { month: string; adhered: number };

/**
 * Adhered municipalities at the end of each month since 2015. A municipality counts from the month its
 * letter was signed; one that later withdrew counts until the month it withdrew (its status date), so
 * the last point equals today's figure.
 */
export async function adhesionTimeline(scope: CoverageScope, now: Date = new Date()): Promise<MonthPoint[]> {
  return db.$queryRaw<MonthPoint[]>(adhesionTimelineSql(scope, now));
}

export type CaseTypeStatusCount = { type: CaseType; status: CaseStatus; count: number };
export type CaseMonthCount = { month: string; count: number };
export type CaseSla = {
  filed: number;
  open: number;
  overdue: number;
  responded: number;
  respondedOnTime: number;
  finished: number;
  finishedOnTime: number;
  /** Calendar days, or null without any case to measure. */
  medianFirstResponseDays: number | null;
  medianResolutionDays: number | null;
};

export type DerivationCount = { id: string | null; name: string; count: number };

/** Derived cases of the scope by institution; `id` null is "Otra institución". */
export async function derivationsByInstitution(scope: CoverageScope): Promise<DerivationCount[]> {
  return db.$queryRaw<DerivationCount[]>(derivationsByInstitutionSql(scope));
}

/** Filed cases (not drafts) of the scope, grouped by type and status. */
export async function casesByTypeAndStatus(scope: CoverageScope): Promise<CaseTypeStatusCount[]> {
  return db.$queryRaw<CaseTypeStatusCount[]>(casesByTypeAndStatusSql(scope));
}

/**
 * Cases filed per month (Chile's calendar) over the last twelve months, months without cases included.
 * Each month is a range of `submitted_at` (its bounds converted from Santiago time once), so the count
 * reads the submitted_at index instead of converting every case's timestamp.
 */
export async function casesByMonth(scope: CoverageScope, now: Date = new Date()): Promise<CaseMonthCount[]> {
  return db.$queryRaw<CaseMonthCount[]>(casesByMonthSql(scope, now));
}

/**
 * SLA compliance and median times. A first response is on time when it came by its due moment; a
 * case is resolved on time when it was resolved by its resolution due moment (pauses already moved
 * both). Overdue open cases follow the inbox's "Vencidos" rule. Medians are calendar days.
 */
export async function caseSla(scope: CoverageScope, now: Date = new Date()): Promise<CaseSla> {
  const [row] = await db.$queryRaw<CaseSla[]>(caseSlaSql(scope, now));
  return row;
}

export type LineProgress = { line: CommitmentLine; municipalities: number; actions: number; approved: number; pending: number };

/** Work-plan progress per line across the adhered municipalities of the scope (approved = done and reviewed). */
export async function workPlanProgress(scope: CoverageScope): Promise<LineProgress[]> {
  return db.$queryRaw<LineProgress[]>(workPlanProgressSql(scope));
}

export type ComunaStatus = { code: string; name: string; regionCode: string; municipalityCode: string; status: AdhesionStatus | null; prioritised: boolean };

/** Every comuna of the scope with its municipality's adhesion status: what the map colours. */
export async function comunaStatuses(scope: CoverageScope): Promise<ComunaStatus[]> {
  return db.$queryRaw<ComunaStatus[]>(comunaStatusesSql(scope));
}

export type PriorityRow = { code: string; name: string; regionName: string; status: AdhesionStatus | null; reason: string; markedByName: string; markedAt: Date };

export async function priorityComunas(scope: CoverageScope): Promise<PriorityRow[]> {
  return db.$queryRaw<PriorityRow[]>(priorityComunasSql(scope));
}
