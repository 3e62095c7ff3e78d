/**
 * The server-action half of the authorization matrix: every action a municipal officer of Melipilla or
 * the coordinator of the Región Metropolitana may call, fed payloads around its schema whose ids all
 * point at real records of the Región de Antofagasta. Whatever the action, nothing of Antofagasta may
 * change. The records to watch are found from the database catalog (tables with a region, a
 * municipality or a case), so new tables are covered without being listed.
 */
import fc from "fast-check";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PERMISSIONS } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { discoverActions, type DiscoveredAction } from "@/tests/helpers/actions";
import { aimedAt, payloadsFor } from "@/tests/helpers/hostile-payloads";
import { seededScratchDatabase } from "@/tests/helpers/scratch-db";

const viewerHolder = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewerHolder.current, requireViewer: async () => viewerHolder.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => {} }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

const RUNS = Number(process.env.SCOPE_RUNS ?? 60);
const OTHER_REGION = "02";
const storeDir = fs.mkdtempSync(path.join(os.tmpdir(), "sello-scope-files-"));
let scratch: { url: string; drop: () => Promise<void> };
let client: pg.Client;
let actions: DiscoveredAction[] = [];
const pool: string[] = [];
let watched: { table: string; where: string }[] = [];
const people: Partial<Record<"officer" | "coordinator", Viewer>> = {};

/** The other region's rows of one table, as one checksum. */
async function fingerprint(): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const { table, where } of watched) {
    const { rows } = await client.query<{ md5: string | null }>(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM "${table}" t WHERE ${where}`);
    result[table] = rows[0].md5 ?? "";
  }
  return result;
}

beforeAll(async () => {
  scratch = await seededScratchDatabase("scope");
  process.env.DATABASE_URL = scratch.url;
  process.env.FILE_STORE_DIR = storeDir;
  client = new pg.Client({ connectionString: scratch.url });
  await client.connect();

  const { rows: columns } = await client.query<{ table: string; column: string }>(
    `SELECT table_name AS table, column_name AS column FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name IN ('id', 'region_code', 'municipality_code', 'case_id')`,
  );
  const byTable = new Map<string, Set<string>>();
  for (const { table, column } of columns) byTable.set(table, (byTable.get(table) ?? new Set()).add(column));
  for (const [table, has] of byTable) {
    // Refusals may be audited, and the audit trail is append-only anyway.
    if (table === "audit_event") continue;
    const where = has.has("region_code")
      ? `t.region_code = '${OTHER_REGION}'`
      : has.has("municipality_code")
        ? `t.municipality_code LIKE '${OTHER_REGION}%'`
        : has.has("case_id")
          ? `t.case_id IN (SELECT id FROM "case" WHERE region_code = '${OTHER_REGION}')`
          : null;
    if (!where) continue;
    watched.push({ table, where });
    if (has.has("id")) {
      const { rows } = await client.query<{ id: string }>(`SELECT id::text FROM "${table}" t WHERE ${where} ORDER BY id LIMIT 5`);
      pool.push(...rows.map((r) => r.id));
    }
  }
  watched = watched.sort((a, b) => a.table.localeCompare(b.table));
  pool.push("02101", "02102", "02");

  const { rows: users } = await client.query<{ id: string; name: string; run: string; role: Viewer["role"]; municipality_code: string | null; region_code: string | null }>(
    `SELECT id, name, run, role, municipality_code, region_code FROM "user" WHERE run = ANY($1)`,
    [["88888888-8", "55555555-5"]],
  );
  for (const user of users) {
    const viewer = { id: user.id, name: user.name, run: user.run, role: user.role, municipalityCode: user.municipality_code, regionCode: user.region_code };
    people[user.role === "MUNICIPAL_OFFICER" ? "officer" : "coordinator"] = viewer;
  }
  actions = await discoverActions();
}, 300_000);

afterAll(async () => {
  await client?.end();
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await scratch?.drop();
  fs.rmSync(storeDir, { recursive: true, force: true });
});

describe("server actions given another region's ids", () => {
  it("watches the other region's records in every table that has them, and aims at real ids", () => {
    expect(watched.map((w) => w.table)).toEqual(expect.arrayContaining(["case", "case_note", "commitment_action", "adhesion", "user"]));
    expect(pool.length).toBeGreaterThan(20);
  });

  it("never changes a record of the Región de Antofagasta, whichever action an officer or coordinator of the RM calls", async () => {
    const before = await fingerprint();
    let tried = 0;
    const changedBy: string[] = [];
    for (const persona of ["officer", "coordinator"] as const) {
      const viewer = people[persona]!;
      viewerHolder.current = viewer;
      for (const { meta, fn } of actions) {
        if (!((PERMISSIONS as Record<string, readonly string[]>)[meta!.permission] ?? []).includes(viewer.role)) continue;
        await fc.assert(
          fc.asyncProperty(aimedAt(payloadsFor(meta!.input), pool), async (payload) => {
            tried += 1;
            await fn(payload).catch(() => undefined);
          }),
          { numRuns: RUNS },
        );
        const now = await fingerprint();
        const changed = Object.keys(before).filter((table) => before[table] !== now[table]);
        if (changed.length > 0) changedBy.push(`${meta!.name} como ${viewer.role}: ${changed.join(", ")}`);
      }
    }
    console.log(`Acciones con ids de otra región: ${tried} cuerpos; ${watched.length} tablas vigiladas; ${pool.length} ids reales de la región ${OTHER_REGION}.`);
    expect(changedBy).toEqual([]);
  }, 1_800_000);
});
