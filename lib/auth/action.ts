import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { ConflictError, ForbiddenError, NotFoundError, RuleError, UnauthenticatedError } from "@/lib/errors";
import { logError } from "@/lib/log";
import "@/lib/zod-es";
import { clientIpFrom } from "./client-ip";
import { hasPermission, isPublicPermission, type Permission, type PublicPermission } from "./permissions";
import { getViewer, type Viewer } from "./viewer";

/** What every action returns to the form that called it. Never a database row. */
export type ActionState<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string> }
  | null;

export type ActionMeta = { name: string; permission: Permission | PublicPermission; input: z.ZodType };

/**
 * Refuses a call before its input is read, for actions anyone may call: returns the Spanish reason,
 * or null to go on. Counting first means a flood of malformed calls is limited like honest ones.
 */
export type Throttle = (ip: string | null) => Promise<string | null>;

type Context<P> = { viewer: P extends PublicPermission ? Viewer | null : Viewer; ip: string | null };

const registry = new WeakMap<object, ActionMeta>();

/** How the registry and hostile-input tests recognise actions built here, and what input each expects. */
export function actionMeta(fn: unknown): ActionMeta | undefined {
  return typeof fn === "function" ? registry.get(fn) : undefined;
}

/**
 * No form of the portal has this many distinct fields (the largest, a case, has about 80); repeated
 * fields (checkboxes, several files) count once. A body of hundreds of thousands of keys is refused
 * before zod walks it. Calls sent as JSON may nest, so every object in them is held to the same limit
 * and the whole to MAX_VALUES (attendance lists up to 5.000 people).
 */
export const MAX_FIELDS = 200;
const MAX_VALUES = 10_000;

function tooManyFields(raw: unknown): boolean {
  if (raw instanceof FormData) {
    const keys = new Set<string>();
    for (const key of raw.keys()) {
      keys.add(key);
      if (keys.size > MAX_FIELDS) return true;
    }
    return false;
  }
  let budget = MAX_VALUES;
  const pending: unknown[] = [raw];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== "object" || value === null || value instanceof Blob) continue;
    const entries = Array.isArray(value) ? value : Object.values(value);
    if (!Array.isArray(value) && entries.length > MAX_FIELDS) return true;
    budget -= entries.length;
    if (budget < 0) return true;
    pending.push(...entries);
  }
  return false;
}

/** Forms send FormData; tests and client code may send a plain object. Repeated fields become arrays. */
function toInput(raw: unknown): unknown {
  if (!(raw instanceof FormData)) return raw;
  const object: Record<string, unknown> = {};
  for (const key of new Set(raw.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = raw.getAll(key);
    // Defined, not assigned: a field named "__proto__" would otherwise replace the object's prototype
    // (with a File, zod then read File getters off the plain object and threw). As an own key the
    // strict schemas refuse it like any unknown field.
    Object.defineProperty(object, key, { value: values.length > 1 ? values : values[0], enumerable: true, writable: true, configurable: true });
  }
  return object;
}

/**
 * PostgreSQL text cannot hold a NUL character: any query carrying one fails. Such input is refused
 * here, for every action, as a field error, instead of surfacing as an unexpected database error.
 */
function fieldWithNul(value: unknown, path = "", depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path || "_form" : null;
  if (depth > 8 || typeof value !== "object" || value === null || value instanceof Blob) return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = fieldWithNul(inner, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Field errors keyed by the schema's own field names. A field the schema does not know gets one fixed
 * message: zod's names every unknown key, and echoing what was sent lets one request buy an answer as
 * large as its body.
 */
function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      fields._form ??= MESSAGES.unknownFields;
      continue;
    }
    const key = issue.path.join(".") || "_form";
    fields[key] ??= issue.message;
  }
  return fields;
}

const MESSAGES = {
  unauthenticated: "Su sesión terminó. Ingrese nuevamente.",
  notFound: "No encontramos ese registro.",
  invalid: "Revise los datos marcados.",
  unknownFields: "El formulario trae campos que no corresponden. Recargue la página y vuelva a intentarlo.",
  tooManyFields: "El formulario trae demasiados campos. Recargue la página y vuelva a intentarlo.",
};

/**
 * The one way to build a server action: strict zod input, the viewer, the permission table, then the
 * handler; known errors become Spanish messages, anything else a logged reference.
 */
export function defineAction<S extends z.ZodType, R, P extends Permission | PublicPermission>(
  meta: { name: string; permission: P; input: S; throttle?: P extends PublicPermission ? Throttle : never },
  handler: (input: z.output<S>, context: Context<P>) => Promise<R>,
) {
  const action = async (...args: unknown[]): Promise<ActionState<R>> => {
    try {
      const viewer = await getViewer();
      if (!isPublicPermission(meta.permission)) {
        if (!viewer) return { ok: false, error: MESSAGES.unauthenticated };
        if (!hasPermission(viewer.role, meta.permission)) return { ok: false, error: new ForbiddenError().message };
      }
      if (meta.throttle) {
        const refused = await meta.throttle(clientIpFrom(await headers()));
        if (refused) return { ok: false, error: refused };
      }
      const raw = args[args.length - 1];
      if (tooManyFields(raw)) return { ok: false, error: MESSAGES.tooManyFields };
      const parsed = meta.input.safeParse(toInput(raw));
      if (!parsed.success) return { ok: false, error: MESSAGES.invalid, fieldErrors: fieldErrors(parsed.error) };
      // Checked on what the schema let through, so the field named is always one of the form's own.
      const withNul = fieldWithNul(parsed.data);
      if (withNul) return { ok: false, error: MESSAGES.invalid, fieldErrors: { [withNul]: "Contiene caracteres no válidos." } };
      const ip = clientIpFrom(await headers());
      const data = await handler(parsed.data, { viewer, ip } as Context<P>);
      return { ok: true, data };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof RuleError) return { ok: false, error: error.message, fieldErrors: error.field ? { [error.field]: error.message } : undefined };
      if (error instanceof NotFoundError) return { ok: false, error: MESSAGES.notFound };
      if (error instanceof ForbiddenError || error instanceof ConflictError) return { ok: false, error: error.message };
      if (error instanceof UnauthenticatedError) return { ok: false, error: MESSAGES.unauthenticated };
      const reference = logError(`action:${meta.name}`, error);
      return { ok: false, error: `No pudimos completar la acción. Si el problema continúa, informe el código ${reference}.` };
    }
  };
  registry.set(action, { name: meta.name, permission: meta.permission, input: meta.input });
  return action;
}

/** A service function as the features write them: who asks, from where, with what. */
export type Service<I, R> = (viewer: Viewer, ip: string | null, input: I) => Promise<R>;

/**
 * Adapts a service `(viewer, ip, input)` to an action handler that afterwards refreshes `path` and
 * everything below it, so lists, counts and pages show the change.
 */
export function revalidating(path: string) {
  return <I, R>(service: Service<I, R>) =>
    async (input: I, { viewer, ip }: { viewer: Viewer; ip: string | null }) => {
      const result = await service(viewer, ip, input);
      revalidatePath(path, "layout");
      return result;
    };
}
