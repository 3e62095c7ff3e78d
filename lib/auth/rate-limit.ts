import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";

/** Sign-in starts allowed per IP per minute; counted in PostgreSQL, so shared by every instance. */
export const SIGN_IN_STARTS_PER_MINUTE = 10;

let limiter: RateLimiterPrisma | undefined;

function signInLimiter(): RateLimiterPrisma {
  limiter ??= new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimiterFlexible",
    keyPrefix: "signin",
    points: SIGN_IN_STARTS_PER_MINUTE,
    duration: 60,
  });
  return limiter;
}

/** Counts one sign-in start; returns the seconds to wait when over the limit, or null. */
export async function consumeSignInStart(ip: string | null): Promise<number | null> {
  try {
    await signInLimiter().consume(ip ?? "sin-ip");
    return null;
  } catch (result) {
    if (result instanceof RateLimiterRes) return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
    throw result;
  }
}

/** Failed sign-ins (bad callbacks, forged tokens…) audited one by one per address every 10 minutes. */
export const AUDITED_AUTH_FAILURES = 5;

let failureLimiter: RateLimiterPrisma | undefined;

/**
 * Whether this failed sign-in from `ip` gets its own audit row ("record"), the one row that says the
 * rest are not recorded ("summarise"), or none ("skip"). Anonymous requests could otherwise write
 * audit rows without limit into an append-only table.
 */
export async function auditVerdictForAuthFailure(ip: string | null): Promise<"record" | "summarise" | "skip"> {
  failureLimiter ??= new RateLimiterPrisma({ storeClient: db, tableName: "rateLimiterFlexible", keyPrefix: "authfail", points: AUDITED_AUTH_FAILURES, duration: 600 });
  try {
    await failureLimiter.consume(ip ?? "sin-ip");
    return "record";
  } catch (result) {
    if (!(result instanceof RateLimiterRes)) throw result;
    return result.consumedPoints === AUDITED_AUTH_FAILURES + 1 ? "summarise" : "skip";
  }
}

export const RATE_LIMIT_MESSAGE = "Demasiados intentos de ingreso desde esta conexión. Espere un minuto y vuelva a intentarlo.";
