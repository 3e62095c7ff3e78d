import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseDatabaseUrl, scratchDatabase } from "@/tests/helpers/scratch-db";
import { databaseName, withDatabase } from "./database-url";
import { checkDrift } from "./drift";
import { MIGRATIONS_DIR } from "./migrate";
import { createMigration, InvalidMigrationNameError } from "./migrate-new";
import { LOCKFILE_CONTENT, SCHEMA_PATH } from "./schema-engine";
import { migrationAdapterFactory } from "./schema-engine-adapter";

const baseUrl = baseDatabaseUrl();
// Shadow databases are named after this one, so leftovers of these tests are easy to spot.
let scratchUrl: string;
let dropScratch: () => Promise<void>;
const tempDirs: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "drift-test-"));
  tempDirs.push(dir);
  return dir;
}

/** A copy of the real schema with an extra nullable column on Region, and optionally the real migrations. */
async function changedProject({ withMigrations }: { withMigrations: boolean }) {
  const dir = await tempDir();
  const schemaPath = path.join(dir, "schema.prisma");
  const migrationsDir = path.join(dir, "migrations");
  const schema = await fs.readFile(SCHEMA_PATH, "utf8");
  expect(schema).toContain("model Region {");
  await fs.writeFile(schemaPath, schema.replace("model Region {", "model Region {\n  extraField String? @map(\"extra_field\")"));
  if (withMigrations) await fs.cp(MIGRATIONS_DIR, migrationsDir, { recursive: true });
  return { schemaPath, migrationsDir };
}

async function shadowDatabasesLeft(): Promise<string[]> {
  const client = new pg.Client({ connectionString: withDatabase(baseUrl, "postgres") });
  await client.connect();
  try {
    const result = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [
      `${databaseName(scratchUrl)}_shadow_`,
    ]);
    return result.rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  ({ url: scratchUrl, drop: dropScratch } = await scratchDatabase("drift"));
});

afterAll(async () => {
  await dropScratch();
  await Promise.all(tempDirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

describe("checkDrift", () => {
  it("finds prisma/schema.prisma and prisma/migrations in sync", async () => {
    const report = await checkDrift(scratchUrl);
    expect(
      report.sql,
      "schema.prisma cambió sin su migración: cree una con npm run db:migrate:new -- --name <nombre>",
    ).toBe("");
    expect(report.inSync).toBe(true);
  });

  it("reports a schema change that has no migration, and accepts it once its migration exists", async () => {
    const { schemaPath, migrationsDir } = await changedProject({ withMigrations: true });

    const drift = await checkDrift(scratchUrl, schemaPath, migrationsDir);
    expect(drift.inSync).toBe(false);
    expect(drift.sql).toMatch(/ALTER TABLE "region" ADD COLUMN\s+"extra_field" TEXT/);

    await fs.mkdir(path.join(migrationsDir, "99990101000000_extra_field"));
    await fs.writeFile(path.join(migrationsDir, "99990101000000_extra_field", "migration.sql"), drift.sql);
    expect(await checkDrift(scratchUrl, schemaPath, migrationsDir)).toEqual({ inSync: true, sql: "" });
  });

  it("replays migrations whose $$ bodies contain semicolons", async () => {
    const dir = await tempDir();
    await fs.cp(MIGRATIONS_DIR, dir, { recursive: true });
    await fs.mkdir(path.join(dir, "99990101000000_plpgsql"));
    await fs.writeFile(
      path.join(dir, "99990101000000_plpgsql", "migration.sql"),
      "CREATE FUNCTION touch() RETURNS integer LANGUAGE plpgsql AS $$\nDECLARE n integer;\nBEGIN\n  n := 1;\n  RETURN n;\nEND;\n$$;\n",
    );
    expect(await checkDrift(scratchUrl, SCHEMA_PATH, dir)).toEqual({ inSync: true, sql: "" });
  });

  it("fails on a migration that does not run, and still drops its shadow database", async () => {
    const dir = await tempDir();
    await fs.cp(MIGRATIONS_DIR, dir, { recursive: true });
    await fs.mkdir(path.join(dir, "99990101000000_broken"));
    await fs.writeFile(path.join(dir, "99990101000000_broken", "migration.sql"), 'ALTER TABLE "no_such_table" ADD COLUMN "x" TEXT;');

    await expect(checkDrift(scratchUrl, SCHEMA_PATH, dir)).rejects.toThrow(/no_such_table/);
    expect(await shadowDatabasesLeft()).toEqual([]);
  });
});

describe("migrationAdapterFactory", () => {
  it("reads \"char\" catalog columns and drops shadow databases the engine left open", async () => {
    const factory = migrationAdapterFactory(scratchUrl);
    try {
      const shadow = await factory.connectToShadowDb();
      const result = await shadow.queryRaw({ sql: "SELECT relkind FROM pg_class WHERE relname = 'pg_class'", args: [], argTypes: [] });
      expect(result.rows).toEqual([["r"]]);
      expect(await shadowDatabasesLeft()).toHaveLength(1);
    } finally {
      await factory.close();
    }
    expect(await shadowDatabasesLeft()).toEqual([]);
  });
});

describe("createMigration", () => {
  it("writes Prisma's layout: <timestamp>_<name>/migration.sql and migration_lock.toml", async () => {
    const { schemaPath, migrationsDir } = await changedProject({ withMigrations: false });
    const now = new Date(Date.UTC(2030, 0, 2, 3, 4, 5));

    const file = await createMigration(scratchUrl, "init", { schemaPath, migrationsDir, now });

    expect(file).toBe(path.join(migrationsDir, "20300102030405_init", "migration.sql"));
    const sql = await fs.readFile(file!, "utf8");
    expect(sql).toMatch(/^-- CreateEnum\nCREATE TYPE "StatIndicator"/);
    expect(sql).toContain('"extra_field" TEXT,');
    expect(await fs.readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toBe(LOCKFILE_CONTENT);
    expect(LOCKFILE_CONTENT).toBe(
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );

    // The folder now describes the schema, so a second run has nothing to write.
    expect(await createMigration(scratchUrl, "again", { schemaPath, migrationsDir })).toBeNull();
    expect(await fs.readdir(migrationsDir)).toEqual(["20300102030405_init", "migration_lock.toml"]);
  });

  it("rejects names that are not lowercase letters, digits and underscores", async () => {
    const migrationsDir = path.join(await tempDir(), "migrations");
    for (const name of ["Init", "add-field", "con espacio", "", "../escape"]) {
      await expect(createMigration(scratchUrl, name, { migrationsDir })).rejects.toThrow(InvalidMigrationNameError);
    }
    await expect(fs.access(migrationsDir)).rejects.toThrow();
  });
});
