/**
 * Sign-in for development, demo and tests: starts the ClaveÚnica simulator and returns the settings
 * that point the portal at it. Never used by a deployment (APP_ENV=production refuses the simulator).
 */
import { localSecret } from "../lib/local-secret";

export async function localAuthEnv(): Promise<{ env: Record<string, string>; close: () => Promise<void> }> {
  const appUrl = (process.env.AUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  process.env.CLAVEUNICA_SIM_REDIRECT_URIS ??= `${appUrl}/api/auth/callback/claveunica`;
  process.env.CLAVEUNICA_SIM_LOGOUT_URIS ??= `${appUrl}/`;
  const { startSimulator } = await import("../simulator/claveunica/provider");
  // Port 4010 when free; another checkout or a test run may hold it, and any port works.
  const simulator = await startSimulator().catch((error: NodeJS.ErrnoException) => {
    if (error.code === "EADDRINUSE") return startSimulator({ port: 0 });
    throw error;
  });
  console.log(`[auth] Simulador de ClaveÚnica en ${simulator.issuer}`);
  return {
    env: {
      AUTH_URL: appUrl,
      AUTH_SECRET: process.env.AUTH_SECRET ?? localSecret("auth-secret"),
      AUTH_CLAVEUNICA_ISSUER: simulator.issuer,
      CLAVEUNICA_SIMULATOR: "1",
    },
    close: () => simulator.close(),
  };
}
