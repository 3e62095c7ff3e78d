/**
 * Payload generators for the hostile-input test: values shaped like an action's zod schema (so some
 * reach the service, with forged ids) mixed with what an attacker or a broken client sends instead.
 */
import fc from "fast-check";
import { z } from "zod";

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchema;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

const HOSTILE_STRINGS = [
  "'; DROP TABLE \"case\"; --",
  "1' OR '1'='1",
  "\\'; SELECT pg_sleep(5); --",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "\"><svg onload=alert(1)>",
  "../../../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\u202Egnp.exe",
  "\u200B\u200C\u200D\uFEFF",
  "Ñandú Ñuñoa São Paulo ÇÀ 漢字 🇨🇱👩🏽‍⚕️",
  "e\u0301".repeat(500),
  "{{7*7}}${7*7}",
  "__proto__",
  "constructor",
  "null",
  "undefined",
  "NaN",
  "-1",
  "9".repeat(400),
  " ",
  "",
  "\n\r\t",
  "x".repeat(100_000),
  "2026-02-30",
  "0000-00-00",
  "9999-12-31T23:59:59Z",
  "00000000-0000-0000-0000-000000000000",
  "SM-2026-000001' --",
];

const HOSTILE_NUMBERS = [-1, 0, -0, 0.5, -2147483649, 2147483648, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY];

function hostileFile(): fc.Arbitrary<File> {
  return fc
    .record({
      name: fc.constantFrom("../../etc/passwd", "..\\..\\boot.ini", "carta.pdf.exe", "<script>.pdf", "a".repeat(400) + ".pdf", "\u0000.pdf", "informe.pdf"),
      bytes: fc.uint8Array({ maxLength: 64 }),
      type: fc.constantFrom("application/pdf", "image/png", "text/html", "application/x-msdownload", ""),
    })
    .map(({ name, bytes, type }) => new File([bytes], name, { type }));
}

/** Anything at all, weighted toward what breaks naive code. */
export function hostileValue(depth = 0): fc.Arbitrary<unknown> {
  const leaves: fc.Arbitrary<unknown>[] = [
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.constantFrom(...HOSTILE_NUMBERS),
    fc.constantFrom(null, undefined, true, false),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.uuid(),
    hostileFile(),
  ];
  if (depth < 2) {
    leaves.push(fc.array(hostileValue(depth + 1), { maxLength: 3 }));
    leaves.push(fc.dictionary(fc.constantFrom("__proto__", "constructor", "id", "x"), hostileValue(depth + 1), { maxKeys: 2 }));
  }
  return fc.oneof(...leaves);
}

function plausibleString(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.format === "uuid") return fc.uuid();
  if (schema.format === "email") return fc.constantFrom("persona@municipalidad.cl", "a@b.co");
  if (schema.format === "date" || schema.format === "date-time") return fc.constantFrom("2026-03-02", "2025-12-31T12:00:00Z");
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? 500));
    } catch {
      // Patterns JavaScript cannot compile fall through to plain strings.
    }
  }
  const minLength = schema.minLength ?? 0;
  return fc.string({ minLength, maxLength: Math.max(minLength, Math.min(schema.maxLength ?? 60, 120)) });
}

function plausibleNumber(schema: JsonSchema, integer: boolean): fc.Arbitrary<unknown> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -10);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1000);
  const bounded = fc.integer({ min: Math.ceil(Math.max(min, -1e6)), max: Math.floor(Math.min(max, 1e6)) });
  // Forms send numbers as text.
  return integer ? fc.oneof(bounded, bounded.map(String)) : fc.oneof(bounded, fc.double({ min: Math.max(min, -1e6), max: Math.min(max, 1e6), noNaN: true }));
}

