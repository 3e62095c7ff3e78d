/**
 * Where sign-in goes. Production talks to the real ClaveÚnica; development, demo and tests to the
 * local simulator. A deployment configured as production (APP_ENV=production) refuses to start with
 * anything else, so a misconfigured server can never accept the simulator's identities.
 */
export const CLAVEUNICA_ISSUER = "https://accounts.claveunica.gob.cl/openid";
export const SIMULATOR_ISSUER = "http://127.0.0.1:4010/openid";
const SIMULATOR_CLIENT = { id: "sello-local", secret: "sello-local-secret" };

export type ClaveUnicaSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The portal's own public URL, e.g. https://sellomigrante.sermig.gob.cl */
  appUrl: string;
  /** ClaveÚnica's logout URL, which returns to the portal's home. */
  logoutUrl: string;
};

export class ConfigurationError extends Error {}

export function claveUnicaSettings(env: NodeJS.ProcessEnv = process.env): ClaveUnicaSettings {
  const production = env.APP_ENV === "production";
  const issuer = (env.AUTH_CLAVEUNICA_ISSUER ?? (production ? CLAVEUNICA_ISSUER : SIMULATOR_ISSUER)).replace(/\/$/, "");
  const appUrl = (env.AUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  if (production) {
    const problems = [
      issuer !== CLAVEUNICA_ISSUER && `AUTH_CLAVEUNICA_ISSUER debe ser ${CLAVEUNICA_ISSUER}`,
      env.CLAVEUNICA_SIMULATOR === "1" && "el simulador de ClaveÚnica no puede estar habilitado (CLAVEUNICA_SIMULATOR)",
      !env.AUTH_CLAVEUNICA_ID && "falta AUTH_CLAVEUNICA_ID",
      !env.AUTH_CLAVEUNICA_SECRET && "falta AUTH_CLAVEUNICA_SECRET",
      !env.AUTH_SECRET && "falta AUTH_SECRET",
      !appUrl.startsWith("https://") && "AUTH_URL debe usar https",
    ].filter(Boolean);
    if (problems.length) throw new ConfigurationError(`Configuración de producción inválida: ${problems.join("; ")}.`);
  }
  return {
    issuer,
    clientId: env.AUTH_CLAVEUNICA_ID ?? SIMULATOR_CLIENT.id,
    clientSecret: env.AUTH_CLAVEUNICA_SECRET ?? SIMULATOR_CLIENT.secret,
    appUrl,
    logoutUrl: `${new URL(issuer).origin}/api/v1/accounts/app/logout?redirect=${encodeURIComponent(`${appUrl}/`)}`,
  };
}
