import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";

export type Limit = { keyPrefix: string; points: number; seconds: number };

/**
 * A counter of `points` per key every `seconds`, kept in PostgreSQL so every instance shares it.
 * Returns a function that counts one for a key: null while under the limit, else the refusal (with
 * how long to wait and how far over the key is).
 */
export function postgresLimit({ keyPrefix, points, seconds }: Limit): (key: string) => Promise<RateLimiterRes | null> {
  let limiter: RateLimiterPrisma | undefined;
  return async (key) => {
    limiter ??= new RateLimiterPrisma({ storeClient: db, tableName: "rateLimiterFlexible", keyPrefix, points, duration: seconds });
    try {
      await limiter.consume(key);
      return null;
    } catch (result) {
      if (result instanceof RateLimiterRes) return result;
      throw result;
    }
  };
}
