/**
 * The people the authorization matrix acts as, each with a session created directly in the database
 * (the sign-in journey itself is tested elsewhere), sent as the session cookie.
 */
import { randomBytes } from "node:crypto";
import { query } from "../helpers/db";

export type PersonaKey = "anonymous" | "officer" | "coordinator" | "admin";
export type Role = "MUNICIPAL_OFFICER" | "REGIONAL_COORDINATOR" | "NATIONAL_ADMIN";

export type Persona = {
  key: PersonaKey;
  role: Role | null;
  userId: string | null;
  municipalityCode: string | null;
  regionCode: string | null;
  cookie: string | null;
};

// Carolina (Melipilla, RM), Rodrigo (RM coordinator), Andrea (national admin): see lib/auth/demo-identities.ts.
const RUNS: Record<Exclude<PersonaKey, "anonymous">, string> = { officer: "88888888-8", coordinator: "55555555-5", admin: "44444444-4" };

export async function openSessions(): Promise<Record<PersonaKey, Persona>> {
  const personas: Partial<Record<PersonaKey, Persona>> = {
    anonymous: { key: "anonymous", role: null, userId: null, municipalityCode: null, regionCode: null, cookie: null },
  };
  for (const [key, run] of Object.entries(RUNS) as [Exclude<PersonaKey, "anonymous">, string][]) {
    const [user] = await query<{ id: string; role: Role; municipality_code: string | null; region_code: string | null }>(
      `SELECT id, role, municipality_code, region_code FROM "user" WHERE run = $1`,
      [run],
    );
    const token = randomBytes(32).toString("hex");
    await query(`INSERT INTO session (id, session_token, user_id, expires) VALUES ($1, $2, $3, now() + interval '30 minutes')`, [
      randomBytes(12).toString("hex"),
      token,
      user.id,
    ]);
    personas[key] = { key, role: user.role, userId: user.id, municipalityCode: user.municipality_code, regionCode: user.region_code, cookie: `__Host-authjs.session-token=${token}` };
  }
  return personas as Record<PersonaKey, Persona>;
}

export async function closeSessions(personas: Record<PersonaKey, Persona>): Promise<void> {
  const tokens = Object.values(personas).flatMap((p) => (p.cookie ? [p.cookie.split("=")[1]] : []));
  await query("DELETE FROM session WHERE session_token = ANY($1)", [tokens]);
}
