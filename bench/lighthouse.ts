/** Lighthouse (desktop preset) through its own CLI, with Debian's Chromium, signed in by cookie. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { LighthouseResult } from "./stats";

const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export function runLighthouse(page: string, url: string, cookie: string | null): LighthouseResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-lh-"));
  const output = path.join(dir, "report.json");
  const args = [
    "lighthouse",
    url,
    "--preset=desktop",
    "--only-categories=performance,accessibility",
    "--output=json",
    `--output-path=${output}`,
    "--quiet",
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ];
  const run = spawnSync("npx", args, { encoding: "utf8", env: { ...process.env, CHROME_PATH: CHROME }, timeout: 180_000 });
  try {
    if (!fs.existsSync(output)) return { page, path: new URL(url).pathname, performance: null, accessibility: null, error: (run.stderr || "sin informe").trim().split("\n").slice(-3).join(" ") };
    const report = JSON.parse(fs.readFileSync(output, "utf8")) as {
      categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
      audits: Record<string, { score: number | null; title: string }>;
      runtimeError?: { message: string };
      finalDisplayedUrl?: string;
    };
    const score = (key: string) => (report.categories[key]?.score == null ? null : Math.round(report.categories[key].score! * 100));
    const landed = report.finalDisplayedUrl ? new URL(report.finalDisplayedUrl).pathname : null;
    const error = report.runtimeError?.message ?? (landed && landed !== new URL(url).pathname ? `terminó en ${landed}` : undefined);
    const failing = Object.values(report.categories)
      .flatMap((category) => category.auditRefs)
      .filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score !== null && (report.audits[ref.id]?.score ?? 1) < 0.9)
      .map((ref) => ref.id);
    return { page, path: new URL(url).pathname, performance: score("performance"), accessibility: score("accessibility"), ...(failing.length && { failing }), ...(error && { error }) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
