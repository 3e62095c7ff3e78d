import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { caseWhere, territoryWhere } from "@/lib/auth/scope";
import { CASE_TYPES } from "@/lib/cases/catalogue";
import { FINISHED_STATUSES, OPEN_STATUSES } from "@/lib/cases/status-machine";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { CaseStatus, CaseType, StatIndicator } from "@/lib/generated/prisma/enums";
import { INDICATORS } from "./indicators";
import { latestFiguresSql } from "./minuta-sql";
import { COMUNA_CODE } from "./schemas";

/** A sum over comunas, with how many of them publish a figure: a sum that leaves some out says so. */
export type AreaSum = { sum: number | null; published: number; comunas: number };

export type MinutaFigure = {
  indicator: StatIndicator;
  year: number;
  /** Null: the source does not publish this comuna's figure (not zero). */
  value: number | null;
  region: AreaSum;
  country: AreaSum;
  source: { title: string; publisher: string } | null;
};

type FigureRow = {
  indicator: StatIndicator;
  year: number;
  value: number | null;
  region_sum: bigint | null;
  region_published: number;
  region_comunas: number;
  country_sum: bigint | null;
  country_published: number;
  country_comunas: number;
  title: string | null;
  publisher: string | null;
};

/**
 * The latest year of every indicator, with the comuna's figure and the sums over its region and the
 * country, all computed in one SQL pass. Comunas without a row count as unpublished, never as zero.
 */
async function latestFigures(code: string, regionCode: string): Promise<MinutaFigure[]> {
  const rows = await db.$queryRaw<FigureRow[]>(latestFiguresSql(code, regionCode));
  const area = (sum: bigint | null, published: number, comunas: number): AreaSum => ({ sum: sum === null ? null : Number(sum), published, comunas });
  return rows
    .map((r) => ({
      indicator: r.indicator,
      year: r.year,
      value: r.value,
      region: area(r.region_sum, r.region_published, r.region_comunas),
      country: area(r.country_sum, r.country_published, r.country_comunas),
      source: r.title && r.publisher ? { title: r.title, publisher: r.publisher } : null,
    }))
    .sort((a, b) => INDICATORS.indexOf(a.indicator) - INDICATORS.indexOf(b.indicator));
}

export type CaseFigures = { filed: number; open: number; resolved: number; byType: { type: CaseType; label: string; filed: number; open: number; resolved: number }[] };

/** Counts only, grouped in SQL: the minuta never carries a case, a folio or a person. */
async function caseFigures(viewer: Viewer, municipalityCode: string): Promise<CaseFigures> {
  const groups = await db.case.groupBy({
    by: ["type", "status"],
    where: { municipalityCode, status: { not: "BORRADOR" }, ...caseWhere(viewer) },
    _count: { _all: true },
  });
  const isOpen = (s: CaseStatus) => (OPEN_STATUSES as readonly CaseStatus[]).includes(s);
  const isResolved = (s: CaseStatus) => (FINISHED_STATUSES as readonly CaseStatus[]).includes(s);
  const byType = new Map<CaseType, CaseFigures["byType"][number]>();
  for (const g of groups) {
    const entry = byType.get(g.type) ?? { type: g.type, label: CASE_TYPES[g.type].label, filed: 0, open: 0, resolved: 0 };
    entry.filed += g._count._all;
    if (isOpen(g.status)) entry.open += g._count._all;
    if (isResolved(g.status)) entry.resolved += g._count._all;
    byType.set(g.type, entry);
  }
  const types = [...byType.values()].sort((a, b) => b.filed - a.filed || a.label.localeCompare(b.label, "es"));
  const total = (key: "filed" | "open" | "resolved") => types.reduce((n, t) => n + t[key], 0);
  return { filed: total("filed"), open: total("open"), resolved: total("resolved"), byType: types };
}

/**
 * The minuta of one comuna, for the officers of the municipality that administers it, the
 * coordinators of its region and the national admins. Anything else is a 404, like a missing code.
 */
export async function getMinuta(viewer: Viewer, code: string) {
  if (!COMUNA_CODE.test(code)) throw new NotFoundError();
  const comuna = await db.comuna.findFirst({
    where: { code, ...territoryWhere(viewer) },
    select: {
      code: true,
      name: true,
      province: { select: { name: true } },
      region: { select: { code: true, name: true } },
      municipality: {
        select: {
          code: true,
          name: true,
          comunas: { select: { code: true, name: true }, orderBy: { name: "asc" } },
          adhesion: { select: { status: true, letterSignedOn: true, certifiedOn: true } },
        },
      },
    },
  });
  if (!comuna) throw new NotFoundError();
  const [figures, cases] = await Promise.all([latestFigures(comuna.code, comuna.region.code), caseFigures(viewer, comuna.municipality.code)]);
  return { comuna, figures, cases, issuedAt: new Date() };
}

export type Minuta = Awaited<ReturnType<typeof getMinuta>>;

/** Whether the viewer may open this comuna's minuta, for links on other pages. */
export function canSeeMinuta(viewer: Viewer | null, comuna: { municipalityCode: string; regionCode: string }): boolean {
  if (!viewer) return false;
  if (viewer.role === "NATIONAL_ADMIN") return true;
  if (viewer.role === "REGIONAL_COORDINATOR") return viewer.regionCode === comuna.regionCode;
  return viewer.municipalityCode === comuna.municipalityCode;
}
