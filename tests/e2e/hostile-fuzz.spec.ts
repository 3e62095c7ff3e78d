/**
 * Seeded fuzzing of every page and route handler found under app/, signed out and as each role, over
 * plain HTTP (one session cookie per role, at most 8 requests in flight): hostile query strings (NUL and
 * control characters, overlong values, wrong types, impossible dates, repeated parameters, encoded lone
 * surrogates, RTL marks, combining characters, emoji, encoded traversal), hostile path segments for
 * routes naming a record, and oversize or malformed POST bodies to every route handler. The cases come
 * from a fixed seed, so a failure names a request that can be sent again. Every answer must be below 500
 * and free of an error's insides; a 404 is the Spanish one. The per-route counts are printed as a table.
 */
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { discoverRoutes } from "./authz/discover";
import { closeSessions, openSessions, type Persona, type PersonaKey } from "./authz/personas";
import { allowed, ROUTES } from "./authz/routes";
import { ENTITIES } from "./authz/targets";
import { LEAKS, SPANISH_404 } from "./helpers/leaks";

const SEED = 21_719;
/** The whole run's size. */
const TARGET_REQUESTS = 10_400;
/**
 * Cases for each route a persona may open (a full render each); the rest of the run goes to the
 * personas refused (a 404 or the sign-in redirect, answered before the page's queries), which keeps
 * the run within about a minute on two cores while every role's code path still gets its share.
 */
