/**
 * Backups with PostgreSQL's own tools: `pg_dump` in the custom format (compressed, restorable table by
 * table) and `pg_restore` into a database that did not exist before, so a restore never overwrites
 * the data it is meant to rescue.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { adminUrl, databaseName } from "./database-url";

const run = promisify(execFile);

export class BackupError extends Error {}

/** Major version of a client tool such as pg_dump ("pg_dump (PostgreSQL) 15.18 (Debian …)" → 15). */
export function clientMajor(versionOutput: string): number | null {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(versionOutput);
  return match ? Number(match[1]) : null;
}

async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    return Math.floor(Number(rows[0].v) / 10000);
  } finally {
    await client.end();
  }
}

/** pg_dump refuses newer servers and an older restore may miss features: client and server must match. */
async function checkedTool(tool: "pg_dump" | "pg_restore", url: string): Promise<string> {
  const binary = process.env.PG_BIN_DIR ? path.join(process.env.PG_BIN_DIR, tool) : tool;
  let output: string;
  try {
    output = (await run(binary, ["--version"])).stdout;
  } catch {
    throw new BackupError(`No se encontró ${tool}. Instale el cliente de PostgreSQL (Debian: postgresql-client-15) o indique PG_BIN_DIR.`);
  }
  const [client, server] = [clientMajor(output), await serverMajor(url)];
  if (client !== server) {
    throw new BackupError(`${tool} es de PostgreSQL ${client ?? "?"} y el servidor es PostgreSQL ${server}: use un cliente de la misma versión (PG_BIN_DIR).`);
  }
  return binary;
}

/** libpq reads the password from the environment, so it never shows in the process list. */
function libpqEnv(url: string): NodeJS.ProcessEnv {
  const parsed = new URL(url);
  return {
    ...process.env,
    PGHOST: parsed.hostname,
    PGPORT: parsed.port || "5432",
    PGUSER: decodeURIComponent(parsed.username),
    PGPASSWORD: decodeURIComponent(parsed.password),
    PGDATABASE: databaseName(url),
  };
}

export function backupFileName(now = new Date()): string {
  return `sello-${now.toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-")}.dump`;
}

export type BackupResult = { file: string; bytes: number; sha256: string; milliseconds: number };

/** Writes the dump and a `.sha256` beside it, so a copy can be checked before it is trusted. */
export async function backupDatabase(url: string, file: string): Promise<BackupResult> {
  const started = Date.now();
  const pgDump = await checkedTool("pg_dump", url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  try {
    await run(pgDump, ["--format=custom", "--compress=9", "--no-owner", "--no-privileges", `--file=${partial}`], { env: libpqEnv(url) });
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new BackupError(`pg_dump falló: ${(error as { stderr?: string }).stderr?.trim() || (error as Error).message}`);
  }
  fs.renameSync(partial, file);
  const sha256 = createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  fs.writeFileSync(`${file}.sha256`, `${sha256}  ${path.basename(file)}\n`);
  return { file, bytes: fs.statSync(file).size, sha256, milliseconds: Date.now() - started };
}

function verifyChecksum(file: string): void {
  const sidecar = `${file}.sha256`;
  if (!fs.existsSync(sidecar)) return;
  const expected = fs.readFileSync(sidecar, "utf8").split(/\s+/)[0];
  const actual = createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  if (expected !== actual) throw new BackupError(`El respaldo ${path.basename(file)} no coincide con su suma SHA-256: está dañado o fue modificado.`);
}

export type RestoreResult = { url: string; milliseconds: number };

/** Restores into `targetUrl`, a database that must not exist yet; on failure it is dropped again. */
export async function restoreDatabase(file: string, targetUrl: string): Promise<RestoreResult> {
  const started = Date.now();
  if (!fs.existsSync(file)) throw new BackupError(`No existe el archivo ${file}.`);
  verifyChecksum(file);
  const pgRestore = await checkedTool("pg_restore", adminUrl(targetUrl));
  const name = databaseName(targetUrl);
  const admin = new pg.Client({ connectionString: adminUrl(targetUrl) });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount) throw new BackupError(`La base de datos ${name} ya existe: la restauración solo escribe en una base nueva.`);
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
  try {
    await run(pgRestore, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${name}`, file], {
      env: libpqEnv(targetUrl),
    });
  } catch (error) {
    const cleanup = new pg.Client({ connectionString: adminUrl(targetUrl) });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`).finally(() => cleanup.end());
    throw new BackupError(`pg_restore falló: ${(error as { stderr?: string }).stderr?.trim() || (error as Error).message}`);
  }
  return { url: targetUrl, milliseconds: Date.now() - started };
}

export type TableFingerprint = { rows: number; md5: string };

/**
 * Row count and a checksum of every row's content for each table of the public schema, to prove a
 * restored copy holds exactly what the original held.
 */
export async function tableFingerprints(url: string): Promise<Record<string, TableFingerprint>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const result: Record<string, TableFingerprint> = {};
    for (const { name } of tables) {
      const ident = `"${name.replace(/"/g, '""')}"`;
      const { rows } = await client.query<{ rows: string; md5: string | null }>(
        `SELECT count(*) AS rows, md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))) AS md5 FROM ${ident} t`,
      );
      result[name] = { rows: Number(rows[0].rows), md5: rows[0].md5 ?? "" };
    }
    return result;
  } finally {
    await client.end();
  }
}
