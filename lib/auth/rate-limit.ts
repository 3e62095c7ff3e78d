import "server-only";
import { postgresLimit } from "@/lib/rate-limit";

/** Sign-in starts allowed per IP per minute; counted in PostgreSQL, so shared by every instance. */
export const SIGN_IN_STARTS_PER_MINUTE = 10;

const signInStart = postgresLimit({ keyPrefix: "signin", points: SIGN_IN_STARTS_PER_MINUTE, seconds: 60 });

/** Counts one sign-in start; returns the seconds to wait when over the limit, or null. */
export async function consumeSignInStart(ip: string | null): Promise<number | null> {
  const refused = await signInStart(ip ?? "sin-ip");
  return refused ? Math.max(1, Math.ceil(refused.msBeforeNext / 1000)) : null;
}

/** Failed sign-ins (bad callbacks, forged tokens…) audited one by one per address every 10 minutes. */
export const AUDITED_AUTH_FAILURES = 5;

const authFailure = postgresLimit({ keyPrefix: "authfail", points: AUDITED_AUTH_FAILURES, seconds: 600 });

/**
 * Whether this failed sign-in from `ip` gets its own audit row ("record"), the one row that says the
 * rest are not recorded ("summarise"), or none ("skip"). Anonymous requests could otherwise write
 * audit rows without limit into an append-only table.
 */
export async function auditVerdictForAuthFailure(ip: string | null): Promise<"record" | "summarise" | "skip"> {
  const refused = await authFailure(ip ?? "sin-ip");
  if (!refused) return "record";
  return refused.consumedPoints === AUDITED_AUTH_FAILURES + 1 ? "summarise" : "skip";
}

export const RATE_LIMIT_MESSAGE = "Demasiados intentos de ingreso desde esta conexión. Espere un minuto y vuelva a intentarlo.";
