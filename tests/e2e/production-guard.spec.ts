import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

/** Starts the production build with a given environment and reports how the process ended. */
function startServer(env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["scripts/serve.mjs", "-H", "127.0.0.1", "-p", "0"], { env: { ...process.env, ...env } });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => child.kill("SIGTERM"), 20_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test.describe("a deployment configured as production", () => {
  for (const [what, env] of [
    ["the simulator's issuer", { AUTH_CLAVEUNICA_ISSUER: process.env.AUTH_CLAVEUNICA_ISSUER }],
    ["the simulator switched on", { AUTH_CLAVEUNICA_ISSUER: "https://accounts.claveunica.gob.cl/openid", CLAVEUNICA_SIMULATOR: "1" }],
  ] as const) {
    test(`refuses to start with ${what}`, async () => {
      const { code, output } = await startServer({
        APP_ENV: "production",
        AUTH_URL: "https://sellomigrante.example.gob.cl",
        AUTH_CLAVEUNICA_ID: "cliente",
        AUTH_CLAVEUNICA_SECRET: "secreto",
        AUTH_SECRET: "x".repeat(32),
        CLAVEUNICA_SIMULATOR: "",
        ...env,
      });
      expect(code).toBe(1);
      expect(output).toContain("El portal no se inicia.");
    });
  }
});
