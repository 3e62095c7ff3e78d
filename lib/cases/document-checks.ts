import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { RuleError } from "@/lib/errors";

/**
 * Saves of the case form that carry documents, per person, in DOCUMENT_CHECK_WINDOW seconds. Each one
 * looks the documents up among open cases; far above what filing by hand needs, low enough that the
 * form cannot be driven to look up RUN after RUN. Counted in PostgreSQL, so shared by every instance.
 */
export const DOCUMENT_CHECKS_PER_WINDOW = 60;
export const DOCUMENT_CHECK_WINDOW = 600;

export const DOCUMENT_CHECKS_MESSAGE =
  "Guardó casos con documentos muchas veces en pocos minutos. Espere unos minutos y vuelva a intentarlo: lo que escribió sigue en el formulario.";

let limiter: RateLimiterPrisma | undefined;

function documentCheckLimiter(): RateLimiterPrisma {
  limiter ??= new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimiterFlexible",
    keyPrefix: "doccheck",
    points: DOCUMENT_CHECKS_PER_WINDOW,
    duration: DOCUMENT_CHECK_WINDOW,
  });
  return limiter;
}

/** Counts one save with documents by `userId`; over the limit it refuses the save, before anything is read or written. */
export async function consumeDocumentCheck(userId: string, documentKeys: (string | null)[]): Promise<void> {
  if (!documentKeys.some(Boolean)) return;
  try {
    await documentCheckLimiter().consume(userId);
  } catch (result) {
    if (result instanceof RateLimiterRes) throw new RuleError(DOCUMENT_CHECKS_MESSAGE);
    throw result;
  }
}
