import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { scratchDatabase } from "@/tests/helpers/scratch-db";
import { deployMigrations, MIGRATIONS_DIR, MigrationBlockedError, MigrationFailedError, migrationState, readMigrations, resolveRolledBack } from "./migrate";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function scratch() {
  const db = await scratchDatabase("migrate");
  cleanups.push(db.drop);
  return db.url;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** The project's migrations plus one more, in a temp folder. */
async function migrationsWith(name: string, sql: string) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "migrations-"));
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  await fs.cp(MIGRATIONS_DIR, dir, { recursive: true });
  await fs.mkdir(path.join(dir, name));
  await fs.writeFile(path.join(dir, name, "migration.sql"), sql);
  return dir;
}

describe("db:migrate", () => {
  it("creates the schema on an empty database and does nothing the second time", async () => {
    const url = await scratch();
    const all = (await readMigrations()).map((m) => m.name);
    expect(all.length).toBeGreaterThan(0);

    expect(await deployMigrations(url)).toEqual(all);
    const tables = await query<{ t: string }>(url, "SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public'");
    expect(tables.map((r) => r.t)).toEqual(expect.arrayContaining(["region", "province", "comuna", "municipality", "comuna_stat", "_prisma_migrations"]));

    expect(await deployMigrations(url)).toEqual([]);
    const rows = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
    expect(rows[0].n).toBe(all.length);
    expect(await migrationState(url)).toMatchObject({ pending: [], failed: [], applied: all });
  });

  it("records a broken migration as failed, leaves nothing of it, and blocks the next run until resolved", async () => {
    const url = await scratch();
    const broken = "99990101000000_broken";
    const dir = await migrationsWith(broken, "CREATE TABLE half_done (id int);\nSELECT * FROM table_that_does_not_exist;\n");

    await expect(deployMigrations(url, dir)).rejects.toThrow(MigrationFailedError);
    const [row] = await query<{ finished_at: Date | null; logs: string }>(
      url,
      `SELECT finished_at, logs FROM "_prisma_migrations" WHERE migration_name = '${broken}'`,
    );
    expect(row.finished_at).toBeNull();
    expect(row.logs).toContain("table_that_does_not_exist");
    // Atomic: the statement before the error was rolled back with it.
    expect(await query(url, "SELECT 1 FROM pg_tables WHERE tablename = 'half_done'")).toHaveLength(0);

    await expect(deployMigrations(url, dir)).rejects.toThrow(MigrationBlockedError);
    await expect(deployMigrations(url, dir)).rejects.toThrow(broken);
    expect((await migrationState(url, dir)).failed.map((f) => f.name)).toEqual([broken]);

    // The documented way out: fix the file, mark the failure rolled back, deploy again.
    await fs.writeFile(path.join(dir, broken, "migration.sql"), "CREATE TABLE half_done (id int);\n");
    expect(await resolveRolledBack(url, broken)).toBe(true);
    expect(await deployMigrations(url, dir)).toEqual([broken]);
    expect(await migrationState(url, dir)).toMatchObject({ pending: [], failed: [] });
  });

  it("applies each migration exactly once when two deploys race", async () => {
    const url = await scratch();
    const results = await Promise.all([deployMigrations(url), deployMigrations(url)]);
    const total = (await readMigrations()).length;
    expect(results[0].length + results[1].length).toBe(total);
    const rows = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(rows[0].n).toBe(total);
  });
});
