/**
 * The authorization matrix: every page and route handler found under app/ × every persona × a record
 * in scope, records out of scope and an id that names nothing. What each persona should get comes from
 * the permission table and the scope rules, never from what the code happens to do. Out-of-scope ids
 * must answer exactly like missing ones, and canary strings planted in out-of-scope records must appear
 * in no page, no RSC payload, no export and no e-mail.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { discoverRoutes } from "./authz/discover";
import { closeSessions, openSessions, type Persona, type PersonaKey } from "./authz/personas";
import { allowed, ROUTES, type RouteRule } from "./authz/routes";
import { ENTITIES, plantChannelRecords, plantFiles, type Targets } from "./authz/targets";
import { query } from "./helpers/db";

test.describe.configure({ mode: "serial" });

type Expected = { status: number; location?: string };

function expected(rule: RouteRule, persona: Persona, target: "none" | "in" | "out" | "missing"): Expected {
  if (!allowed(rule, persona)) return persona.role ? { status: 404 } : { status: 307, location: "/ingresar" };
  if (persona.role && rule.signedInRedirect) return { status: 307, location: rule.signedInRedirect };
  const redirect = persona.role ? rule.redirects?.[persona.role] : undefined;
  if (redirect) return { status: 307, location: redirect };
  return { status: target === "out" || target === "missing" ? 404 : 200 };
}

const canary = {
  otherRegion: `CANARIO${randomBytes(5).toString("hex")}`,
  otherMunicipality: `CANARIO${randomBytes(5).toString("hex")}`,
};
/** Words that find the canary cases in a search without being the canary (a search box echoes its query). */
const trail = { otherRegion: `rastro${randomBytes(5).toString("hex")}`, otherMunicipality: `rastro${randomBytes(5).toString("hex")}` };

/** Out-of-scope content planted for the matrix: one case in Antofagasta, one in Santiago (RM). Returns the undo. */
async function plantCanaries(): Promise<() => Promise<void>> {
  const undo: (() => Promise<unknown>)[] = [];
  for (const [municipality, word, findMe] of [["02101", canary.otherRegion, trail.otherRegion], ["13101", canary.otherMunicipality, trail.otherMunicipality]] as const) {
    const [target] = await query<{ id: string; summary: string; description: string }>(
      `SELECT id, summary, description FROM "case" WHERE municipality_code = $1 AND status = 'EN_REVISION' AND NOT sensitive ORDER BY id LIMIT 1`,
      [municipality],
    );
    const people = await query<{ id: string; full_name: string }>(`SELECT id, full_name FROM case_participant WHERE case_id = $1`, [target.id]);
    undo.push(
      () => query(`UPDATE "case" SET summary = $2, description = $3 WHERE id = $1`, [target.id, target.summary, target.description]),
      ...people.map((p) => () => query(`UPDATE case_participant SET full_name = $2 WHERE id = $1`, [p.id, p.full_name])),
      () => query(`DELETE FROM case_note WHERE case_id = $1 AND body = $2 || ' nota'`, [target.id, word]),
    );
    await query(`UPDATE "case" SET summary = $2 || ' resumen', description = $2 || ' relato del caso ' || $3 WHERE id = $1`, [target.id, word, findMe]);
    await query(`UPDATE case_participant SET full_name = $2 || ' Persona' WHERE case_id = $1`, [target.id, word]);
    await query(`INSERT INTO case_note (id, case_id, internal, body, author_id, author_name) SELECT gen_random_uuid(), $1, false, $2 || ' nota', id, name FROM "user" WHERE run = '44444444-4'`, [
      target.id,
      word,
    ]);
  }
  return async () => {
    for (const step of undo) await step();
  };
}

/** Canaries a persona must never receive. */
function forbiddenFor(persona: Persona): string[] {
  if (persona.role === "MUNICIPAL_OFFICER") return [canary.otherRegion, canary.otherMunicipality];
  if (persona.role === "REGIONAL_COORDINATOR") return [canary.otherRegion];
  if (persona.role === null) return [canary.otherRegion, canary.otherMunicipality];
  return [];
}

/**
 * Two answers for different ids must show the same thing: the same status and the same document once
 * the id itself, per-request nonces, the scripts carrying the streamed RSC rows (whose order depends
 * on timing) and the site header are set aside. The header shows the persona's unread notices and
 * bulletins, which other specs running at the same time change between two fetches; it never depends
 * on the id asked for. The page's <head> (its title) and <main> are compared whole.
 */
function normalised(body: string, id: string): string {
  const main = body.indexOf("<main");
  const beforeMain = main < 0 ? body : body.slice(0, main);
  return (beforeMain.replace(/<header\b[^>]*>[\s\S]*?<\/header>/, "«cabecera»") + (main < 0 ? "" : body.slice(main)))
    .split(id)
    .join("«id»")
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
    .replace(/nonce="[^"]*"/g, 'nonce=""');
}

