import { spawn } from "node:child_process";
import { createHash, createPublicKey, randomBytes, verify, type JsonWebKey } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEMO_IDENTITIES } from "../../lib/auth/demo-identities";
import { formatRunParts, LOGOUT_PATH } from "./config";
import { startSimulator, type RunningSimulator } from "./provider";

const CLIENT_ID = "portal-pruebas";
const CLIENT_SECRET = "secreto-de-pruebas";
const CALLBACK = "http://127.0.0.1:3999/api/auth/callback/claveunica";
const LOGOUT_RETURN = "http://127.0.0.1:3999/";

let sim: RunningSimulator;

beforeAll(async () => {
  vi.stubEnv("APP_ENV", "test");
  vi.stubEnv("AUTH_CLAVEUNICA_ID", CLIENT_ID);
  vi.stubEnv("AUTH_CLAVEUNICA_SECRET", CLIENT_SECRET);
  vi.stubEnv("CLAVEUNICA_SIM_REDIRECT_URIS", `${CALLBACK}, http://127.0.0.1:3999/otro-callback`);
  vi.stubEnv("CLAVEUNICA_SIM_LOGOUT_URIS", LOGOUT_RETURN);
  sim = await startSimulator({ port: 0 });
});

afterAll(async () => {
  await sim?.close();
  vi.unstubAllEnvs();
});

/** A browser as far as the simulator can tell: keeps its cookies and never follows redirects on its own. */
class Browser {
  private readonly cookies = new Map<string, string>();

  /** Another tab holding today's cookies, to show what an old cookie is still worth later on. */
  copy(): Browser {
    const copy = new Browser();
    for (const [name, value] of this.cookies) copy.cookies.set(name, value);
    return copy;
  }

  async get(url: string): Promise<Response> {
    return this.send(url, { method: "GET" });
  }

  async post(url: string, form: Record<string, string>): Promise<Response> {
    return this.send(url, { method: "POST", body: new URLSearchParams(form) });
  }

  /** Follows the simulator's own redirects; stops at a page or at a redirect that leaves the simulator. */
  async visit(url: string, first?: Response): Promise<{ url: string; res: Response }> {
    let current = url;
    let res = first ?? (await this.get(url));
    while (res.status >= 300 && res.status < 400) {
      current = new URL(res.headers.get("location") ?? "", current).href;
      if (!current.startsWith(new URL(sim.issuer).origin)) break;
      res = await this.get(current);
    }
    return { url: current, res };
  }

  private async send(url: string, init: RequestInit): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const res = await fetch(url, { ...init, redirect: "manual", headers: cookie ? { cookie } : {} });
    for (const header of res.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(";");
      const [name, value] = [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)];
      const expired = attributes.some((a) => /expires=.*1970/i.test(a));
      if (expired || !value) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }
}

function base64url(bytes: Buffer): string {
  return bytes.toString("base64url");
}

function authorizeRequest(overrides: Record<string, string> = {}) {
  const verifier = base64url(randomBytes(32));
  const params = {
    client_id: CLIENT_ID,
    response_type: "code",
    scope: "openid run name",
    redirect_uri: CALLBACK,
    state: base64url(randomBytes(16)),
    nonce: base64url(randomBytes(16)),
    code_challenge: base64url(createHash("sha256").update(verifier).digest()),
    code_challenge_method: "S256",
    ...overrides,
  };
  return { params, verifier, url: `${sim.issuer}/authorize/?${new URLSearchParams(params)}` };
}

/** Starts a login, picks `run` on the sign-in page and returns where the simulator sent the browser. */
async function signIn(browser: Browser, run: string, overrides: Record<string, string> = {}) {
  const request = authorizeRequest(overrides);
  const page = await browser.visit(request.url);
  expect(page.res.status).toBe(200);
  const submitted = await browser.post(page.url, { run });
  const callback = await browser.visit(page.url, submitted);
  return { ...request, callback: new URL(callback.url) };
}

async function exchange(code: string, verifier: string, options: { secret?: string; redirectUri?: string; basic?: boolean } = {}) {
  const form = new URLSearchParams({
    grant_type: "authorization_code",
    code,
    redirect_uri: options.redirectUri ?? CALLBACK,
    code_verifier: verifier,
    // ClaveÚnica's manual tells integrators to send `state` here too; it must not break the exchange.
    state: "ignorado",
  });
  const secret = options.secret ?? CLIENT_SECRET;
  const headers: Record<string, string> = {};
  if (options.basic) {
    headers.authorization = `Basic ${Buffer.from(`${CLIENT_ID}:${secret}`).toString("base64")}`;
  } else {
    form.set("client_id", CLIENT_ID);
    form.set("client_secret", secret);
  }
  return fetch(`${sim.issuer}/token/`, { method: "POST", headers, body: form });
}

