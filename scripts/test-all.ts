/**
 * `npm test`: everything CI runs, in order, stopping at the first failure — the tools the suite needs
 * (scripts/test-tools.ts), lint, types, unit and
 * integration tests against a fresh test database, the production build, the end-to-end suite in
 * Chromium against that build, and the fault and concurrency tests against two instances of it. Ends
 * with one line counting the tests that ran.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureTestTools, MissingTool } from "./test-tools";

const reports = fs.mkdtempSync(path.join(os.tmpdir(), "sello-tests-"));
const vitestReport = path.join(reports, "vitest.json");
const playwrightReport = path.join(reports, "playwright.json");
const reliabilityReport = path.join(reports, "reliability.json");

// Before anything slow: a machine without Chromium or the right pg_dump learns it now, with the fix.
let tools: ReturnType<typeof ensureTestTools>;
try {
  tools = ensureTestTools();
} catch (error) {
  if (!(error instanceof MissingTool)) throw error;
  console.error(`✘ ${error.message}`);
  console.log("tests: 0 passed, 1 failed");
  process.exit(1);
}
for (const line of tools.lines) console.log(line);

const env = { ...process.env, ...tools.env, NEXT_TELEMETRY_DISABLED: "1", PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport };

const steps: [string, string[]][] = [
  ["Lint", ["npm", "run", "lint"]],
  ["Tipos", ["npm", "run", "typecheck"]],
  ["Pruebas unitarias y de integración", ["npx", "tsx", "scripts/run-with-db.ts", "--test-db", "--", "npx", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`]],
  ["Compilación de producción", ["npx", "next", "build"]],
  ["Pruebas de punta a punta (Chromium)", ["npm", "run", "test:e2e"]],
  ["Pruebas de confiabilidad (fallas y concurrencia)", ["npm", "run", "test:reliability", "--", "--reporter=default", "--reporter=json", `--outputFile.json=${reliabilityReport}`]],
];

function run([cmd, ...args]: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function counts(): { passed: number; failed: number } {
  const read = (file: string) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null);
  const vitest = read(vitestReport);
  const playwright = read(playwrightReport);
  const reliability = read(reliabilityReport);
  return {
    passed: (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (reliability?.numPassedTests ?? 0),
    failed: (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0) + (playwright?.stats?.flaky ?? 0) + (reliability?.numFailedTests ?? 0),
  };
}

let failedStep: string | null = null;
for (const [name, command] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const code = await run(command);
  console.log(`${code === 0 ? "✔" : "✘"} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (code !== 0) {
    failedStep = name;
    break;
  }
}

const { passed, failed } = counts();
fs.rmSync(reports, { recursive: true, force: true });
if (failedStep) console.log(`\nFalló: ${failedStep}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