/** "" when equal, else both texts around the first place they differ. */
function difference(a: string, b: string): string {
  if (a === b) return "";
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return `…${a.slice(Math.max(0, i - 80), i + 80)}…  ≠  …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

let personas: Record<PersonaKey, Persona>;
let removeCanaries: () => Promise<void> = async () => {};
let removeFiles: () => Promise<void> = async () => {};
let removeChannelRecords: () => Promise<void> = async () => {};
const contexts = new Map<PersonaKey, APIRequestContext>();
let checked = 0;

test.beforeAll(async ({ baseURL }) => {
  personas = await openSessions();
  removeFiles = await plantFiles(personas.admin.userId!, [{ municipalityCode: "13501", regionCode: "13" }, { municipalityCode: "13101", regionCode: "13" }, { municipalityCode: "02101", regionCode: "02" }]);
  removeCanaries = await plantCanaries();
  removeChannelRecords = await plantChannelRecords(personas.admin.userId!);
  for (const persona of Object.values(personas)) {
    contexts.set(
      persona.key,
      await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { ...(persona.cookie ? { cookie: persona.cookie } : {}), "x-forwarded-for": "198.51.100.250" }, maxRedirects: 0 }),
    );
  }
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
  await removeCanaries();
  await removeFiles();
  await removeChannelRecords();
  if (personas) await closeSessions(personas);
  console.log(`Matriz de autorización: ${checked} combinaciones de ruta × persona × destino revisadas.`);
});

test("every page and route handler under app/ is classified", () => {
  expect(discoverRoutes().sort()).toEqual(Object.keys(ROUTES).sort());
});

async function fetchAs(persona: Persona, url: string, rsc = false) {
  const response = await contexts.get(persona.key)!.get(url, { headers: rsc ? { RSC: "1" } : {} });
  return { status: response.status(), location: response.headers()["location"] ?? "", body: await response.text() };
}

for (const [route, rule] of Object.entries(ROUTES)) {
  if (rule.skip) continue;
  test(`${route}: each persona gets what the permission table and scope rules say`, async () => {
    for (const persona of Object.values(personas)) {
      const targets: Targets | null = rule.entity ? await ENTITIES[rule.entity](persona) : null;
      const attempts: ["none" | "in" | "out" | "missing", string | null][] = targets
        ? [["in", targets.inScope], ...targets.outOfScope.map((id): ["out", string] => ["out", id]), ["missing", targets.missing]]
        : [["none", null]];
      const answers = new Map<string, string>();
      for (const [kind, id] of attempts) {
        if (kind === "in" && id === null) continue;
        const url = id === null ? route : route.replace(/\[[^\]]+\]/, encodeURIComponent(id));
        const want = expected(rule, persona, kind);
        const got = await fetchAs(persona, url);
        checked += 1;
        const label = `${url} como ${persona.key} (${kind})`;
        expect(got.status, label).toBe(want.status);
        if (want.location) expect(new URL(got.location, "http://x").pathname, label).toBe(want.location);
        for (const word of forbiddenFor(persona)) expect(got.body.includes(word), `${label} contiene un canario`).toBe(false);
        if (got.status === 200 && !route.includes("exportar") && !route.startsWith("/archivos") && !route.startsWith("/api")) {
          const flight = await fetchAs(persona, url, true);
          for (const word of forbiddenFor(persona)) expect(flight.body.includes(word), `${label} (RSC) contiene un canario`).toBe(false);
        }
        if (id && (kind === "out" || kind === "missing")) answers.set(kind === "missing" ? "missing" : `out:${id}`, normalised(got.body, id));
      }
      const missing = answers.get("missing");
      for (const [key, body] of answers) {
        if (key !== "missing") expect(difference(body, missing!), `${route} como ${persona.key}: ${key} se distingue de un id inexistente`).toBe("");
      }
    }
  });
}

test("searches and exports never return out-of-scope records", async () => {
  const searches: [PersonaKey, string][] = [
    ["officer", `/casos?q=${trail.otherMunicipality}`],
    ["officer", `/casos?q=${trail.otherRegion}`],
    ["coordinator", `/casos/bandeja?q=${trail.otherRegion}`],
    ["coordinator", `/casos/bandeja/exportar?q=${trail.otherRegion}`],
    ["coordinator", "/casos/bandeja/exportar"],
    ["coordinator", "/casos/bandeja/exportar?formato=xlsx"],
  ];
  for (const [key, url] of searches) {
    const got = await fetchAs(personas[key], url);
    expect(got.status, url).toBe(200);
    for (const word of forbiddenFor(personas[key])) expect(got.body.includes(word), `${url} como ${key} contiene un canario`).toBe(false);
  }
  // The coordinator does see the canary of their own region: the search above would have found it.
  const own = await fetchAs(personas.coordinator, `/casos/bandeja?q=${trail.otherMunicipality}`);
  expect(own.body).toContain(canary.otherMunicipality);
});

test("no e-mail the portal sent carries case content", () => {
  const dir = path.join(process.env.DATA_DIR ?? ".data", "mail");
  const mails = fs.existsSync(dir) ? fs.readdirSync(dir).map((name) => fs.readFileSync(path.join(dir, name), "utf8")) : [];
  for (const mail of mails) for (const word of Object.values(canary)) expect(mail.includes(word)).toBe(false);
});
