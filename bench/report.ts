/** The run's one table, on the terminal and as bench/results/latest.{json,md}. */
import fs from "node:fs";
import path from "node:path";
import type { SeedReport } from "./seed-national";
import { type BudgetMiss, BUDGETS, type BundleResult, formatKb, type LighthouseResult, type ScenarioResult } from "./stats";

export type BenchReport = {
  date: string;
  mode: "full" | "quick";
  machine: { cores: number; cpu: string; memoryGb: number; node: string };
  load: { connections: number; seconds: number; connections50Seconds: number };
  data: { counts: Record<string, number>; seedMs: number | null; territoryMs: number | null; reused: boolean };
  buildMs: number | null;
  scenarios: ScenarioResult[];
  bundles: BundleResult[];
  lighthouse: LighthouseResult[];
  budgets: { misses: BudgetMiss[]; passed: boolean };
};

const dash = (value: number | null | undefined, digits = 0) => (value == null || Number.isNaN(value) ? "—" : value.toFixed(digits));

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

export function renderMarkdown(report: BenchReport): string {
  const { machine, load, data } = report;
  const lines = [
    `Ejecución ${report.mode === "full" ? "completa" : "rápida (--quick)"} del ${report.date} en ${machine.cores} núcleos (${machine.cpu}), ${machine.memoryGb} GB de memoria, Node ${machine.node}.`,
    `Datos: ${(data.counts.case ?? 0).toLocaleString("es-CL")} casos, ${(data.counts.case_event ?? 0).toLocaleString("es-CL")} eventos, ` +
      `${(data.counts.user ?? 0).toLocaleString("es-CL")} usuarios, ${(data.counts.case_attachment ?? 0).toLocaleString("es-CL")} adjuntos` +
      (data.reused ? " (base reutilizada)." : `; carga masiva en ${dash(data.seedMs === null ? null : data.seedMs / 1000, 1)} s (más ${dash(data.territoryMs === null ? null : data.territoryMs / 1000, 1)} s de datos territoriales).`),
    `Carga: ${load.connections} conexiones durante ${load.seconds} s por escenario; luego ${load.connections50Seconds} s a 50 conexiones. Latencias en ms; «CPU ms/pet.» es el tiempo de CPU del servidor por petición, que casi no cambia con otra carga en la máquina.`,
    "",
    table(
      ["Escenario", "Ruta", "p50", "p95", "p99", "req/s (10)", "req/s (50)", "% de salud", "CPU ms/pet.", "Errores", "No-2xx", "SQL ms", "App/SQL", "Bytes"],
      report.scenarios.map((s) =>
        s.skipped
          ? [s.scenario, `\`${s.path}\``, "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—", s.skipped]
          : [
              s.scenario,
              `\`${s.path}\``,
              dash(s.latency.p50, 1),
              dash(s.latency.p95, 1),
              dash(s.latency.p99, 1),
              dash(s.reqPerSec, 1),
              dash(s.reqPerSec50, 1),
              s.healthShare == null ? "—" : `${Math.round(s.healthShare * 100)} %`,
              dash(s.cpuMsPerRequest, 1),
              String(s.errors),
              String(s.non2xx),
              dash(s.sqlMs, 2),
              dash(s.appSqlRatio, 1),
              s.bytes.toLocaleString("es-CL"),
            ],
      ),
    ),
    "",
    `Presupuestos: p95 ≤ ${BUDGETS.readP95Ms} ms en lecturas y ≤ ${BUDGETS.writeP95Ms} ms en el ingreso; 0 errores; JS de primera carga ≤ ${formatKb(BUDGETS.firstLoadGzipBytes)} (gzip); Lighthouse rendimiento ≥ ${BUDGETS.lighthousePerformance} y accesibilidad ${BUDGETS.lighthouseAccessibility}.`,
    "",
    table(
      ["Ruta", "JS primera carga (gzip)", "Con presupuesto"],
      report.bundles.map((b) => [`\`${b.route}\``, formatKb(b.gzipBytes), b.budgeted ? (b.gzipBytes <= BUDGETS.firstLoadGzipBytes ? "sí, cumple" : "sí, **excede**") : "no"]),
    ),
    "",
    report.lighthouse.length
      ? table(
          ["Página", "Ruta", "Rendimiento", "Accesibilidad", "Nota"],
          report.lighthouse.map((l) => [l.page, `\`${l.path}\``, dash(l.performance), dash(l.accessibility), [l.error, l.failing?.length ? `a revisar: ${l.failing.join(", ")}` : ""].filter(Boolean).join("; ")]),
        )
      : "Lighthouse no se ejecutó en esta corrida.",
    "",
    report.budgets.passed
      ? "**Todos los presupuestos se cumplen.**"
      : ["**Presupuestos no cumplidos:**", ...report.budgets.misses.map((m) => `- ${m.subject}: ${m.rule} — ${m.actual} (límite ${m.limit})`)].join("\n"),
  ];
  return lines.join("\n") + "\n";
}

export function writeReport(report: BenchReport, dir = path.resolve("bench/results")) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "latest.json"), JSON.stringify(report, null, 2) + "\n");
  fs.writeFileSync(path.join(dir, "latest.md"), renderMarkdown(report));
}

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

/** The README's "Rendimiento" table, between its markers, replaced by a report; null when the markers are missing. */
export function withReadmeTable(readme: string, markdown: string): string | null {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) return null;
  return `${readme.slice(0, start + START.length)}\n${markdown.trim()}\n${readme.slice(end)}`;
}

export function updateReadme(markdown: string, file = path.resolve("README.md")): boolean {
  const updated = withReadmeTable(fs.readFileSync(file, "utf8"), markdown);
  if (updated === null) return false;
  fs.writeFileSync(file, updated);
  return true;
}

export type { SeedReport };
