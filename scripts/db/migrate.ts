/**
 * Applies Prisma migrations without Prisma's native schema engine (which cannot be downloaded on
 * every machine), keeping Prisma's own bookkeeping: `prisma/migrations/<name>/migration.sql` in name
 * order and the standard `_prisma_migrations` table, so stock `prisma migrate deploy` and `status`
 * agree with what this wrote.
 */
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");

// Any constant works; it only has to be the same for every process that migrates this database.
const MIGRATION_LOCK_KEY = 72_707_369;

export type Migration = { name: string; sql: string; checksum: string };

type Row = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null; logs: string | null };

export type MigrationState = {
  applied: string[];
  pending: string[];
  failed: { name: string; logs: string }[];
  /** Applied migrations whose file changed afterwards. */
  modified: string[];
  /** Applied in the database but missing from the folder. */
  unknown: string[];
};

export class MigrationBlockedError extends Error {}
export class MigrationFailedError extends Error {}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const migrations: Migration[] = [];
  for (const name of names) {
    const bytes = await fs.readFile(path.join(dir, name, "migration.sql")).catch(() => null);
    if (bytes === null) continue;
    migrations.push({ name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") });
  }
  return migrations;
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

async function readRows(client: pg.Client): Promise<Row[]> {
  const exists = await client.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS ok`);
  if (!exists.rows[0].ok) return [];
  const result = await client.query<Row>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
  );
  return result.rows;
}

export function computeState(migrations: Migration[], rows: Row[]): MigrationState {
  const live = rows.filter((r) => r.rolled_back_at === null);
  const applied = new Map(live.filter((r) => r.finished_at !== null).map((r) => [r.migration_name, r]));
  const failed = live.filter((r) => r.finished_at === null).map((r) => ({ name: r.migration_name, logs: r.logs ?? "" }));
  const failedNames = new Set(failed.map((f) => f.name));
  const known = new Set(migrations.map((m) => m.name));
  return {
    applied: migrations.filter((m) => applied.has(m.name)).map((m) => m.name),
    pending: migrations.filter((m) => !applied.has(m.name) && !failedNames.has(m.name)).map((m) => m.name),
    failed,
    modified: migrations.filter((m) => applied.has(m.name) && applied.get(m.name)!.checksum !== m.checksum).map((m) => m.name),
    unknown: [...applied.keys()].filter((name) => !known.has(name)),
  };
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function migrationState(url: string, dir = MIGRATIONS_DIR): Promise<MigrationState> {
  const migrations = await readMigrations(dir);
  return withClient(url, async (client) => computeState(migrations, await readRows(client)));
}

export function blockedMessage(name: string) {
  return (
    `La migración ${name} falló y bloquea las siguientes. Corrija la base de datos o el archivo y luego márquela ` +
    `como revertida con: npm run db:migrate -- resolve --rolled-back ${name}`
  );
}

/**
 * Applies every pending migration, each in its own transaction. A failure is recorded (finished_at
 * null, logs set), as Prisma does, and blocks later runs until it is resolved.
 */
export async function deployMigrations(url: string, dir = MIGRATIONS_DIR, log: (line: string) => void = () => {}): Promise<string[]> {
  const migrations = await readMigrations(dir);
  return withClient(url, async (client) => {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await client.query(CREATE_TABLE);
      const state = computeState(migrations, await readRows(client));
      if (state.failed.length > 0) throw new MigrationBlockedError(blockedMessage(state.failed[0].name));
      for (const name of state.modified) log(`Aviso: la migración ${name} cambió después de aplicarse.`);
      const appliedNow: string[] = [];
      for (const name of state.pending) {
        const migration = migrations.find((m) => m.name === name)!;
        await applyOne(client, migration);
        log(`Aplicada ${name}`);
        appliedNow.push(name);
      }
      return appliedNow;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  });
}

async function applyOne(client: pg.Client, migration: Migration) {
  const id = randomUUID();
  try {
    await client.query("BEGIN");
    // One simple-protocol query: many statements and $$ bodies run as written, atomically.
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), 1)`,
      [id, migration.checksum, migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const message = error instanceof Error ? error.message : String(error);
    await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs) VALUES ($1, $2, $3, $4)`, [
      id,
      migration.checksum,
      migration.name,
      message,
    ]);
    throw new MigrationFailedError(`La migración ${migration.name} falló y no se aplicó: ${message}`);
  }
}

/** Marks a failed migration as rolled back so that the next deploy tries it again. */
export async function resolveRolledBack(url: string, name: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const result = await client.query(
      `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = $1 AND finished_at IS NULL AND rolled_back_at IS NULL`,
      [name],
    );
    return (result.rowCount ?? 0) > 0;
  });
}