async function verifiedIdToken(idToken: string): Promise<Record<string, unknown>> {
  const [header, payload, signature] = idToken.split(".");
  const { alg, kid } = JSON.parse(Buffer.from(header, "base64url").toString());
  expect(alg).toBe("RS256");
  const discovery = await (await fetch(`${sim.issuer}/.well-known/openid-configuration`)).json();
  const { keys } = (await (await fetch(discovery.jwks_uri)).json()) as { keys: (JsonWebKey & { kid: string })[] };
  const key = createPublicKey({ key: keys.find((k) => k.kid === kid)!, format: "jwk" });
  expect(verify("RSA-SHA256", Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, "base64url"))).toBe(true);
  return JSON.parse(Buffer.from(payload, "base64url").toString());
}

describe("simulador de ClaveÚnica", () => {
  it("publica los endpoints y scopes de ClaveÚnica en el discovery", async () => {
    expect(sim.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/openid$/);
    const res = await fetch(`${sim.issuer}/.well-known/openid-configuration`);
    const discovery = await res.json();
    expect(discovery).toMatchObject({
      issuer: sim.issuer,
      authorization_endpoint: `${sim.issuer}/authorize/`,
      token_endpoint: `${sim.issuer}/token/`,
      userinfo_endpoint: `${sim.issuer}/userinfo/`,
      response_types_supported: ["code"],
      grant_types_supported: ["authorization_code"],
      id_token_signing_alg_values_supported: ["RS256"],
    });
    expect(discovery.jwks_uri.startsWith(`${sim.issuer}/`)).toBe(true);
    expect(discovery.scopes_supported).toEqual(expect.arrayContaining(["openid", "run", "name"]));
    expect(discovery.token_endpoint_auth_methods_supported).toEqual(expect.arrayContaining(["client_secret_post", "client_secret_basic"]));
    expect(discovery.claims_supported).not.toContain("email");
  });

  it("completa el flujo de código con state, PKCE y nonce, y userinfo responde por POST como ClaveÚnica", async () => {
    const carolina = DEMO_IDENTITIES.find((identity) => identity.run === 88888888)!;
    const { callback, params, verifier } = await signIn(new Browser(), "88.888.888-8");
    expect(`${callback.origin}${callback.pathname}`).toBe(CALLBACK);
    expect(callback.searchParams.get("state")).toBe(params.state);
    expect(callback.searchParams.get("iss")).toBe(sim.issuer);

    const res = await exchange(callback.searchParams.get("code")!, verifier);
    expect(res.status).toBe(200);
    const tokens = await res.json();
    expect(tokens).toMatchObject({ token_type: "Bearer", expires_in: 3600 });

    const claims = await verifiedIdToken(tokens.id_token);
    expect(claims).toMatchObject({ iss: sim.issuer, aud: CLIENT_ID, nonce: params.nonce, sub: carolina.sub });
    expect(claims).not.toHaveProperty("RolUnico");
    expect(claims).not.toHaveProperty("email");

    const expected = {
      sub: carolina.sub,
      RolUnico: { numero: 88888888, DV: "8", tipo: "RUN" },
      name: { nombres: ["Carolina", "Andrea"], apellidos: ["Muñoz", "Pizarro"] },
    };
    const auth = { authorization: `Bearer ${tokens.access_token}` };
    const posted = await fetch(`${sim.issuer}/userinfo/`, { method: "POST", headers: auth });
    expect(posted.status).toBe(200);
    expect(await posted.json()).toStrictEqual(expected);
    const got = await fetch(`${sim.issuer}/userinfo/`, { headers: auth });
    expect(await got.json()).toStrictEqual(expected);
  });

  it("rechaza un secreto incorrecto y un redirect_uri que no corresponde", async () => {
    const unregistered = await new Browser().get(authorizeRequest({ redirect_uri: "http://127.0.0.1:3999/malicioso" }).url);
    expect(unregistered.status).toBe(400);
    expect(unregistered.headers.get("location")).toBeNull();
    expect(await unregistered.text()).toContain("No se pudo completar el ingreso");

    const { callback, verifier } = await signIn(new Browser(), "44444444-4");
    const code = callback.searchParams.get("code")!;
    const wrongSecret = await exchange(code, verifier, { secret: "otro-secreto" });
    expect(wrongSecret.status).toBe(401);
    expect((await wrongSecret.json()).error).toBe("invalid_client");

    const otherRedirect = await exchange(code, verifier, { redirectUri: "http://127.0.0.1:3999/otro-callback" });
    expect(otherRedirect.status).toBe(400);
    expect((await otherRedirect.json()).error).toBe("invalid_grant");
  });

  it("no acepta el mismo código dos veces (client_secret_basic)", async () => {
    const { callback, verifier } = await signIn(new Browser(), "55555555-5");
    const code = callback.searchParams.get("code")!;
    expect((await exchange(code, verifier, { basic: true })).status).toBe(200);
    const replay = await exchange(code, verifier, { basic: true });
    expect(replay.status).toBe(400);
    expect((await replay.json()).error).toBe("invalid_grant");
  });

  it("muestra el aviso, todas las personas de prueba y escapa lo que se escribe", async () => {
    const browser = new Browser();
    const page = await browser.visit(authorizeRequest().url);
    const html = await page.res.text();
    expect(html).toContain('lang="es-CL"');
    expect(html).toContain("Simulador de ClaveÚnica — solo para desarrollo y pruebas");
    for (const identity of DEMO_IDENTITIES) {
      expect(html).toContain(formatRunParts(identity.run, identity.dv));
      expect(html).toContain(`Ingresar como ${[...identity.nombres, ...identity.apellidos].join(" ")}</button>`);
    }
    expect(html).toContain("16.222.333-K");
    expect(html).toContain("Sin acceso al portal");
    expect(html).toContain("Coordinador/a regional SERMIG");
    expect(html).toContain("(desactivada)");

    const hostile = `<script>alert("x")</script>`;
    const echoed = await (await browser.post(page.url, { run: hostile })).text();
    expect(echoed).not.toContain(hostile);
    expect(echoed).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("señala en castellano un RUN con dígito verificador inválido y acepta un RUN válido desconocido", async () => {
    const browser = new Browser();
    const page = await browser.visit(authorizeRequest().url);
    const invalid = await browser.post(page.url, { run: "12.345.678-9" });
    expect(invalid.status).toBe(400);
    const html = await invalid.text();
    expect(html).toContain("El RUN no es válido: revisa los números y el dígito verificador");
    expect(html).toMatch(/<input id="run"[^>]*value="12\.345\.678-9"[^>]*aria-invalid="true"/);

    const { callback, verifier } = await signIn(browser, "12345678-5");
    const tokens = await (await exchange(callback.searchParams.get("code")!, verifier)).json();
    const userinfo = await (
      await fetch(`${sim.issuer}/userinfo/`, { method: "POST", headers: { authorization: `Bearer ${tokens.access_token}` } })
    ).json();
    expect(userinfo).toMatchObject({
      RolUnico: { numero: 12345678, DV: "5", tipo: "RUN" },
      name: { nombres: ["Persona"], apellidos: ["De Prueba"] },
    });
    expect(userinfo.sub).not.toBe("12345678");
  });

  it("cierra la sesión con la URL de ClaveÚnica y solo redirige a URIs registradas", async () => {
    const browser = new Browser();
    await signIn(browser, "88888888-8");
    // With ClaveÚnica's session still alive a new login skips the sign-in page: that is what logout must undo.
    const again = await browser.visit(authorizeRequest().url);
    expect(again.url.startsWith(CALLBACK)).toBe(true);

    const staleTab = browser.copy();
    const logoutUrl = new URL(LOGOUT_PATH, sim.issuer);
    logoutUrl.searchParams.set("redirect", LOGOUT_RETURN);
    const registered = await browser.get(logoutUrl.href);
    expect(registered.status).toBe(302);
    expect(registered.headers.get("location")).toBe(LOGOUT_RETURN);

    const afterLogout = await browser.visit(authorizeRequest().url);
    expect(afterLogout.res.status).toBe(200);
    expect(await afterLogout.res.text()).toContain("Ingresar como Carolina");
    // The session is gone on the simulator's side too, not just its cookie.
    expect((await staleTab.visit(authorizeRequest().url)).res.status).toBe(200);

    logoutUrl.searchParams.set("redirect", "https://sitio-malicioso.example/");
    const foreign = await browser.get(logoutUrl.href);
    expect(foreign.status).toBe(200);
    expect(foreign.headers.get("location")).toBeNull();
    const html = await foreign.text();
    expect(html).toContain("Sesión cerrada");
    expect(html).not.toContain('href="https://sitio-malicioso.example/');
  });

  it("se niega a arrancar con APP_ENV=production", async () => {
    vi.stubEnv("APP_ENV", "production");
    try {
      await expect(startSimulator({ port: 0 })).rejects.toThrow(/producción/);
    } finally {
      vi.stubEnv("APP_ENV", "test");
    }

    const cli = spawn("node_modules/.bin/tsx", ["simulator/claveunica/cli.ts"], {
      env: { ...process.env, APP_ENV: "production", CLAVEUNICA_SIM_PORT: "0" },
    });
    let stderr = "";
    cli.stderr.on("data", (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => cli.on("exit", resolve));
    expect(code).not.toBe(0);
    expect(stderr).toContain("No se pudo iniciar el simulador de ClaveÚnica");
  });
});
