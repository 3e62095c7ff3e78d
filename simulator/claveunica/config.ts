import { formatRun, normalizeRun } from "../../lib/auth/run";

/**
 * Settings and input rules of the ClaveÚnica simulator. Everything is read when the simulator starts
 * (not at import), so tests can change the environment between runs.
 */

/** Loopback only: the simulator hands out identities to anyone who asks, so it must never be exposed. */
export const HOST = "127.0.0.1";
export const DEFAULT_PORT = 4010;
/** ClaveÚnica's issuer path; every OIDC endpoint lives under it. */
export const BASE_PATH = "/openid";
export const INTERACTION_PATH = `${BASE_PATH}/interaction`;
/** ClaveÚnica's logout lives outside the issuer path. */
export const LOGOUT_PATH = "/api/v1/accounts/app/logout";

export type SimulatorSettings = {
  port: number;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  logoutUris: string[];
};

const DEFAULT_REDIRECT_URIS =
  "http://localhost:3000/api/auth/callback/claveunica,http://127.0.0.1:3000/api/auth/callback/claveunica";
const DEFAULT_LOGOUT_URIS = "http://localhost:3000/,http://127.0.0.1:3000/";

/** The deployment docs use both spellings for the production environment; either one must stop the simulator. */
const PRODUCTION_ENVS = new Set(["production", "prod"]);

export function assertNotProduction(env: NodeJS.ProcessEnv): void {
  if (PRODUCTION_ENVS.has(env.APP_ENV ?? "")) {
    throw new Error(
      "El simulador de ClaveÚnica no puede ejecutarse en producción (APP_ENV=" +
        `${env.APP_ENV}). En producción se usa la ClaveÚnica real.`,
    );
  }
}

export function readSettings(env: NodeJS.ProcessEnv, port?: number): SimulatorSettings {
  return {
    port: port ?? readPort(env.CLAVEUNICA_SIM_PORT),
    clientId: env.AUTH_CLAVEUNICA_ID || "sello-local",
    clientSecret: env.AUTH_CLAVEUNICA_SECRET || "sello-local-secret",
    redirectUris: readList(env.CLAVEUNICA_SIM_REDIRECT_URIS || DEFAULT_REDIRECT_URIS),
    logoutUris: readList(env.CLAVEUNICA_SIM_LOGOUT_URIS || DEFAULT_LOGOUT_URIS),
  };
}

function readPort(value: string | undefined): number {
  if (!value) return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`CLAVEUNICA_SIM_PORT debe ser un número de puerto entre 0 y 65535 (se recibió "${value}").`);
  }
  return port;
}

function readList(value: string): string[] {
  return value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

export type ParsedRun = { ok: true; run: number; dv: string } | { ok: false; error: string };

/** Accepts the ways people type a RUN (dots, hyphen, lowercase k), with the portal's own validation. */
export function parseRun(input: string): ParsedRun {
  if (!input.trim()) return { ok: false, error: "Escribe un RUN." };
  const run = normalizeRun(input);
  if (!run) return { ok: false, error: "El RUN no es válido: revisa los números y el dígito verificador, por ejemplo 12.345.678-5." };
  const [body, dv] = run.split("-");
  return { ok: true, run: Number(body), dv };
}

/** 12345678, "5" → "12.345.678-5". */
export function formatRunParts(run: number, dv: string): string {
  return formatRun(`${run}-${dv}`);
}
