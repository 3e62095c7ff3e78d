import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { embeddedPaths, embeddedStatus } from "./embedded";

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "sello-embedded-"));
const paths = embeddedPaths(dataDir);

// Each command records which server answered it and keeps it busy for a moment, so the two overlap.
const PROBE = `
import pg from "pg";
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
// CREATE TABLE IF NOT EXISTS is not safe against itself in another session; serialise the two probes.
await client.query("BEGIN; SELECT pg_advisory_xact_lock(1); CREATE TABLE IF NOT EXISTS visits (at timestamptz DEFAULT now()); COMMIT");
await client.query("INSERT INTO visits DEFAULT VALUES");
const { rows } = await client.query("SELECT pg_postmaster_start_time()::text AS started, (SELECT count(*)::int FROM visits) AS visits");
await new Promise((r) => setTimeout(r, 1500));
await client.end();
console.log("PROBE" + JSON.stringify(rows[0]));
`;

function commandWithEmbeddedDb(): Promise<{ started: string; visits: number }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, EMBEDDED_PG_PORT: "0" };
  delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "scripts/run-with-db.ts", "--", "node", "--input-type=module", "-e", PROBE], { env });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("PROBE"));
      if (code === 0 && line) resolve(JSON.parse(line.slice(5)));
      else reject(new Error(`exit ${code}: ${out}`));
    });
  });
}

afterAll(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe("embedded PostgreSQL", () => {
  it("serves two commands started at once from one server, and stops when the last one ends", async () => {
    const [a, b] = await Promise.all([commandWithEmbeddedDb(), commandWithEmbeddedDb()]);
    expect(a.started).toBe(b.started);
    expect(await embeddedStatus(paths)).toEqual({ port: null, clients: [] });

    // A clean stop keeps the data: the next command finds both visits.
    const c = await commandWithEmbeddedDb();
    expect(c.started).not.toBe(a.started);
    expect(c.visits).toBe(3);
    expect(await embeddedStatus(paths)).toEqual({ port: null, clients: [] });
  });
});