/** A value that looks like what the schema wants, one level deep in hostility. */
export function plausibleValue(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return fc.oneof(...variants.map((v) => plausibleValue(v, depth)));
  if (schema.allOf?.length) return plausibleValue(schema.allOf[0], depth);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "string":
      return plausibleString(schema);
    case "integer":
      return plausibleNumber(schema, true);
    case "number":
      return plausibleNumber(schema, false);
    case "boolean":
      return fc.oneof(fc.boolean(), fc.constantFrom("on", "true", "false"));
    case "array":
      return depth > 2 ? fc.constant([]) : fc.array(field(schema.items ?? {}, depth + 1), { maxLength: Math.min(schema.maxItems ?? 4, 4) });
    case "object":
      return depth > 2 ? fc.constant({}) : objectAround(schema, depth + 1);
    case "null":
      return fc.constant(null);
    default:
      return fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean());
  }
}

/** Mostly plausible, sometimes hostile: so whole payloads still pass the schema now and then. */
function field(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 8, arbitrary: plausibleValue(schema, depth) }, { weight: 1, arbitrary: hostileValue(depth) });
}

/** An object around the schema: fields plausible or hostile, sometimes missing, sometimes extra. */
function objectAround(schema: JsonSchema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.entries(schema.properties ?? {});
  const shape = Object.fromEntries(properties.map(([key, sub]) => [key, field(sub, depth)]));
  return fc
    .record({
      fields: fc.record(shape),
      dropped: fc.subarray(properties.map(([key]) => key), { maxLength: Math.min(2, properties.length) }),
      extra: fc.dictionary(fc.constantFrom("id", "role", "regionCode", "municipalityCode", "version", "__proto__", "admin", "extra"), hostileValue(2), { maxKeys: 2 }),
      dropSome: fc.nat(9),
      addExtra: fc.nat(9),
    })
    .map(({ fields, dropped, extra, dropSome, addExtra }) => {
      const result: Record<string, unknown> = { ...fields };
      if (dropSome === 0) for (const key of dropped) delete result[key];
      if (addExtra === 0) for (const [key, value] of Object.entries(extra)) Object.defineProperty(result, key, { value, enumerable: true });
      return result;
    });
}

function asFormData(payload: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(payload)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined) continue;
      form.append(key, item instanceof File ? item : typeof item === "object" && item !== null ? JSON.stringify(item) : String(item));
    }
  }
  return form;
}

/** Payloads for one action: around its schema (as an object or as a browser's FormData), or not even an object. */
export function payloadsFor(input: z.ZodType): fc.Arbitrary<unknown> {
  let schema: JsonSchema;
  try {
    schema = z.toJSONSchema(input, { io: "input", unrepresentable: "any" }) as JsonSchema;
  } catch {
    schema = {};
  }
  const around = schema.type === "object" || schema.properties ? objectAround(schema, 0) : plausibleValue(schema).map((v) => ({ value: v }));
  return fc.oneof(
    { weight: 6, arbitrary: around },
    { weight: 3, arbitrary: around.map(asFormData) },
    { weight: 1, arbitrary: hostileValue() },
  );
}

const ID_FIELD = /^(id|ids|code|[a-z]+Id|[a-z]+Ids|municipalityCode|regionCode|comunaCode)$/;

/**
 * The same payloads with every id-like field pointing at real records from `pool`: the ids an
 * attacker would replay from another territory.
 */
export function aimedAt(payloads: fc.Arbitrary<unknown>, pool: string[]): fc.Arbitrary<unknown> {
  return fc.tuple(payloads, fc.nat()).map(([payload, seed]) => {
    let next = seed;
    const real = () => pool[next++ % pool.length];
    if (payload instanceof FormData) {
      const copy = new FormData();
      for (const [key, value] of payload.entries()) copy.append(key, ID_FIELD.test(key) ? real() : value);
      return copy;
    }
    if (typeof payload !== "object" || payload === null || Array.isArray(payload)) return payload;
    return Object.fromEntries(Object.entries(payload).map(([key, value]) => [key, ID_FIELD.test(key) ? (Array.isArray(value) ? [real(), real()] : real()) : value]));
  });
}
