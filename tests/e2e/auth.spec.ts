import { expect, expectAccessible, signInAs, test } from "./fixtures";
import { query } from "./helpers/db";

const SESSION_COOKIE = "__Host-authjs.session-token";

const ROLE_HOMES = [
  { name: "Carolina", heading: "Municipalidad de Melipilla", detail: "Rodrigo Sepúlveda Araya" },
  { name: "Rodrigo", heading: "Región Metropolitana de Santiago", detail: "Municipalidades de la región" },
  { name: "Andrea", heading: "Todo el país", detail: "Regiones" },
];

test.describe("sign-in through ClaveÚnica", () => {
  for (const role of ROLE_HOMES) {
    test(`${role.name} signs in, sees the home of their role, signs out, and the old cookie is dead`, async ({ page, context }) => {
      await signInAs(page, role.name);
      await expect(page).toHaveURL(/\/inicio$/);
      await expect(page.getByRole("heading", { level: 2, name: role.heading })).toBeVisible();
      await expect(page.getByText(role.detail).first()).toBeVisible();
      await expectAccessible(page);

      const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!;
      expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax", path: "/" });

      await page.getByRole("button", { name: "Salir" }).click();
      await expect(page.getByRole("link", { name: "Ingresar", exact: true })).toBeVisible();
      expect((await context.cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);

      const replay = await page.request.get("/inicio", { headers: { cookie: `${SESSION_COOKIE}=${cookie.value}` }, maxRedirects: 0 });
      expect(replay.status()).toBe(307);
      expect(replay.headers().location).toContain("/ingresar");
    });
  }

  test("a RUN that is not provisioned gets the no-access page and no account", async ({ page }) => {
    // Only Tomás's RUN is looked at: other specs provision people at the same time.
    const tomas = async () => (await query<{ n: number }>(`SELECT count(*)::int AS n FROM "user" WHERE run = '99999999-9'`))[0].n;
    expect(await tomas()).toBe(0);
    await signInAs(page, "Tomás");
    await expect(page).toHaveURL(/\/sin-acceso$/);
    await expect(page.getByRole("heading", { name: "No tiene acceso al portal" })).toBeVisible();
    await expect(page.getByText("coordinadora o coordinador regional de SERMIG")).toBeVisible();
    await expectAccessible(page);
    expect(await tomas()).toBe(0);
  });

  test("a deactivated person is refused", async ({ page, context }) => {
    await signInAs(page, "Jorge");
    await expect(page).toHaveURL(/\/sin-acceso\?motivo=desactivada$/);
    await expect(page.getByText("Su cuenta del portal Sello Migrante está desactivada.")).toBeVisible();
    expect((await context.cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);
  });

  test("eleven sign-in starts from one address within a minute: the eleventh gets 429", async ({ request }) => {
    const headers = { "x-forwarded-for": "203.0.113.77" };
    for (let i = 1; i <= 10; i++) {
      const response = await request.post("/api/auth/signin/claveunica", { headers, form: {}, maxRedirects: 0 });
      expect(response.status(), `intento ${i}`).not.toBe(429);
    }
    const limited = await request.post("/api/auth/signin/claveunica", { headers, form: {}, maxRedirects: 0 });
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
    expect(await limited.text()).toContain("Demasiados intentos de ingreso");
  });

  test("forty failed anonymous callbacks from one address write a handful of audit rows that name the error", async ({ request }) => {
    const ip = `203.0.113.${100 + Math.floor(Math.random() * 100)}`;
    const startedAt = (await query<{ now: Date }>("SELECT now()"))[0].now;
    for (let i = 0; i < 40; i++) {
      const response = await request.get(`/api/auth/callback/claveunica?code=falso${i}&state=falso`, { headers: { "x-forwarded-for": ip }, maxRedirects: 0 });
      expect(response.status(), `intento ${i + 1}`).toBeLessThan(500);
    }
    // The audit is written after the answer: wait for the rows of this address to settle at their cap.
    const rows = async () =>
      query<{ after: { error: string; motivo?: string } }>(`SELECT after FROM audit_event WHERE ip = $1 AND action = 'auth.signIn' AND at >= $2 ORDER BY id`, [ip, startedAt]);
    await expect.poll(async () => (await rows()).length).toBe(6);
    const audited = await rows();
    expect(audited.slice(0, 5).every((row) => row.after.motivo === undefined)).toBe(true);
    expect(audited[5].after.motivo).toContain("no se registran uno por uno");
    // Auth.js's own error type, not a minified class name such as "N".
    for (const row of audited) expect(row.after.error).toMatch(/^[A-Z][A-Za-z]{5,}$/);
  });

  test("the x-middleware-subrequest header (CVE-2025-29927) gets nothing more than without it", async ({ request }) => {
    const bypass = { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" };
    for (const path of ["/admin/usuarios", "/admin/auditoria/exportar", "/inicio"]) {
      const plain = await request.get(path, { maxRedirects: 0 });
      const forged = await request.get(path, { headers: bypass, maxRedirects: 0 });
      expect(forged.status(), path).toBe(plain.status());
      expect(forged.headers().location, path).toBe(plain.headers().location);
      expect(forged.headers()["content-type"] ?? "", path).not.toContain("text/csv");
      expect(plain.headers().location, path).toContain("/ingresar");
    }
  });

  test("security headers are on pages, handlers, static files and errors", async ({ request, page }) => {
    await page.goto("/");
    const script = await page.locator("script[src]").first().getAttribute("src");
    for (const path of ["/", "/api/health", "/no-existe", script!]) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["strict-transport-security"], path).toContain("max-age=31536000");
      expect(headers["x-powered-by"], path).toBeUndefined();
    }
    const csp = (await request.get("/")).headers()["content-security-policy"];
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
  });

  test("every HTML and RSC response carries the CSP, prefetches included, signed out and signed in", async ({ page }) => {
    // What next/link, the browser's own prefetch and a client navigation send. A prefetched document
    // without the policy is later shown from the prefetch cache with no CSP at all.
    const kinds: Record<string, Record<string, string>> = {
      plain: {},
      prefetch: { "next-router-prefetch": "1", rsc: "1", purpose: "prefetch", "sec-purpose": "prefetch" },
      "document prefetch": { purpose: "prefetch", "sec-purpose": "prefetch" },
      navigation: { rsc: "1" },
    };
    const problems: string[] = [];
    const checkPolicy = async (paths: string[]) => {
      for (const path of paths) {
        for (const [kind, headers] of Object.entries(kinds)) {
          const response = await page.request.get(path, { headers });
          const label = `${kind} ${path}`;
          const type = response.headers()["content-type"] ?? "";
          const csp = response.headers()["content-security-policy"] ?? "";
          if (!/^(text\/html|text\/x-component)/.test(type)) problems.push(`${label}: ${type}`);
          if (!/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/.test(csp) || !csp.includes("frame-ancestors 'none'")) problems.push(`${label}: no CSP`);
          if (type.startsWith("text/html")) {
            // Every script of the page carries the nonce of its own policy, so they still run.
            const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
            const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
            const blocked = scripts.filter((tag) => !nonce || !tag.includes(` nonce="${nonce}"`));
            if (blocked.length > 0) problems.push(`${label}: ${blocked.length} of ${scripts.length} scripts without the policy's nonce`);
          }
        }
      }
    };

    // Auth.js renders its sign-out confirmation itself, as HTML from a route handler.
    await checkPolicy(["/", "/ingresar", "/contactos", "/no-existe", "/casos", "/api/auth/signout"]);
    await signInAs(page, "Andrea");
    await expect(page).toHaveURL(/\/inicio$/);
    await checkPolicy(["/inicio", "/casos", "/admin/auditoria", "/admin/privacidad", "/no-existe"]);
    expect(problems).toEqual([]);
  });
});
