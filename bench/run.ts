/**
 * `npm run bench`: the portal at national scale, measured end to end.
 *
 *   npm run bench [-- --quick] [--only inbox,case] [--reuse-db] [--skip-build] [--no-lighthouse] [--port 3105]
 *
 * --quick: 10 000 cases, 10 s per scenario, and the existing build when it is newer than the sources.
 * --reuse-db keeps a benchmark database already loaded at this scale; --skip-build uses .next/ as it is.
 *
 * 1. builds the `<base>_bench` database (100 000 cases; 10 000 with --quick) with bulk SQL;
 * 2. builds and starts the production server on 127.0.0.1;
 * 3. signs in an officer, a coordinator and a national admin by inserting their sessions;
 * 4. loads each scenario with autocannon (10 connections, then 50) and times its raw SQL with pg;
 * 5. reads first-load JS per route from the build, runs Lighthouse on four pages;
 * 6. prints one table, writes bench/results/latest.{json,md}, exits 1 when a budget is missed.
 */
import os from "node:os";
import pg from "pg";
import { measureBundles } from "./bundle";
import { openBenchDatabase, prepareBenchDatabase } from "./database";
import { runLighthouse } from "./lighthouse";
import { filingBody, runLoad, type LoadRequest } from "./load";
import { benchContext, createFilerSessions, createSessions } from "./personas";
import { type BenchReport, renderMarkdown, updateReadme, writeReport } from "./report";
import { type BenchContext, type Scenario, selectScenarios } from "./scenarios";
import { FULL_SCALE, QUICK_SCALE } from "./seed-national";
import { buildProduction, hasFreshBuild, startServer } from "./server";
import { timeSql } from "./sql-baseline";
import { type LighthouseResult, ratio, type ScenarioResult, evaluateBudgets } from "./stats";
import { actionId as findActionId } from "@/tests/helpers/server-actions";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? null : (args[i + 1] ?? null);
};
const quick = flag("--quick");
const only = option("--only")?.split(",").map((s) => s.trim()).filter(Boolean) ?? null;
const port = Number(option("--port") ?? process.env.BENCH_PORT ?? 3105);
const scale = quick ? QUICK_SCALE : FULL_SCALE;
const LOAD = quick ? { connections: 10, seconds: 10, connections50Seconds: 5 } : { connections: 10, seconds: 20, connections50Seconds: 10 };

const log = (line: string) => console.log(`[bench] ${line}`);

function requestFor(scenario: Scenario, ctx: BenchContext, cookie: string | null, origin: string, filers: string[]): LoadRequest {
  const headers: Record<string, string> = { ...(cookie && { cookie }) };
  if (scenario.kind !== "write") return { method: "GET", path: scenario.path(ctx), headers };
  let turn = 0;
  return {
    method: "POST",
    path: scenario.path(ctx),
    headers: { ...headers, accept: "text/x-component", "next-action": actionId, origin },
    body: () => {
      const filing = filingBody();
      turn = (turn + 1) % filers.length;
      return { body: filing.body, headers: { ...filing.headers, cookie: filers[turn] } };
    },
  };
}

/** The id Next gave createCaseAction in this build (it changes with every build). */
let actionId = "";

/** One request first: a route missing on this branch is reported as skipped, not loaded with 404s. */
async function probe(origin: string, request: LoadRequest): Promise<string | null> {
  const extra = request.body?.();
  const response = await fetch(origin + request.path, {
    method: request.method,
    headers: { ...request.headers, ...extra?.headers },
    body: extra?.body,
    redirect: "manual",
  });
  const text = await response.text();
  if (response.status === 404) return "la ruta no existe en esta rama (404)";
  if (response.status >= 300) return `respondió ${response.status}${response.headers.get("location") ? ` → ${response.headers.get("location")}` : ""}`;
  if (request.method === "POST") {
    const redirect = response.headers.get("x-action-redirect") ?? "";
    if (!/^\/casos\/[0-9a-f-]{36}\?ingresado=1/.test(redirect)) return `el ingreso no redirigió al caso (${redirect || text.slice(0, 200)})`;
  }
  return null;
}

