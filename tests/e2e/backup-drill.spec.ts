import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { backupDatabase, restoreDatabase, tableFingerprints } from "@/scripts/db/backup";
import { createDatabase, databaseName, dropDatabase, withDatabase } from "@/scripts/db/database-url";
import { deployMigrations, migrationState } from "@/scripts/db/migrate";
import { query } from "./helpers/db";

/**
 * The restore drill: a seeded database is dumped and restored into a new one, which must hold the same
 * rows with the same content, be up to date with the migrations, and serve the portal. The source is a
 * database of its own so the other tests running meanwhile cannot change it between dump and check.
 */
function run(command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { env, stdio: "ignore" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function startPortal(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    // Its own process group, so stopping it stops every process it started. No jobs: it would send the
    // restored database's queued e-mails to the suite's mail catcher.
    const child = spawn(process.execPath, ["scripts/serve.mjs", "-H", "127.0.0.1", "-p", "0"], { env: { ...process.env, DATABASE_URL: databaseUrl, WEB_CONCURRENCY: "1", JOBS_DISABLED: "1" }, detached: true });
    let output = "";
    const timer = setTimeout(() => reject(new Error(`El portal no inició:\n${output}`)), 45_000);
    const onData = (data: Buffer) => {
      output += data;
      const address = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (address) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${address[1]}` });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", () => reject(new Error(`El portal terminó al iniciar:\n${output}`)));
  });
}

test("a backup restores into a new database that matches the original and serves the portal", async () => {
  test.setTimeout(240_000);
  const base = process.env.DATABASE_URL!;
  const source = withDatabase(base, `${databaseName(base)}_drill_source`);
  const restored = withDatabase(base, `${databaseName(base)}_drill_restored`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sello-drill-"));
  let portal: ChildProcess | undefined;
  try {
    await dropDatabase(restored);
    await createDatabase(source, { recreate: true });
    await deployMigrations(source);
    expect(await run(["npx", "tsx", "prisma/seed.ts"], { ...process.env, DATABASE_URL: source })).toBe(0);
    const original = await tableFingerprints(source);
    expect(original.case.rows).toBeGreaterThan(0);
    expect(original.comuna.rows).toBe(346);

    const backup = await backupDatabase(source, path.join(dir, "sello.dump"));
    expect(fs.existsSync(`${backup.file}.sha256`)).toBe(true);
    const restore = await restoreDatabase(backup.file, restored);
    console.log(`Simulacro: respaldo ${(backup.bytes / 1024).toFixed(0)} KB en ${backup.milliseconds} ms; restauración en ${restore.milliseconds} ms.`);

    expect(await tableFingerprints(restored)).toEqual(original);
    const state = await migrationState(restored);
    expect({ pending: state.pending, failed: state.failed, unknown: state.unknown }).toEqual({ pending: [], failed: [], unknown: [] });

    const started = await startPortal(restored);
    portal = started.child;
    expect((await fetch(`${started.url}/api/health`)).status).toBe(200);
    const comuna = await fetch(`${started.url}/comunas/13501`);
    expect(comuna.status).toBe(200);
    expect(await comuna.text()).toContain("Melipilla");
  } finally {
    if (portal?.pid && portal.exitCode === null) process.kill(-portal.pid, "SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
    await dropDatabase(source);
    await dropDatabase(restored);
  }
});

test("a damaged backup is refused before anything is restored", async () => {
  const base = process.env.DATABASE_URL!;
  const target = withDatabase(base, `${databaseName(base)}_drill_damaged`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sello-drill-"));
  try {
    const backup = await backupDatabase(base, path.join(dir, "sello.dump"));
    fs.appendFileSync(backup.file, "x");
    await expect(restoreDatabase(backup.file, target)).rejects.toThrow("no coincide con su suma SHA-256");
    expect(await query("SELECT 1 FROM pg_database WHERE datname = $1", [databaseName(target)])).toHaveLength(0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await dropDatabase(target);
  }
});
