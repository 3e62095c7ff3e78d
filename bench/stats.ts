/** The benchmark's arithmetic and its budgets: pure functions, unit-tested, no I/O. */

/** Nearest-rank percentile (the value below which p% of the samples fall); NaN for no samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export type LatencySummary = { p50: number; p95: number; p99: number; max: number; count: number };

export function summarise(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? Number.NaN),
    count: sorted.length,
  };
}

/** a / b rounded to two decimals; null when either side is missing or b is zero. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return Math.round((a / b) * 100) / 100;
}

/** The middle value of a set of timings (the SQL baseline repeats each query). */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export type ScenarioKind = "floor" | "read" | "write";

export type ScenarioResult = {
  scenario: string;
  kind: ScenarioKind;
  path: string;
  /** At the budget's connection count (10). */
  latency: LatencySummary;
  reqPerSec: number;
  /** Throughput at 50 connections, when measured. */
  reqPerSec50: number | null;
  errors: number;
  non2xx: number;
  /** Median bytes of one response body. */
  bytes: number;
  /** Server CPU time per request at 10 connections: the cost that other load on the machine barely changes. */
  cpuMsPerRequest: number | null;
  sqlMs: number | null;
  /** App p50 / SQL median: how much the portal adds on top of the database work. */
  appSqlRatio: number | null;
  /** Throughput as a share of /api/health's in the same run. */
  healthShare: number | null;
  /** Set when the scenario could not run (e.g. the route does not exist on this branch). */
  skipped?: string;
};

export type BundleResult = { route: string; gzipBytes: number; budgeted: boolean };
/** `failing`: the audits that cost points, so a missed budget says what to fix. */
export type LighthouseResult = { page: string; path: string; performance: number | null; accessibility: number | null; failing?: string[]; error?: string };

export const BUDGETS = {
  readP95Ms: 250,
  writeP95Ms: 350,
  firstLoadGzipBytes: 150 * 1024,
  lighthousePerformance: 90,
  lighthouseAccessibility: 100,
} as const;

export type BudgetMiss = { subject: string; rule: string; actual: string; limit: string };

/** Every budget of the issue, checked; an empty list means the run passes. */
export function evaluateBudgets(input: { scenarios: ScenarioResult[]; bundles: BundleResult[]; lighthouse: LighthouseResult[] }): BudgetMiss[] {
  const misses: BudgetMiss[] = [];
  for (const s of input.scenarios) {
    if (s.skipped) {
      misses.push({ subject: s.scenario, rule: "el escenario debe ejecutarse", actual: s.skipped, limit: "ejecutado" });
      continue;
    }
    if (s.errors > 0 || s.non2xx > 0) misses.push({ subject: s.scenario, rule: "sin errores ni respuestas no-2xx", actual: `${s.errors} errores, ${s.non2xx} no-2xx`, limit: "0" });
    const limit = s.kind === "write" ? BUDGETS.writeP95Ms : s.kind === "read" ? BUDGETS.readP95Ms : null;
    if (limit !== null && !(s.latency.p95 <= limit)) misses.push({ subject: s.scenario, rule: "p95 a 10 conexiones", actual: `${s.latency.p95} ms`, limit: `${limit} ms` });
  }
  for (const b of input.bundles) {
    if (b.budgeted && b.gzipBytes > BUDGETS.firstLoadGzipBytes) {
      misses.push({ subject: b.route, rule: "JS de primera carga (gzip)", actual: formatKb(b.gzipBytes), limit: formatKb(BUDGETS.firstLoadGzipBytes) });
    }
  }
  for (const l of input.lighthouse) {
    if (l.error) {
      misses.push({ subject: `Lighthouse ${l.page}`, rule: "Lighthouse debe completar", actual: l.error, limit: "completado" });
      continue;
    }
    if (!(l.performance !== null && l.performance >= BUDGETS.lighthousePerformance)) {
      misses.push({ subject: `Lighthouse ${l.page}`, rule: "rendimiento", actual: String(l.performance), limit: `≥ ${BUDGETS.lighthousePerformance}` });
    }
    if (!(l.accessibility !== null && l.accessibility >= BUDGETS.lighthouseAccessibility)) {
      misses.push({ subject: `Lighthouse ${l.page}`, rule: "accesibilidad", actual: String(l.accessibility), limit: `${BUDGETS.lighthouseAccessibility}` });
    }
  }
  return misses;
}

export const formatKb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * First-load JS of a route from the build's manifests: the shared root chunks plus every chunk the
 * route's segments (layouts, boundaries, page) load, each counted once.
 */
export function firstLoadFiles(rootMainFiles: readonly string[], entryJSFiles: Record<string, readonly string[]>): string[] {
  const files = new Set<string>(rootMainFiles);
  for (const chunks of Object.values(entryJSFiles)) for (const chunk of chunks) files.add(chunk.replace(/^\/?_next\//, ""));
  return [...files].filter((file) => file.endsWith(".js"));
}

/**
 * The object a `page_client-reference-manifest.js` assigns to `globalThis.__RSC_MANIFEST[route]`,
 * read as JSON (the file is generated, one assignment per route) instead of being executed.
 */
export function parseClientReferenceManifest(source: string): { route: string; entryJSFiles: Record<string, string[]> } {
  const match = /__RSC_MANIFEST\[("(?:[^"\\]|\\.)*")\]\s*=\s*(\{[\s\S]*\})\s*;?\s*$/.exec(source.trim());
  if (!match) throw new Error("Manifiesto de referencias de cliente con un formato desconocido.");
  const manifest = JSON.parse(match[2]) as { entryJSFiles?: Record<string, string[]> };
  return { route: JSON.parse(match[1]) as string, entryJSFiles: manifest.entryJSFiles ?? {} };
}
