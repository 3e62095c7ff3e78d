/**
 * Who the benchmark signs in as, without the browser: a session row per person, inserted the way
 * Auth.js's database strategy stores it, and the cookie the portal reads. Sessions follow the portal's
 * own rules (30 minutes idle, refreshed by the portal as it is used).
 */
import { randomBytes, randomUUID } from "node:crypto";
import type pg from "pg";
import { SESSION_COOKIE, SESSION_IDLE_SECONDS } from "../lib/auth/session-policy";
import type { BenchContext, Persona } from "./scenarios";

export type Cookies = Record<Persona, string | null>;

/** The people of the load: an officer of the municipality with most cases, a coordinator of the biggest region, a national admin. */
export async function benchContext(client: pg.Client): Promise<BenchContext> {
  const { rows: officer } = await client.query<{ id: string; municipality_code: string }>(
    `SELECT u.id, u.municipality_code FROM "user" u
      WHERE u.role = 'MUNICIPAL_OFFICER' AND u.active AND u.id LIKE 'bench-officer-%-1'
      ORDER BY (SELECT count(*) FROM "case" c WHERE c.municipality_code = u.municipality_code) DESC LIMIT 1`,
  );
  const { rows: region } = await client.query<{ region_code: string }>(`SELECT region_code FROM "case" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  const regionCode = region[0].region_code;
  const coordinatorId = `bench-coordinator-${regionCode}-1`;
  // A typical case page: filed, not sensitive, under review, with files and notes on its timeline.
  const { rows: found } = await client.query<{ id: string; type: string }>(
    `SELECT c.id, c.type::text AS type FROM "case" c
      WHERE c.region_code = $1 AND NOT c.sensitive AND c.status = 'EN_REVISION'
        AND EXISTS (SELECT 1 FROM case_attachment a WHERE a.case_id = c.id)
        AND EXISTS (SELECT 1 FROM case_note n WHERE n.case_id = c.id)
      ORDER BY c.submitted_at DESC LIMIT 1`,
    [regionCode],
  );
  if (!officer[0] || !found[0]) throw new Error("La base de benchmark no tiene los datos esperados; ejecútela sin --reuse-db.");
  return {
    officer: { id: officer[0].id, municipalityCode: officer[0].municipality_code },
    coordinator: { id: coordinatorId, regionCode },
    admin: { id: "bench-admin-1" },
    caseId: found[0].id,
    caseType: found[0].type,
    minutaComuna: "13501",
  };
}

/**
 * Sessions of many officers, one per filing request in turn: the portal limits how often one person
 * may save cases with documents (lib/cases/document-checks.ts), and the load files far more cases a
 * minute than one person ever would.
 */
export async function createFilerSessions(client: pg.Client, count = 200): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(
    `SELECT id FROM "user" WHERE role = 'MUNICIPAL_OFFICER' AND active AND id LIKE 'bench-officer-%' ORDER BY id LIMIT $1`,
    [count],
  );
  return Promise.all(rows.map((row) => sessionCookie(client, row.id)));
}

async function sessionCookie(client: pg.Client, userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await client.query(`INSERT INTO session (id, session_token, user_id, expires, created_at) VALUES ($1, $2, $3, now() + $4 * interval '1 second', now())`, [
    randomUUID(),
    token,
    userId,
    SESSION_IDLE_SECONDS,
  ]);
  return `${SESSION_COOKIE}=${token}`;
}

export async function createSessions(client: pg.Client, ctx: BenchContext): Promise<Cookies> {
  const cookie = (userId: string) => sessionCookie(client, userId);
  return { anonymous: null, officer: await cookie(ctx.officer.id), coordinator: await cookie(ctx.coordinator.id), admin: await cookie(ctx.admin.id) };
}