const ALLOWED_CASES = 12;
const CONCURRENCY = 8;

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POOLS: Record<string, string[]> = {
  nul: ["%00", "a%00b", "%00%00", "1%00", "2026-01-01%00"],
  control: ["%01", "%07", "%08", "%0B", "%1B%5B31m", "%1F", "%7F", "%C2%85", "%C2%9F", "x%0D%0Ay", "%0A", "%09"],
  type: ["1e99", "-1", "0", "NaN", "Infinity", "true", "null", "undefined", "%5B%5D", "%7B%7D", "0x10", "1.5", "%201", "99999999999999999999", "-0", "1%2C2"],
  date: ["2026-02-30", "2026-02-29", "2025-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "0000-00-00", "9999-12-31", "1899-12-31", "2026-1-1", "2026%2F01%2F01", "01-02-2026", "2026-12", "2026-W01"],
  unicode: [
    "%ED%A0%80",
    "%ED%BF%BF",
    "a%ED%A0%80b",
    "%EF%BF%BE",
    "%E2%80%8F",
    "%E2%80%AEabc",
    "%E2%80%8Ftexto%E2%80%8E",
    "e%CC%81",
    "a%CC%81%CC%82%CC%83%CC%84%CC%85",
    "%F0%9F%98%80",
    "%F0%9F%91%A8%E2%80%8D%F0%9F%91%A9%E2%80%8D%F0%9F%91%A7",
    "%EF%BB%BF",
    "%C0%80",
    "%C0%AF",
    "%F4%90%80%80",
    "%FF%FE",
    "%E0%A4",
    "%uD800",
    "%E2%80%8B",
  ],
  traversal: ["..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2f", "%252e%252e%252f", "..%5c..%5cwindows", "%c0%ae%c0%ae%2f", "....%2f%2f", "%2fetc%2fpasswd", "%25", "%", "%zz", "%%32%65"],
  injection: ["'%20OR%201%3D1--", "%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%24%7B7*7%7D", "%3B%20DROP%20TABLE%20case", "%5C", "*", "%27"],
};
const CATEGORIES = Object.keys(POOLS);

/** Names no page shows in a link or form but some read. */
const KNOWN_NAMES = ["q", "page", "pagina", "porPagina", "region", "comuna", "municipalidad", "desde", "hasta", "mes", "anio", "estado", "tipo", "vista", "orden", "formato", "volver", "carga", "asignada", "prioridad", "guardado", "creado", "motivo"];
const HOSTILE_NAMES = ["__proto__", "constructor", "toString", "%00", "q%00", "q[]", "a".repeat(300)];

/** Values for the path segment of a route naming a record. */
const SEGMENTS = [...POOLS.nul, ...POOLS.control, ...POOLS.unicode, ...POOLS.traversal.filter((v) => v !== "%" && v !== "%25"), "not-a-uuid", "a".repeat(400), "00000000-0000-0000-0000-00000000000%00", "-".repeat(36)];

function pick<T>(next: () => number, items: T[]): T {
  return items[Math.floor(next() * items.length)];
}

/** A value of a category; now and then overlong, in one parameter only so the URL stays under the header limit. */
function value(next: () => number): string {
  if (next() < 0.06) return pick(next, ["a", "%C3%B1", "9", "%F0%9F%98%80"]).repeat(pick(next, [121, 301, 1001]));
  return pick(next, POOLS[pick(next, CATEGORIES)]);
}

function hostileQuery(next: () => number, names: string[]): string {
  const pairs: string[] = [];
  const count = 1 + Math.floor(next() * 4);
  for (let i = 0; i < count; i++) {
    const name = next() < 0.08 ? pick(next, HOSTILE_NAMES) : pick(next, names);
    const hostile = value(next);
    // Repeated parameters, with the hostile copy first or last.
    if (next() < 0.2) pairs.push(...(next() < 0.5 ? [`${name}=${hostile}`, `${name}=1`] : [`${name}=1`, `${name}=${hostile}`]));
    else pairs.push(`${encodeURIComponent(name).replace(/%25/g, "%")}=${hostile}`);
  }
  return `?${pairs.join("&")}`;
}

/** Query-parameter names a page links to or puts in a GET form. */
function namesIn(body: string): string[] {
  const names = new Set<string>();
  for (const [, href] of body.matchAll(/href="[^"]*\?([^"#]*)/g)) for (const name of new URLSearchParams(href.replaceAll("&amp;", "&")).keys()) names.add(name);
  for (const [form] of body.matchAll(/<form\b(?![^>]*method="post")[^>]*>[\s\S]*?<\/form>/gi)) for (const [, name] of form.matchAll(/\bname="([\w-]+)"/g)) names.add(name);
  return [...names].filter((name) => !name.startsWith("$"));
}

type Case = { route: string; persona: Persona; method: "GET" | "POST"; url: string; body?: { data: Buffer | string; type: string } };

/** Oversize and malformed bodies for a route handler: every one must be refused, never crash it. */
function postCases(next: () => number, route: string, url: string, persona: Persona): Case[] {
  const huge = (size: number) => `documentNumber=${"9".repeat(size)}&format=json`;
  const bodies: Case["body"][] = [
    { data: huge(2 * 1024 * 1024), type: "application/x-www-form-urlencoded" },
    { data: huge(6 * 1024 * 1024), type: "application/x-www-form-urlencoded" },
    { data: `documentNumber=${value(next)}&format=${value(next)}`, type: "application/x-www-form-urlencoded" },
    { data: `documentNumber=1&documentNumber=${value(next)}&format=csv&format=xml`, type: "application/x-www-form-urlencoded" },
    { data: Buffer.from(`--x\r\nContent-Disposition: form-data; name="documentNumber"\r\n\r\n${"A".repeat(3 * 1024 * 1024)}\r\n--x--\r\n`), type: "multipart/form-data; boundary=x" },
    { data: "--x\r\nContent-Disposition: form-data; name=\r\n\r\n", type: "multipart/form-data; boundary=x" },
    { data: '{"documentNumber": {"$gt": ""}, "format": ["json"]}', type: "application/json" },
    { data: Buffer.from([0xff, 0xfe, 0x00, 0x00, 0xed, 0xa0, 0x80]), type: "application/x-www-form-urlencoded" },
  ];
  return bodies.map((body) => ({ route, persona, method: "POST", url, body }));
}

let personas: Record<PersonaKey, Persona>;

test.beforeAll(async () => {
  personas = await openSessions();
});

test.afterAll(async () => {
  if (personas) await closeSessions(personas);
});

/**
 * Plain fetch, not a browser nor Playwright's request context (whose every call crosses the driver):
 * the persona's one session cookie, redirects answered rather than followed.
 */
function send(baseURL: string, persona: Persona, method: "GET" | "POST", url: string, body?: Case["body"]) {
  const headers: Record<string, string> = { "x-forwarded-for": "198.51.100.252", ...(persona.cookie && { cookie: persona.cookie }) };
  if (body) Object.assign(headers, { "content-type": body.type, origin: new URL(baseURL).origin });
  return fetch(baseURL + url, { method, headers, body: body && (typeof body.data === "string" ? body.data : new Uint8Array(body.data)), redirect: "manual", signal: AbortSignal.timeout(30_000) });
}

test("every page and route handler survives seeded hostile input as every role and signed out", async ({ baseURL }) => {
  test.setTimeout(900_000);
  const routes = discoverRoutes()
    .sort()
    .filter((route) => ROUTES[route] && !ROUTES[route].skip?.startsWith("Auth.js"));
  const routeFiles = new Set(discoverHandlers());
  const everyone = Object.values(personas);
  const open = (route: string, persona: Persona) => !ROUTES[route].skip && allowed(ROUTES[route], persona);
  const openCombos = routes.flatMap((route) => everyone.filter((persona) => open(route, persona))).length;
  const refusedCases = Math.ceil((TARGET_REQUESTS - openCombos * ALLOWED_CASES) / (routes.length * everyone.length - openCombos));
  const next = random(SEED);

  // The cases, decided before any request runs: the same seed gives the same run.
  const cases: Case[] = [];
  for (const route of routes) {
    const rule = ROUTES[route];
    for (const persona of everyone) {
      let pathname = route;
      if (rule.entity && route.includes("[")) {
        const targets = await ENTITIES[rule.entity](persona);
        pathname = route.replace(/\[[^\]]+\]/, encodeURIComponent(targets.inScope ?? targets.missing));
      }
      const names = [...KNOWN_NAMES];
      const perCombo = open(route, persona) ? ALLOWED_CASES : refusedCases;
      if (open(route, persona)) {
        const baseline = await send(baseURL!, persona, "GET", pathname);
        names.push(...namesIn(await baseline.text()));
      }
      const unique = [...new Set(names)];
      const own: Case[] = [];
      if (routeFiles.has(route)) own.push(...postCases(next, route, pathname, persona));
      const segments = route.includes("[") ? Math.ceil(perCombo / 4) : 0;
      for (let i = 0; i < segments; i++) own.push({ route, persona, method: "GET", url: route.replace(/\[[^\]]+\]/, pick(next, SEGMENTS)) + (next() < 0.3 ? hostileQuery(next, unique) : "") });
      while (own.length < perCombo) own.push({ route, persona, method: "GET", url: pathname + hostileQuery(next, unique) });
      cases.push(...own);
    }
  }

  const counts = new Map<string, Record<PersonaKey, number>>();
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  const started = Date.now();
  let cursor = 0;
  async function worker() {
    while (cursor < cases.length) {
      const item = cases[cursor++];
      const label = `${item.method} ${item.url.slice(0, 240)} como ${item.persona.key}`;
      const row = counts.get(item.route) ?? { anonymous: 0, officer: 0, coordinator: 0, admin: 0 };
      row[item.persona.key] += 1;
      counts.set(item.route, row);
      let status: number;
      let body: string;
      try {
        const response = await send(baseURL!, item.persona, item.method, item.url, item.body);
        status = response.status;
        body = await response.text();
      } catch (error) {
        // A reset connection or an answer a client cannot parse is as much a failure as a 500.
        const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
        failures.push(`${label}: ${error instanceof Error ? error.message : String(error)}${cause}`);
        continue;
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 500) failures.push(`${label}: ${status}`);
      for (const [what, pattern] of LEAKS) {
        const leak = pattern.exec(body)?.[0];
        if (leak) failures.push(`${label}: ${what} en la respuesta («${leak.slice(0, 80)}»)`);
      }
      if (status === 404 && !SPANISH_404.test(body)) failures.push(`${label}: un 404 sin el mensaje en castellano`);
      if ((status === 400 || status === 413) && !/[a-záéíóúñ]{4,}/i.test(body)) failures.push(`${label}: ${status} sin un mensaje`);
      if ((status === 400 || status === 413) && /Bad Request|Payload Too Large|Internal/i.test(body)) failures.push(`${label}: ${status} con un mensaje en inglés`);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (Date.now() - started) / 1000;

  const table = [...counts.entries()].map(([route, row]) => ({ ruta: route, anonima: row.anonymous, municipal: row.officer, regional: row.coordinator, nacional: row.admin, total: Object.values(row).reduce((a, b) => a + b, 0) }));
  console.log(`Fuzzing de rutas (semilla ${SEED}): ${cases.length} solicitudes a ${counts.size} rutas en ${seconds.toFixed(1)} s, ${CONCURRENCY} a la vez.`);
  console.table(table);
  console.log(`Respuestas por estado: ${[...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(", ")}`);

  expect(cases.length).toBeGreaterThanOrEqual(10_000);
  expect(counts.size).toBe(routes.length);
  // Grouped by route and kind, so one defect reads as one line however many cases hit it.
  const kinds = [...new Set(failures.map((failure) => failure.replace(/\?[^ ]*/, "?…")))];
  expect(kinds.slice(0, 40), `${failures.length} respuestas inaceptables`).toEqual([]);
});

/** URL patterns of the route handlers (route.ts), the only ones that take bodies outside server actions. */
function discoverHandlers(): string[] {
  return discoverRoutes().filter((route) => fs.existsSync(`app${route === "/" ? "" : route}/route.ts`));
}
