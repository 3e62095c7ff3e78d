/**
 * Hostile URLs against the production build: every page and route handler found under app/, as the
 * personas allowed to open it (taking turns) and signed out, with query strings carrying what PostgreSQL cannot store
 * (NUL), control characters, broken UTF-8, overlong values, wrong types, impossible dates, repeated
 * parameters and encoded traversal, and with the same in the path segment of routes that name a record.
 * A malformed value means "no filter" or the Spanish 404: never a 5xx, never a stack trace or SQL.
 * The parameter names tried are the portal's own plus every one the page itself links to or puts in a
 * GET form, so a new page or filter is covered without touching this file.
 */
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { discoverRoutes } from "./authz/discover";
import { closeSessions, openSessions, type Persona, type PersonaKey } from "./authz/personas";
import { allowed, ROUTES } from "./authz/routes";
import { ENTITIES } from "./authz/targets";
import { LEAKS, SPANISH_404 } from "./helpers/leaks";

/** Names no page shows in a link or form but some read: notices after a redirect, return paths, formats. */
const KNOWN_NAMES = ["q", "page", "pagina", "region", "comuna", "desde", "hasta", "mes", "estado", "vista", "orden", "formato", "volver", "carga", "publicado", "ingresado", "guardado", "creado", "eliminado", "motivo"];

const NUL_VALUES = ["%00", "a%00b", "%00%00%00"];
const CONTROL_VALUES = ["%01", "%1B%5B31m", "%7F", "%C2%85", "x%0D%0Ay", "%ED%A0%80", "%C0%80", "%FF%FE", "%E2%80%AEabc", "%09"];
const WRONG_VALUES = [
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
  "2026-2-3",
  "1e99",
  "-1",
  "99999999999999999999",
  "0x10",
  "NaN",
  "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "..%2f..%2f..%2fetc%2fpasswd",
  "'%20OR%201%3D1%20--",
  "%5B%5D",
  "%7B%7D",
  "2026-13",
];
/** Longer than any field allows; only a few parameters get it, so the request stays under the server's header limit. */
const OVERLONG = "a".repeat(1000);

/** Values for the path segment of a route naming a record: none may be anything but the 404. */
const PATH_VALUES = ["%00", "not-a-uuid", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "a".repeat(300), "%01", "00000000-0000-0000-0000-00000000000%00", "------------------------------------", "%ED%A0%80"];

const query = (pairs: [string, string][]) => `?${pairs.map(([name, value]) => `${encodeURIComponent(name)}=${value}`).join("&")}`;
const rotate = (names: string[], values: string[]) => names.map((name, i): [string, string] => [name, values[i % values.length]]);

/** The hostile query strings for a page reading these names. */
function hostileQueries(names: string[]): string[] {
  return [
    query(rotate(names, NUL_VALUES)),
    query(rotate(names, [...CONTROL_VALUES, ...NUL_VALUES])),
    query(rotate(names, WRONG_VALUES)),
    // Repeated parameters with the hostile copy first or last, overlong values, and keys naming prototypes.
    query([
      ...names.flatMap((name, i): [string, string][] =>
        i % 3 === 0 ? [[name, "%00"], [name, "1"]] : i % 3 === 1 && i < 18 ? [[name, OVERLONG], [name, "1"]] : [[name, "1"], [name, "%00"]],
      ),
      ["__proto__", "x"],
      ["constructor", "%00"],
    ]),
  ];
}

/** Query-parameter names a page links to or puts in a GET form. */
function namesIn(body: string, pathname: string): string[] {
  const names = new Set<string>();
  for (const [, href] of body.matchAll(/href="([^"]*\?[^"#]*)/g)) {
    const url = new URL(href.replaceAll("&amp;", "&"), "http://x");
    if (url.pathname === pathname || url.pathname.startsWith(`${pathname}/`)) for (const name of url.searchParams.keys()) names.add(name);
  }
  for (const [form] of body.matchAll(/<form\b(?![^>]*method="post")[^>]*>[\s\S]*?<\/form>/gi)) {
    for (const [, name] of form.matchAll(/\bname="([\w-]+)"/g)) names.add(name);
  }
  return [...names].filter((name) => !name.startsWith("$"));
}

let personas: Record<PersonaKey, Persona>;
const contexts = new Map<PersonaKey, APIRequestContext>();
let requests = 0;

test.beforeAll(async ({ baseURL }) => {
  personas = await openSessions();
  for (const persona of Object.values(personas)) {
    contexts.set(
      persona.key,
      await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { ...(persona.cookie ? { cookie: persona.cookie } : {}), "x-forwarded-for": "198.51.100.251" }, maxRedirects: 0 }),
    );
  }
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
  if (personas) await closeSessions(personas);
  console.log(`URLs hostiles: ${requests} solicitudes.`);
});

