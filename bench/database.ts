/**
 * The benchmark's own database, `<base>_bench`, beside (never instead of) the dev and test ones: on
 * DATABASE_URL's server when set, otherwise on the embedded PostgreSQL under .data/.
 */
import { spawnSync } from "node:child_process";
import pg from "pg";
import { createDatabase, databaseName, withDatabase } from "../scripts/db/database-url";
import { deployMigrations } from "../scripts/db/migrate";
import { type NationalScale, seedNational, type SeedReport } from "./seed-national";

export type BenchDatabase = { url: string; release: () => Promise<void> };

export async function openBenchDatabase(): Promise<BenchDatabase> {
  const external = process.env.DATABASE_URL;
  const embedded = external ? null : await import("../scripts/db/embedded");
  const base = external ?? embedded!.connectionUrl(await embedded!.acquireEmbedded(), "sello");
  const name = databaseName(base);
  const url = withDatabase(base, name.endsWith("_bench") ? name : `${name}_bench`);
  return { url, release: async () => void (await embedded?.releaseEmbedded()) };
}

/** What the database was loaded with, so a later run can reuse it instead of loading again. */
async function loadedScale(url: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "case" WHERE idempotency_key LIKE 'bench-%'`);
    return rows[0].n;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

export type PreparedDatabase = { reused: boolean; seed: SeedReport | null; territoryMs: number; migrateMs: number };

/**
 * Recreates the database, applies migrations, loads the reference data through the portal's own seed
 * (APP_ENV=production: territory and statistics, no demo data), then the national-scale load.
 * With `reuse`, a database already holding a load of about this size is kept as it is.
 */
export async function prepareBenchDatabase(url: string, scale: NationalScale, { reuse = false, log = console.log } = {}): Promise<PreparedDatabase> {
  if (reuse) {
    const loaded = await loadedScale(url);
    if (loaded !== null && Math.abs(loaded - scale.cases) < scale.cases * 0.05) {
      log(`Base ${databaseName(url)} reutilizada (${loaded.toLocaleString("es-CL")} casos de carga).`);
      return { reused: true, seed: null, territoryMs: 0, migrateMs: 0 };
    }
  }
  await createDatabase(url, { recreate: true });
  let t = performance.now();
  await deployMigrations(url);
  const migrateMs = Math.round(performance.now() - t);
  t = performance.now();
  const seeded = spawnSync("npx", ["tsx", "prisma/seed.ts"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: url, APP_ENV: "production" } });
  if (seeded.status !== 0) throw new Error("La carga de datos de referencia (prisma/seed.ts) falló.");
  const territoryMs = Math.round(performance.now() - t);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const seed = await seedNational(client, scale, (line) => log(`  ${line}`));
    return { reused: false, seed, territoryMs, migrateMs };
  } finally {
    await client.end();
  }
}
