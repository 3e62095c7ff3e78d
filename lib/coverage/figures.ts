import "server-only";
import { cached } from "./cache";
import type { CoverageScope } from "./scope";
import { adhesionTimeline, caseSla, casesByMonth, casesByTypeAndStatus, derivationsByInstitution, foreignResidentsMethod, regionRows, workPlanProgress } from "./service";

/**
 * Every aggregate of the dashboard for one scope, queried in parallel and reused for a minute (the
 * priority list, which people edit on the page, is read fresh). Exports query fresh too.
 */
export function dashboardFigures(scope: CoverageScope) {
  return cached(`figures:${scope.regionCode ?? "pais"}`, async () => {
    const computedAt = new Date();
    const [rows, timeline, method, byTypeAndStatus, months, sla, lines, derivations] = await Promise.all([
      regionRows(scope, computedAt),
      adhesionTimeline(scope, computedAt),
      foreignResidentsMethod(),
      casesByTypeAndStatus(scope),
      casesByMonth(scope, computedAt),
      caseSla(scope, computedAt),
      workPlanProgress(scope),
      derivationsByInstitution(scope),
    ]);
    return { computedAt, rows, timeline, method, byTypeAndStatus, months, sla, lines, derivations };
  });
}