async function fetchAs(persona: Persona, url: string) {
  requests += 1;
  const response = await contexts.get(persona.key)!.get(url);
  return { status: response.status(), body: await response.text() };
}

/** Never a 5xx, nothing of an error's insides; a 404 page is the Spanish one. Returns the status. */
async function expectHandled(persona: Persona, url: string): Promise<{ status: number; body: string }> {
  const got = await fetchAs(persona, url);
  const label = `${url.slice(0, 300)} como ${persona.key}`;
  expect.soft(got.status, label).toBeLessThan(500);
  for (const [what, pattern] of LEAKS) expect.soft(pattern.exec(got.body)?.[0] ?? null, `${label}: ${what} en la respuesta`).toBeNull();
  return got;
}

test("the URLs of the penetration test answer without a server error", async () => {
  const cases: [PersonaKey, string, number, RegExp?][] = [
    ["anonymous", "/comunas?q=%00", 200],
    ["admin", "/buenas-practicas?q=%00", 200],
    ["admin", "/admin/usuarios?q=%00", 200],
    ["coordinator", "/casos/bandeja?q=%00", 200],
    ["admin", "/casos/bandeja?q=%00", 200],
    ["admin", "/municipalidades/exportar?q=%00", 200],
    ["coordinator", "/casos/bandeja?desde=2026-02-30", 200, /Fecha no válida/],
    ["coordinator", "/casos/bandeja?hasta=2026-13-01", 200, /Fecha no válida/],
    ["admin", "/admin/auditoria?desde=2026-02-30", 200, /Fecha no válida/],
    ["coordinator", "/casos/bandeja?pagina=1e99", 200],
    ["officer", "/casos/%00", 404, SPANISH_404],
    ["officer", "/casos/not-a-uuid", 404, SPANISH_404],
    ["anonymous", "/comunas/%00", 404, SPANISH_404],
  ];
  for (const [key, url, status, content] of cases) {
    const got = await expectHandled(personas[key], url);
    expect.soft(got.status, `${url} como ${key}`).toBe(status);
    if (content) expect.soft(content.test(got.body), `${url} como ${key} muestra ${content}`).toBe(true);
  }
});

test("every route discovered under app/ survives hostile query strings and path segments", async () => {
  test.setTimeout(180_000);
  for (const route of discoverRoutes().sort()) {
    const rule = ROUTES[route];
    // An unclassified route fails the authorization matrix; the skipped ones have their own specs.
    if (!rule || rule.skip) continue;
    const viewers = Object.values(personas).filter((persona) => allowed(rule, persona));
    // Each hostile query goes to one of the personas allowed in, in turn, so every role's code path sees
    // some of them and the run stays short; signed out, a protected page only redirects to the sign-in.
    const signedOutOnly = !allowed(rule, personas.anonymous);
    for (const [index, persona] of [...viewers, ...(signedOutOnly ? [personas.anonymous] : [])].entries()) {
      let pathname = route;
      if (rule.entity) {
        const targets = await ENTITIES[rule.entity](persona);
        pathname = route.replace(/\[[^\]]+\]/, encodeURIComponent(targets.inScope ?? targets.missing));
      }
      const baseline = await expectHandled(persona, pathname);
      const names = [...new Set([...KNOWN_NAMES, ...namesIn(baseline.body, pathname)])];
      const all = hostileQueries(names);
      const queries = persona.role === null && signedOutOnly ? all.slice(0, 1) : all.filter((_, i) => i % viewers.length === index);
      await Promise.all(
        queries.map(async (search) => {
          const got = await expectHandled(persona, pathname + search);
          if (got.status === 404) expect.soft(SPANISH_404.test(got.body), `${pathname + search.slice(0, 200)} como ${persona.key}: el 404 en castellano`).toBe(true);
        }),
      );
    }
    if (route.includes("[")) {
      const persona = Object.values(personas).find((p) => p.role !== null && allowed(rule, p)) ?? personas.anonymous;
      await Promise.all(
        PATH_VALUES.map(async (value) => {
          const url = route.replace(/\[[^\]]+\]/, value);
          const got = await expectHandled(persona, url);
          expect.soft(got.status, `${url} como ${persona.key}`).toBe(404);
          expect.soft(SPANISH_404.test(got.body), `${url} como ${persona.key}: el 404 en castellano`).toBe(true);
        }),
      );
    }
  }
});
