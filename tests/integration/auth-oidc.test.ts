/**
 * The ClaveÚnica sign-in, driven through Auth.js's real route handlers against a programmable OIDC
 * server that can forge what a hostile or broken identity provider would send.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { OAuth2Server } from "oauth2-mock-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { baseDatabaseUrl } from "@/tests/helpers/scratch-db";

const APP = "http://localhost:3999";
const db = createPrismaClient(baseDatabaseUrl(), 2);
const idp = new OAuth2Server();
let front: http.Server;

/**
 * ClaveÚnica answers userinfo by POST; the mock only by GET. A small front server turns that one
 * request into a GET and passes everything else through untouched.
 */
function startFront(upstreamPort: number): Promise<number> {
  front = http.createServer((req, res) => {
    const method = req.method === "POST" && req.url?.startsWith("/userinfo") ? "GET" : req.method;
    const upstream = http.request({ host: "127.0.0.1", port: upstreamPort, path: req.url, method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  return new Promise((resolve) => front.listen(0, "127.0.0.1", () => resolve((front.address() as AddressInfo).port)));
}
let handlers: { GET: (req: NextRequest) => Promise<Response>; POST: (req: NextRequest) => Promise<Response> };

/** The person the IdP will vouch for in the next sign-in. */
let person = { sub: "2594013", numero: 88888888, dv: "8" };

class CookieJar {
  private cookies = new Map<string, string>();
  store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = pair.split("=");
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value.join("=") === "") this.cookies.delete(name);
      else this.cookies.set(name, value.join("="));
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  has(name: string) {
    return this.cookies.has(name);
  }
}

async function call(jar: CookieJar, method: "GET" | "POST", url: string, form?: Record<string, string>) {
  const headers = new Headers({ cookie: jar.header() });
  if (form) headers.set("content-type", "application/x-www-form-urlencoded");
  const request = new NextRequest(new URL(url, APP), { method, headers, body: form ? new URLSearchParams(form) : undefined });
  const response = await (method === "GET" ? handlers.GET : handlers.POST)(request);
  jar.store(response);
  return response;
}

/** Starts a sign-in and lets the IdP approve it; returns the callback URL the browser would follow. */
async function signInUpToCallback(jar: CookieJar): Promise<string> {
  const { csrfToken } = (await (await call(jar, "GET", "/api/auth/csrf")).json()) as { csrfToken: string };
  const started = await call(jar, "POST", "/api/auth/signin/claveunica", { csrfToken, callbackUrl: `${APP}/inicio` });
  const authorize = new URL(started.headers.get("location")!);
  expect(authorize.searchParams.get("scope")).toBe("openid run name");
  expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
  expect(authorize.searchParams.get("state")).toBeTruthy();
  expect(authorize.searchParams.get("nonce")).toBeTruthy();
  const approved = await fetch(authorize, { redirect: "manual" });
  return approved.headers.get("location")!;
}

const sessionsOf = (run: string) => db.session.count({ where: { user: { run } } });

beforeAll(async () => {
  await idp.issuer.keys.generate("RS256");
  await idp.start(0, "127.0.0.1");
  idp.issuer.url = `http://127.0.0.1:${await startFront(idp.address().port)}`;
  idp.service.on("beforeTokenSigning", (token) => {
    token.payload.sub = person.sub;
  });
  idp.service.on("beforeUserinfo", (response) => {
    response.body = {
      sub: person.sub,
      RolUnico: { numero: person.numero, DV: person.dv, tipo: "RUN" },
      name: { nombres: ["Nombre"], apellidos: ["De Prueba"] },
    };
  });
  Object.assign(process.env, { AUTH_URL: APP, AUTH_SECRET: "secreto-de-prueba-suficientemente-largo", AUTH_CLAVEUNICA_ISSUER: idp.issuer.url });
  ({ handlers } = await import("@/lib/auth/auth"));
});

afterAll(async () => {
  await idp.stop();
  await new Promise((resolve) => front.close(resolve));
  await db.$disconnect();
});

beforeEach(() => {
  person = { sub: "2594013", numero: 88888888, dv: "8" };
});

describe("ClaveÚnica sign-in", () => {
  it("opens a database session for a provisioned person, keyed by RUN, in a __Host- cookie", async () => {
    const jar = new CookieJar();
    const before = await sessionsOf("88888888-8");
    const done = await call(jar, "GET", await signInUpToCallback(jar));
    expect(done.headers.get("location")).toBe(`${APP}/inicio`);
    const cookie = done.headers.getSetCookie().find((line) => line.startsWith("__Host-authjs.session-token="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
    expect(await sessionsOf("88888888-8")).toBe(before + 1);
  });

  it("refuses an unprovisioned RUN without creating anyone", async () => {
    person = { sub: "2594014", numero: 99999999, dv: "9" };
    const users = await db.user.count();
    const jar = new CookieJar();
    const done = await call(jar, "GET", await signInUpToCallback(jar));
    expect(done.headers.get("location")).toBe(`${APP}/sin-acceso`);
    expect(jar.has("__Host-authjs.session-token")).toBe(false);
    expect(await db.user.count()).toBe(users);
    const denial = await db.auditEvent.findFirst({ where: { action: "auth.signIn", outcome: "DENIED" }, orderBy: { id: "desc" } });
    expect(denial?.after).toMatchObject({ run: "99999999-9" });
  });

  it("refuses a deactivated person", async () => {
    person = { sub: "2594019", numero: 12555666, dv: "3" };
    const jar = new CookieJar();
    const done = await call(jar, "GET", await signInUpToCallback(jar));
    expect(done.headers.get("location")).toBe(`${APP}/sin-acceso?motivo=desactivada`);
    expect(await sessionsOf("12555666-3")).toBe(0);
  });

  const forgeries: [string, (payload: Record<string, unknown>) => void][] = [
    ["an ID token for another client (aud)", (p) => void (p.aud = "otra-aplicacion")],
    ["an ID token from another issuer (iss)", (p) => void (p.iss = "https://accounts.otro.example/openid")],
    ["an ID token for another sign-in (nonce)", (p) => void (p.nonce = "nonce-de-otro-intento")],
    ["an expired ID token", (p) => void Object.assign(p, { iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 })],
  ];
  for (const [what, forge] of forgeries) {
    it(`opens no session with ${what}`, async () => {
      const jar = new CookieJar();
      const before = await sessionsOf("88888888-8");
      const callback = await signInUpToCallback(jar);
      // Every token of this exchange is forged (the access token is signed first, then the ID token).
      const forgeAll = (token: { payload: Record<string, unknown> }) => forge(token.payload);
      idp.service.on("beforeTokenSigning", forgeAll);
      const done = await call(jar, "GET", callback).finally(() => idp.service.off("beforeTokenSigning", forgeAll));
      expect(done.headers.get("location")).toContain("/ingresar/error");
      expect(jar.has("__Host-authjs.session-token")).toBe(false);
      expect(await sessionsOf("88888888-8")).toBe(before);
    });
  }

  it("does not accept the same callback twice", async () => {
    const jar = new CookieJar();
    const callback = await signInUpToCallback(jar);
    const cookiesAtCallback = jar.header();
    await call(jar, "GET", callback);
    const before = await sessionsOf("88888888-8");

    const attacker = new CookieJar();
    attacker.store(new Response(null, { headers: cookiesAtCallback.split("; ").map((c): [string, string] => ["set-cookie", c]) }));
    const replay = await call(attacker, "GET", callback);
    expect(replay.headers.get("location")).toContain("/ingresar/error");
    expect(attacker.has("__Host-authjs.session-token")).toBe(false);
    expect(await sessionsOf("88888888-8")).toBe(before);
  });
});

describe("Auth.js's session endpoint", () => {
  it("does not answer for, nor extend, a session past its 12 hours, or any other", async () => {
    const { GET } = await import("@/app/api/auth/[...nextauth]/route");
    const jar = new CookieJar();
    await call(jar, "GET", await signInUpToCallback(jar));
    const token = jar.header().match(/__Host-authjs\.session-token=([^;]+)/)![1];
    const thirteenHoursAgo = new Date(Date.now() - 13 * 3600_000);
    const soon = new Date(Date.now() + 5 * 60_000);
    await db.session.update({ where: { sessionToken: token }, data: { createdAt: thirteenHoursAgo, expires: soon } });

    for (const path of ["/api/auth/session", "/api/auth/session/"]) {
      const answer = await GET(new NextRequest(new URL(path, APP), { headers: { cookie: jar.header() } }));
      expect(answer.status, path).toBe(404);
      expect(await answer.text()).not.toContain("Nombre De Prueba");
    }
    const after = await db.session.findUniqueOrThrow({ where: { sessionToken: token }, select: { expires: true } });
    expect(after.expires.getTime()).toBe(soon.getTime());
  });
});