async function main() {
  const started = Date.now();
  const machine = { cores: os.cpus().length, cpu: os.cpus()[0]?.model.trim() ?? "?", memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version };
  log(`Máquina: ${machine.cores} núcleos (${machine.cpu}), ${machine.memoryGb} GB. Modo ${quick ? "rápido" : "completo"}.`);
  const scenarios = selectScenarios(only);

  const database = await openBenchDatabase();
  let stopServer: (() => Promise<void>) | null = null;
  const client = new pg.Client({ connectionString: database.url });
  try {
    log(`Preparando la base ${new URL(database.url).pathname.slice(1)} (${scale.cases.toLocaleString("es-CL")} casos)…`);
    const prepared = await prepareBenchDatabase(database.url, scale, { reuse: flag("--reuse-db"), log: (l) => log(l) });
    if (prepared.seed) log(`Carga masiva: ${(prepared.seed.totalMs / 1000).toFixed(1)} s (territorio ${(prepared.territoryMs / 1000).toFixed(1)} s aparte).`);

    let buildMs: number | null = null;
    // A full run always builds; --quick reuses a build newer than every source; --skip-build trusts the one there.
    if (flag("--skip-build") || (quick && hasFreshBuild())) log("Se usa el build existente en .next/.");
    else buildMs = buildProduction(log);
    actionId = findActionId("lib/cases/actions.ts", "createCaseAction");

    await client.connect();
    const ctx = await benchContext(client);
    const cookies = await createSessions(client, ctx);
    const filers = await createFilerSessions(client);
    const { rows: countRows } = await client.query<{ t: string; n: number }>(
      `SELECT 'case' AS t, count(*)::int AS n FROM "case" UNION ALL SELECT 'case_event', count(*)::int FROM case_event
       UNION ALL SELECT 'user', count(*)::int FROM "user" UNION ALL SELECT 'case_attachment', count(*)::int FROM case_attachment`,
    );
    const counts = Object.fromEntries(countRows.map((r) => [r.t, r.n]));

    const server = await startServer(database.url, port);
    stopServer = server.stop;
    log(`Servidor de producción en ${server.origin}.`);

    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) {
      const request = requestFor(scenario, ctx, cookies[scenario.persona], server.origin, filers);
      const base: ScenarioResult = {
        scenario: scenario.name,
        kind: scenario.kind,
        path: request.path,
        latency: { p50: NaN, p95: NaN, p99: NaN, max: NaN, count: 0 },
        reqPerSec: 0,
        reqPerSec50: null,
        errors: 0,
        non2xx: 0,
        bytes: 0,
        cpuMsPerRequest: null,
        sqlMs: null,
        appSqlRatio: null,
        healthShare: null,
      };
      const skipped = await probe(server.origin, request);
      if (skipped) {
        log(`${scenario.name}: omitido — ${skipped}`);
        results.push({ ...base, skipped });
        continue;
      }
      // Warm the route in every worker (compiled code, connection pool, caches) before measuring.
      await runLoad(server.origin, request, { connections: 4, seconds: 3 });
      const filedBefore = scenario.kind === "write" ? await filedCount(client) : 0;
      const verifyBody = scenario.kind === "write" ? (body: string) => !body.includes('"ok":false') : undefined;
      const cpuBefore = server.cpuMs();
      const at10 = await runLoad(server.origin, request, { connections: LOAD.connections, seconds: LOAD.seconds, verifyBody });
      const cpuMsPerRequest = at10.completed ? Math.round(((server.cpuMs() - cpuBefore) / at10.completed) * 10) / 10 : null;
      const at50 = await runLoad(server.origin, request, { connections: 50, seconds: LOAD.connections50Seconds, verifyBody });
      let errors = at10.errors + at50.errors + at10.mismatches + at50.mismatches;
      if (scenario.kind === "write") {
        // Every 2xx of the measured runs must be a case really filed. (A request the load tool gave up
        // on may still have filed its case, so there can be more cases than 2xx, never fewer.)
        const filed = (await filedCount(client)) - filedBefore;
        const answered = at10.ok + at50.ok;
        if (filed < answered) {
          log(`${scenario.name}: ${answered} respuestas 2xx pero solo ${filed} casos nuevos.`);
          errors += answered - filed;
        }
      }
      const sqlMs = scenario.sql ? await timeSql(client, scenario.sql(ctx)) : null;
      const result: ScenarioResult = {
        ...base,
        latency: at10.latency,
        reqPerSec: at10.reqPerSec,
        reqPerSec50: at50.reqPerSec,
        errors,
        non2xx: at10.non2xx + at50.non2xx,
        bytes: at10.bytes,
        cpuMsPerRequest,
        sqlMs,
        appSqlRatio: ratio(at10.latency.p50, sqlMs),
      };
      results.push(result);
      log(
        `${scenario.name}: p50 ${result.latency.p50} ms, p95 ${result.latency.p95} ms, ${result.reqPerSec} req/s (50 conexiones: ${result.reqPerSec50}), ` +
          `CPU ${cpuMsPerRequest} ms/pet., errores ${result.errors}, no-2xx ${result.non2xx}${Object.keys(at10.statusCodes).length > 1 ? ` ${JSON.stringify(at10.statusCodes)}` : ""}` +
          (sqlMs !== null ? `, SQL ${sqlMs} ms` : ""),
      );
    }
    const health = results.find((r) => r.scenario === "health");
    for (const r of results) if (!r.skipped) r.healthShare = ratio(r.reqPerSec, health?.reqPerSec);

    const bundles = measureBundles();
    const lighthouse: LighthouseResult[] = [];
    if (!flag("--no-lighthouse")) {
      for (const scenario of scenarios.filter((s) => s.lighthouse)) {
        const skipped = results.find((r) => r.scenario === scenario.name)?.skipped;
        if (skipped) {
          lighthouse.push({ page: scenario.label, path: scenario.path(ctx), performance: null, accessibility: null, error: `omitido: ${skipped}` });
          continue;
        }
        log(`Lighthouse: ${scenario.label}…`);
        lighthouse.push(runLighthouse(scenario.label, server.origin + scenario.path(ctx), cookies[scenario.persona]));
      }
    }
    await server.stop();
    stopServer = null;

    const misses = evaluateBudgets({ scenarios: results, bundles, lighthouse });
    const report: BenchReport = {
      date: new Date().toISOString(),
      mode: quick ? "quick" : "full",
      machine,
      load: LOAD,
      data: { counts, seedMs: prepared.seed?.totalMs ?? null, territoryMs: prepared.reused ? null : prepared.territoryMs, reused: prepared.reused },
      buildMs,
      scenarios: results,
      bundles,
      lighthouse,
      budgets: { misses, passed: misses.length === 0 },
    };
    writeReport(report);
    // Only a full run of every scenario speaks for the portal; partial and quick runs leave the README alone.
    if (!quick && !only && updateReadme(renderMarkdown(report))) log("README.md: tabla de «Rendimiento» actualizada.");
    console.log("\n" + renderMarkdown(report));
    log(`Terminado en ${Math.round((Date.now() - started) / 1000)} s. Resultados en bench/results/latest.json y latest.md.`);
    process.exitCode = misses.length === 0 ? 0 : 1;
  } finally {
    await stopServer?.();
    await client.end().catch(() => {});
    await database.release();
  }
}

async function filedCount(client: pg.Client): Promise<number> {
  // Filed by any of the officers taking turns (createFilerSessions); only the load files this summary.
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "case" WHERE status = 'INGRESADO' AND summary = $1`, [
    "Consulta por requisitos de residencia temporal",
  ]);
  return rows[0].n;
}

main().catch((error: Error) => {
  console.error(`[bench] ${error.stack ?? error.message}`);
  process.exitCode = 2;
});
