import { z } from "zod";
import "@/lib/zod-es";

/** What pages receive as `searchParams` and route handlers as `request.nextUrl.searchParams`. */
export type RawQuery = URLSearchParams | Record<string, string | string[] | undefined>;

/** A query string schema: a zod object of fields from ./fields, each optional or with a default. */
export type QuerySchema = z.ZodObject<Record<string, z.ZodType>>;

export type ParsedQuery<S extends QuerySchema> = {
  values: z.output<S>;
  /** The Spanish message for each parameter that was present but malformed and therefore ignored. */
  invalid: Partial<Record<keyof z.output<S> & string, string>>;
};

/**
 * The first value of a parameter, as URLSearchParams.get() gives it. Repeated parameters are not an
 * error (a link may repeat one), but only the first copy is ever read, whichever way the query string
 * arrives, so a page and its export always agree on the filter.
 */
function firstValue(raw: RawQuery, name: string): string | undefined {
  if (raw instanceof URLSearchParams) return raw.get(name) ?? undefined;
  // Own keys only: a parameter named like an Object.prototype member must not read the prototype.
  if (!Object.prototype.hasOwnProperty.call(raw, name)) return undefined;
  const value = raw[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The one way pages and route handlers read a query string. Each field of the schema is parsed on its
 * own: a malformed value (NUL, overlong, an impossible date, "1e99", an unknown option) is dropped, as
 * if absent, so the field takes its default and the page shows everything rather than an error; its
 * message is returned for the page to show next to the field where a person typed it. Parameters the
 * schema does not name are never read. An empty value, as a GET form sends for an empty field, is
 * absent and not malformed.
 */
export function parseQuery<S extends QuerySchema>(schema: S, raw: RawQuery): ParsedQuery<S> {
  const values: Record<string, unknown> = {};
  const invalid: Record<string, string> = {};
  for (const [name, field] of Object.entries(schema.shape)) {
    const given = firstValue(raw, name);
    const parsed = field.safeParse(given === "" ? undefined : given);
    if (parsed.success) {
      values[name] = parsed.data;
      continue;
    }
    invalid[name] = parsed.error.issues[0]?.message ?? "Valor no válido.";
    const fallback = field.safeParse(undefined);
    // A schema whose field has neither a default nor optional() is a programming error, not bad input.
    if (!fallback.success) throw new Error(`El parámetro «${name}» necesita un valor por omisión.`);
    values[name] = fallback.data;
  }
  return { values: values as z.output<S>, invalid: invalid as ParsedQuery<S>["invalid"] };
}

/**
 * A path segment naming a record (/casos/[id], /comunas/[code]): its value when well formed, else
 * null, for the caller to answer with its 404 before any query runs with it.
 */
export function parsePathParam<T>(field: z.ZodType<T>, value: string | undefined): T | null {
  const parsed = field.safeParse(value);
  return parsed.success ? parsed.data : null;
}
