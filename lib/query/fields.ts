import { z } from "zod";

/**
 * The building blocks of every query-string schema (pages and route handlers) and of path segments.
 * They read the raw string from the URL and never fall back themselves: parseQuery() decides what a
 * malformed value means, so it can also tell the page which field was malformed.
 */

/**
 * What no value from a URL may carry: NUL, which PostgreSQL text cannot store (the query fails), the
 * other C0 and C1 controls and DEL, which no form field produces and which end up in logs and CSV
 * cells, and lone UTF-16 surrogates, which cannot be encoded as UTF-8 for the database.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isSafeText(value: string): boolean {
  return !UNSAFE.test(value);
}

/** A real day of the Gregorian calendar written AAAA-MM-DD: 2026-02-30 and 2026-13-01 are not. */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  // Date.UTC rolls 30 February over to 2 March; a real day survives the round trip unchanged.
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 2999 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const safeString = (message: string, max: number) => z.string({ error: message }).max(max, message).refine(isSafeText, message);

/** Free text such as a search box: trimmed, at most `max` characters; empty means absent. */
export const text = (max: number, message = "Búsqueda no válida: se ignoró.") =>
  z
    .string({ error: message })
    .trim()
    .max(max, message)
    .refine(isSafeText, message)
    .transform((value) => value || undefined);

/** A code or identifier with a fixed shape (region "13", comuna "13101"); the pattern must be anchored. */
export const code = (pattern: RegExp, message = "Valor no válido.", max = 64) => safeString(message, max).regex(pattern, message);

/** One of a closed list of values. */
export const choice = <const T extends readonly string[]>(values: T, message = "Opción no válida.") => z.enum(values, { error: message });

/** A day as the date inputs send it, AAAA-MM-DD, kept as that string. */
export const day = (message = "Fecha no válida: se ignoró.") => safeString(message, 10).refine(isCalendarDay, message);

/** A month, AAAA-MM. */
export const month = (message = "Mes no válido.") => safeString(message, 7).regex(/^(19|2\d)\d{2}-(0[1-9]|1[0-2])$/, message);

/**
 * A whole number written only with digits and within bounds: "1e99", "-1", "0x10", " 5" and "5.0"
 * are refused, where Number() or z.coerce would have accepted them.
 */
export const integer = (min: number, max: number, message = "Número no válido.") =>
  safeString(message, 16)
    .regex(/^\d{1,15}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));

/** A page of a list: 1 when absent. */
export const page = (max = 10_000) => integer(1, max, "Página no válida.").default(1);

/** A one-shot notice after a redirect (?guardado=1): present with exactly this value, or not at all. */
export const flag = (value = "1") =>
  z
    .literal(value)
    .optional()
    .transform((present) => present !== undefined);

/** The id of a record as the portal generates them (UUID), in a path segment or a query string. */
export const recordId = code(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

/** A person's id: accounts are created as cuid, the seeded ones may be UUIDs. */
export const userId = code(/^[A-Za-z0-9_-]{1,40}$/);

export const regionCode = code(/^\d{2}$/, "Región no válida.");
export const municipalityCode = code(/^\d{5}$/, "Municipalidad no válida.");
export const comunaCode = code(/^\d{5}$/, "Comuna no válida.");

/** The file an export answers with. */
export const exportFormat = choice(["csv", "xlsx"]).default("csv");
