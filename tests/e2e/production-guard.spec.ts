import { type ChildProcess, spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

const started = new Set<ChildProcess>();

/**
 * Starts the production build with a given environment and reports how the process ended. No timer of
 * its own: a refusing portal exits within seconds, however loaded the machine (a 20-s kill once
 * reported a slow start as a start); one that wrongly serves runs into the test's timeout and is
 * stopped below.
 */
function startServer(env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["scripts/serve.mjs", "-H", "127.0.0.1", "-p", "0"], { env: { ...process.env, WEB_CONCURRENCY: "1", ...env } });
    started.add(child);
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => {
      started.delete(child);
      resolve({ code, output });
    });
  });
}

test.afterEach(() => {
  for (const child of started) child.kill("SIGKILL");
});

const PRODUCTION = {
  APP_ENV: "production",
  AUTH_URL: "https://sellomigrante.example.gob.cl",
  AUTH_CLAVEUNICA_ID: "cliente",
  AUTH_CLAVEUNICA_SECRET: "secreto",
  AUTH_SECRET: "x".repeat(32),
  CLAVEUNICA_SIMULATOR: "",
  AUDIT_LOOKUP_KEY: "k".repeat(32),
  TRUSTED_PROXIES: "none",
};

test.describe("a deployment configured as production", () => {
  const claveUnica = "https://accounts.claveunica.gob.cl/openid";
  for (const [what, env, reason] of [
    ["the simulator's issuer", { AUTH_CLAVEUNICA_ISSUER: process.env.AUTH_CLAVEUNICA_ISSUER }, "El portal no se inicia."],
    ["the simulator switched on", { AUTH_CLAVEUNICA_ISSUER: claveUnica, CLAVEUNICA_SIMULATOR: "1" }, "El portal no se inicia."],
    // Without it the audit's document pseudonyms could be recomputed by anyone who reads the trail.
    ["no audit lookup key", { AUTH_CLAVEUNICA_ISSUER: claveUnica, AUDIT_LOOKUP_KEY: "" }, "Falta AUDIT_LOOKUP_KEY"],
    ["a short audit lookup key", { AUTH_CLAVEUNICA_ISSUER: claveUnica, AUDIT_LOOKUP_KEY: "corta" }, "AUDIT_LOOKUP_KEY debe tener al menos 32 bytes"],
  ] as const) {
    test(`refuses to start with ${what}`, async () => {
      const { code, output } = await startServer({ ...PRODUCTION, ...env });
      expect(code).toBe(1);
      expect(output).toContain("El portal no se inicia.");
      expect(output).toContain(reason);
    });
  }

  // Otherwise ready to serve: a portal that does not know whether a proxy stands in front either lets
  // every client choose its own address (rate limits, audit) or counts them all as the proxy.
  test("refuses to start without saying how it is reached (TRUSTED_PROXIES)", async () => {
    const { code, output } = await startServer({ ...PRODUCTION, AUTH_CLAVEUNICA_ISSUER: "https://accounts.claveunica.gob.cl/openid", TRUSTED_PROXIES: "" });
    expect(code).toBe(1);
    expect(output).toContain("El portal no se inicia. Falta TRUSTED_PROXIES");
  });
});
