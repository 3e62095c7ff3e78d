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

type Context<P> = { viewer: P extends PublicPermission ? Viewer | null : Viewer; ip: string | null };

const registry = new WeakMap<object, ActionMeta>();

/** How the registry and hostile-input tests recognise actions built here, and what input each expects. */
export function actionMeta(fn: unknown): ActionMeta | undefined {
  return typeof fn === "function" ? registry.get(fn) : undefined;
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

function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    fields[key] ??= issue.message;
  }
  return fields;
}

const MESSAGES = {
  unauthenticated: "Su sesión terminó. Ingrese nuevamente.",
  notFound: "No encontramos ese registro.",
  invalid: "Revise los datos marcados.",
};

/**
 * The one way to build a server action: strict zod input, the viewer, the permission table, then the
 * handler; known errors become Spanish messages, anything else a logged reference.
 */
export function defineAction<S extends z.ZodType, R, P extends Permission | PublicPermission>(
  meta: { name: string; permission: P; input: S },
  handler: (input: z.output<S>, context: Context<P>) => Promise<R>,
) {
  const action = async (...args: unknown[]): Promise<ActionState<R>> => {
    try {
      const viewer = await getViewer();
      if (!isPublicPermission(meta.permission)) {
        if (!viewer) return { ok: false, error: MESSAGES.unauthenticated };
        if (!hasPermission(viewer.role, meta.permission)) return { ok: false, error: new ForbiddenError().message };
      }
      const input = toInput(args[args.length - 1]);
      const withNul = fieldWithNul(input);
      if (withNul) return { ok: false, error: MESSAGES.invalid, fieldErrors: { [withNul]: "Contiene caracteres no válidos." } };
      const parsed = meta.input.safeParse(input);
      if (!parsed.success) return { ok: false, error: MESSAGES.invalid, fieldErrors: fieldErrors(parsed.error) };
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
