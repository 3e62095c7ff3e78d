import { randomUUID } from "node:crypto";

/**
 * Structured server log for unexpected errors. Only the error's kind and message are written, never
 * the input that caused it (it may hold personal data). Returns the reference shown to the person.
 */
export function logError(where: string, error: unknown): string {
  const reference = randomUUID().slice(0, 8);
  const detail = error instanceof Error ? { name: error.name, message: error.message, cause: causeOf(error), stack: error.stack } : { message: String(error) };
  console.error(JSON.stringify({ level: "error", at: new Date().toISOString(), where, reference, ...detail }));
  return reference;
}

/** Libraries such as Auth.js wrap the real failure: keep its kind and message, nothing else. */
function causeOf(error: Error): string | undefined {
  const cause = (error.cause as { err?: unknown } | undefined)?.err ?? error.cause;
  return cause instanceof Error ? `${cause.name}: ${cause.message}` : undefined;
}
