/** Seconds before the first new attempt at an e-mail the mail server refused; later ones double. */
export const DEFAULT_MAIL_RETRY_SECONDS = 30;
const MAX_SECONDS = 3600;

/**
 * MAIL_RETRY_SECONDS, or the default when unset or empty. Production rides out a mail server outage
 * with the default; the local catcher of development and tests sets a short one, since a refused
 * delivery there is a hiccup, and a test should see the retry succeed within its wait.
 */
export function mailRetrySeconds(env: Record<string, string | undefined> = process.env): number {
  const raw = env.MAIL_RETRY_SECONDS?.trim();
  if (!raw) return DEFAULT_MAIL_RETRY_SECONDS;
  const seconds = Number(raw);
  if (!/^\d+$/.test(raw) || seconds < 1 || seconds > MAX_SECONDS) {
    throw new Error(`MAIL_RETRY_SECONDS debe ser un número entero de segundos entre 1 y ${MAX_SECONDS} (se recibió "${raw}").`);
  }
  return seconds;
}
