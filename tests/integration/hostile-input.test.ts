/**
 * Property-based hostile input for every server action: payloads derived from and around each
 * action's zod schema, sent by a signed-in person who holds its permission. Whatever arrives, the
 * answer is a Spanish message, never an unexpected error, and a refusal writes nothing.
 *
 * Runs on a database of its own (migrated and seeded here), because payloads that happen to be valid
 * are carried out and must not disturb the data other test files expect.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PERMISSIONS, PUBLIC_PERMISSIONS } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { discoverActions, type DiscoveredAction } from "@/tests/helpers/actions";
import { payloadsFor } from "@/tests/helpers/hostile-payloads";
import { seededScratchDatabase } from "@/tests/helpers/scratch-db";

const viewerHolder = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewerHolder.current, requireViewer: async () => viewerHolder.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => {} }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));
// Starting a ClaveÚnica sign-in ends in a redirect to the provider; the fuzz stops at that point.
vi.mock("@/lib/auth/auth", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  signIn: async () => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/;307;" });
  },
}));

/**
 * Tables a refusal may write to on purpose: refused sign-in starts count toward the rate limit, and
 * hitting it is a security event for the audit log.
 */
const WRITTEN_ON_REFUSAL: Record<string, string[]> = { signInWithClaveUnica: ["rate_limit", "audit_event"] };

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
// Zod's English, a stack trace or SQL must never reach a person.
const LEAK = /\b(Invalid|expected|received|Unrecognized|Required|must be|Prisma|SELECT|INSERT|constraint|at \w+ \(|TypeError|undefined)\b/;
const UNEXPECTED = "No pudimos completar la acción";

let scratch: { url: string; drop: () => Promise<void> };
const storeDir = fs.mkdtempSync(path.join(os.tmpdir(), "sello-fuzz-files-"));
let client: pg.Client;
let countSql = "";
let actions: DiscoveredAction[] = [];
const people: Partial<Record<Viewer["role"], Viewer>> = {};

async function totals(action: string): Promise<string> {
  const { rows } = await client.query<Record<string, string>>(countSql);
  for (const table of WRITTEN_ON_REFUSAL[action] ?? []) delete rows[0][table];
  return JSON.stringify(rows[0]);
}

beforeAll(async () => {
  scratch = await seededScratchDatabase("fuzz");
  const url = scratch.url;
  process.env.DATABASE_URL = url;
  process.env.FILE_STORE_DIR = storeDir;
  client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows: tables } = await client.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1",
  );
  countSql = `SELECT ${tables.map(({ name }) => `(SELECT count(*) FROM "${name}") AS "${name}"`).join(", ")}`;
  const { rows: users } = await client.query<Viewer & { municipality_code: string | null; region_code: string | null }>(
    `SELECT id, name, run, role, municipality_code, region_code FROM "user" WHERE run = ANY($1)`,
    [["88888888-8", "55555555-5", "44444444-4"]],
  );
  for (const user of users) {
    people[user.role] = { id: user.id, name: user.name, run: user.run, role: user.role, municipalityCode: user.municipality_code, regionCode: user.region_code };
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

type Outcome = { ok: boolean; error?: string; fieldErrors?: Record<string, string> } | null;
type Tally = { action: string; role: string; tried: number; refusedBySchema: number; refusedByRules: number; accepted: number };

/** The holder the permission table names first, preferring the narrowest scope. */
function holderFor(permission: string): Viewer | null {
  if ((PUBLIC_PERMISSIONS as readonly string[]).includes(permission)) return null;
  const holders = PERMISSIONS[permission as keyof typeof PERMISSIONS] as readonly Viewer["role"][];
  const role = (["MUNICIPAL_OFFICER", "REGIONAL_COORDINATOR", "NATIONAL_ADMIN"] as const).find((r) => holders.includes(r))!;
  return people[role]!;
}

function isNextSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown })?.digest;
  return typeof digest === "string" && /^NEXT_(REDIRECT|NOT_FOUND|HTTP_ERROR_FALLBACK)/.test(digest);
}

/** What an action answers; a redirect after success is how some actions answer, anything else thrown is a defect. */
async function outcomeOf(fn: (payload: unknown) => unknown, payload: unknown): Promise<Outcome> {
  try {
    return (await fn(payload)) as Outcome;
  } catch (error) {
    if (!isNextSignal(error)) throw error;
    return { ok: true };
  }
}

describe("hostile input to every server action", () => {
  const tallies: Tally[] = [];

  afterAll(() => {
    const total = tallies.reduce((sum, t) => sum + t.tried, 0);
    console.log(
      [
        `Entradas hostiles: ${total} en ${tallies.length} acciones (${RUNS} por acción).`,
        "acción | rol | probadas | rechazadas por el esquema | rechazadas por las reglas | aceptadas",
        ...tallies.map((t) => `${t.action} | ${t.role} | ${t.tried} | ${t.refusedBySchema} | ${t.refusedByRules} | ${t.accepted}`),
      ].join("\n"),
    );
  });

  it("finds the actions", () => {
    expect(actions.length).toBeGreaterThan(10);
    expect(actions.every((a) => a.meta)).toBe(true);
  });

  it("answers a form field named __proto__ in Spanish, whatever it holds, never with an unexpected error", async () => {
    for (const { meta, fn } of actions) {
      viewerHolder.current = holderFor(meta!.permission);
      for (const value of [new File([new Uint8Array([1])], "carta.pdf", { type: "application/pdf" }), '{"role":"NATIONAL_ADMIN"}']) {
        const form = new FormData();
        form.append("__proto__", value);
        const outcome = await outcomeOf(fn, form);
        expect(outcome!.ok || outcome!.error, meta!.name).not.toContain(UNEXPECTED);
      }
    }
  });

  it("answers every payload in Spanish, never with an unexpected error, and writes nothing when it refuses", async () => {
    for (const { meta, fn } of actions) {
      const viewer = holderFor(meta!.permission);
      viewerHolder.current = viewer;
      const tally: Tally = { action: meta!.name, role: viewer?.role ?? "público", tried: 0, refusedBySchema: 0, refusedByRules: 0, accepted: 0 };
      tallies.push(tally);
      let current = await totals(meta!.name);
      await fc.assert(
        fc.asyncProperty(payloadsFor(meta!.input), async (payload) => {
          tally.tried += 1;
          const outcome = await outcomeOf(fn, payload);
          expect(outcome, meta!.name).toBeTypeOf("object");
          if (outcome!.ok) {
            tally.accepted += 1;
            current = await totals(meta!.name);
            return;
          }
          const messages = [outcome!.error ?? "", ...Object.values(outcome!.fieldErrors ?? {})];
          expect(outcome!.error, meta!.name).not.toContain(UNEXPECTED);
          for (const message of messages) expect(message, meta!.name).not.toMatch(LEAK);
          const bySchema = outcome!.error === "Revise los datos marcados." && outcome!.fieldErrors !== undefined;
          if (bySchema) tally.refusedBySchema += 1;
          else tally.refusedByRules += 1;
          // The schema stops a payload before any code that writes; rule refusals are checked every time.
          if (!bySchema || tally.refusedBySchema % 25 === 0) expect(await totals(meta!.name), `${meta!.name} escribió al rechazar`).toBe(current);
        }),
        { numRuns: RUNS },
      );
    }
  }, 1_800_000);
});
