import { describe, expect, it } from "vitest";
import { filingBody } from "./load";
import { selectScenarios } from "./scenarios";
import {
  BUDGETS,
  evaluateBudgets,
  firstLoadFiles,
  median,
  parseClientReferenceManifest,
  percentile,
  ratio,
  summarise,
  type ScenarioResult,
} from "./stats";

const scenario = (overrides: Partial<ScenarioResult>): ScenarioResult => ({
  scenario: "inbox",
  kind: "read",
  path: "/casos/bandeja",
  latency: { p50: 40, p95: 120, p99: 180, max: 200, count: 1000 },
  reqPerSec: 80,
  reqPerSec50: 85,
  errors: 0,
  non2xx: 0,
  bytes: 50_000,
  cpuMsPerRequest: 12,
  sqlMs: 4,
  appSqlRatio: 10,
  healthShare: 0.4,
  ...overrides,
});

describe("percentiles and ratios", () => {
  it("takes the nearest rank, so p95 of 1..100 is 95 and p50 of 1..10 is 5", () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(Array.from({ length: 10 }, (_, i) => i + 1), 50)).toBe(5);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it("summarises unsorted samples without changing them", () => {
    const samples = [30, 10, 20, 50, 40];
    expect(summarise(samples)).toEqual({ p50: 30, p95: 50, p99: 50, max: 50, count: 5 });
    expect(samples).toEqual([30, 10, 20, 50, 40]);
  });

  it("gives a ratio only when both sides are usable", () => {
    expect(ratio(120, 4)).toBe(30);
    expect(ratio(1, 3)).toBe(0.33);
    expect(ratio(10, 0)).toBeNull();
    expect(ratio(null, 3)).toBeNull();
    expect(ratio(Number.NaN, 3)).toBeNull();
  });

  it("takes the median of odd and even counts", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe("budgets", () => {
  it("passes a run within every budget", () => {
    expect(evaluateBudgets({ scenarios: [scenario({})], bundles: [{ route: "/casos", gzipBytes: 140 * 1024, budgeted: true }], lighthouse: [] })).toEqual([]);
  });

  it("fails reads over 250 ms p95 and the filing over 350 ms, but not the filing at 300 ms", () => {
    const misses = evaluateBudgets({
      scenarios: [
        scenario({ latency: { p50: 100, p95: 251, p99: 300, max: 300, count: 10 } }),
        scenario({ scenario: "case-filing", kind: "write", latency: { p50: 100, p95: 300, p99: 300, max: 300, count: 10 } }),
        scenario({ scenario: "slow-filing", kind: "write", latency: { p50: 100, p95: 351, p99: 400, max: 400, count: 10 } }),
      ],
      bundles: [],
      lighthouse: [],
    });
    expect(misses.map((m) => m.subject)).toEqual(["inbox", "slow-filing"]);
  });

  it("does not hold the health floor to the page budget", () => {
    const misses = evaluateBudgets({ scenarios: [scenario({ scenario: "health", kind: "floor", latency: { p50: 300, p95: 900, p99: 900, max: 900, count: 5 } })], bundles: [], lighthouse: [] });
    expect(misses).toEqual([]);
  });

  it("fails on any error or non-2xx response, and on a scenario that could not run", () => {
    const misses = evaluateBudgets({ scenarios: [scenario({ errors: 1 }), scenario({ scenario: "case", non2xx: 3 }), scenario({ scenario: "map", skipped: "404" })], bundles: [], lighthouse: [] });
    expect(misses.map((m) => m.subject)).toEqual(["inbox", "case", "map"]);
  });

  it("checks first-load JS only on budgeted routes", () => {
    const over = BUDGETS.firstLoadGzipBytes + 1;
    const misses = evaluateBudgets({
      scenarios: [],
      bundles: [
        { route: "/casos/bandeja", gzipBytes: over, budgeted: true },
        { route: "/admin/usuarios", gzipBytes: over, budgeted: false },
      ],
      lighthouse: [],
    });
    expect(misses.map((m) => m.subject)).toEqual(["/casos/bandeja"]);
  });

  it("needs Lighthouse performance ≥ 90 and accessibility exactly 100, and a report", () => {
    const misses = evaluateBudgets({
      scenarios: [],
      bundles: [],
      lighthouse: [
        { page: "Portada", path: "/", performance: 90, accessibility: 100 },
        { page: "Bandeja", path: "/casos/bandeja", performance: 89, accessibility: 100 },
        { page: "Caso", path: "/casos/x", performance: 99, accessibility: 98 },
        { page: "Tablero", path: "/tablero", performance: null, accessibility: null, error: "terminó en /ingresar" },
      ],
    });
    expect(misses.map((m) => `${m.subject} ${m.rule}`)).toEqual(["Lighthouse Bandeja rendimiento", "Lighthouse Caso accesibilidad", "Lighthouse Tablero Lighthouse debe completar"]);
  });
});

describe("first-load JS from the build's manifests", () => {
  const manifest =
    'globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["/casos/bandeja/page"] = ' +
    JSON.stringify({
      moduleLoading: { prefix: "" },
      entryJSFiles: {
        "[project]/app/layout": ["static/chunks/layout.js"],
        "[project]/app/error": ["static/chunks/layout.js", "static/chunks/error.js"],
        "[project]/app/casos/bandeja/page": ["static/chunks/layout.js", "static/chunks/inbox.js", "static/chunks/inbox.css"],
      },
    }) +
    ";";

  it("reads the route and its chunks without executing the file", () => {
    const parsed = parseClientReferenceManifest(manifest);
    expect(parsed.route).toBe("/casos/bandeja/page");
    expect(Object.keys(parsed.entryJSFiles)).toHaveLength(3);
  });

  it("counts the shared root chunks and each route chunk once, JavaScript only", () => {
    const { entryJSFiles } = parseClientReferenceManifest(manifest);
    expect(firstLoadFiles(["static/chunks/main.js", "static/chunks/layout.js"], entryJSFiles)).toEqual([
      "static/chunks/main.js",
      "static/chunks/layout.js",
      "static/chunks/error.js",
      "static/chunks/inbox.js",
    ]);
  });

  it("refuses a manifest it does not understand instead of reporting zero", () => {
    expect(() => parseClientReferenceManifest("module.exports = {}")).toThrow();
  });
});

describe("scenarios and the filing request", () => {
  it("always keeps the health floor when only some scenarios run, and rejects unknown names", () => {
    expect(selectScenarios(["inbox"]).map((s) => s.name)).toEqual(["health", "inbox"]);
    expect(() => selectScenarios(["bandeja"])).toThrow(/bandeja/);
  });

  it("covers every page of the issue, the ones built on other branches included", () => {
    expect(selectScenarios(null).map((s) => s.name)).toEqual(
      expect.arrayContaining(["inbox", "inbox-filtered", "inbox-search", "inbox-name-search", "inbox-page50", "case", "officer-list", "officer-list-search", "case-filing", "dashboard", "map", "minuta"]),
    );
  });

  it("files each case with its own idempotency key and document, in React's reply encoding", () => {
    const field = (body: string, name: string) => new RegExp(`name="${name.replace(/\./g, "\\.")}"\\r\\n\\r\\n([^\\r]*)`).exec(body)?.[1];
    const [a, b] = [filingBody(), filingBody()];
    expect(field(a.body, "0")).toBe('[null,"$K1"]');
    expect(field(a.body, "_1_intent")).toBe("submit");
    expect(field(a.body, "_1_idempotencyKey")).not.toBe(field(b.body, "_1_idempotencyKey"));
    expect(field(a.body, "_1_participants.0.documentNumber")).not.toBe(field(b.body, "_1_participants.0.documentNumber"));
    expect(a.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
  });
});

describe("the README's table", () => {
  it("replaces only what lies between the markers, and refuses a README without them", async () => {
    const { withReadmeTable } = await import("./report");
    const readme = "# Portal\n\n## Rendimiento\n\n<!-- bench:start -->\nvieja\n<!-- bench:end -->\n\n## Otra\n";
    expect(withReadmeTable(readme, "| nueva |\n")).toBe("# Portal\n\n## Rendimiento\n\n<!-- bench:start -->\n| nueva |\n<!-- bench:end -->\n\n## Otra\n");
    expect(withReadmeTable("# Portal\n", "x")).toBeNull();
  });
});
