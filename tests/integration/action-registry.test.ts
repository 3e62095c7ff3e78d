/**
 * Every server action in the codebase is built by the action factory and named in the permission
 * table, and the table decides — for every role — who gets past the permission check.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionMeta } from "@/lib/auth/action";
import { PERMISSIONS, PUBLIC_PERMISSIONS } from "@/lib/auth/permissions";
import { ROLES } from "@/lib/auth/roles";
import type { Viewer } from "@/lib/auth/viewer";

const viewerHolder = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewerHolder.current, requireViewer: async () => viewerHolder.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => {} }) }));

const ROOTS = ["app", "lib", "components"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

const files = ROOTS.flatMap(sourceFiles).map((file) => ({ file, text: fs.readFileSync(file, "utf8") }));
const actionFiles = files.filter(({ text }) => /^\s*["']use server["'];/.test(text));

type Registered = { file: string; exportName: string; fn: (...args: unknown[]) => Promise<unknown>; meta: ActionMeta | undefined };
let actions: Registered[] = [];

beforeAll(async () => {
  const { actionMeta } = await import("@/lib/auth/action");
  for (const { file } of actionFiles) {
    const exported = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
    for (const [exportName, fn] of Object.entries(exported)) {
      actions.push({ file, exportName, fn: fn as Registered["fn"], meta: actionMeta(fn) });
    }
  }
  actions = actions.sort((a, b) => a.file.localeCompare(b.file));
});

describe("server action registry", () => {
  it("finds the actions of the codebase", () => {
    expect(actionFiles.map((f) => f.file)).toEqual(expect.arrayContaining(["lib/auth/actions.ts", "lib/users/actions.ts"]));
    expect(actions.length).toBeGreaterThanOrEqual(5);
  });

  it("has no inline 'use server' functions: every action lives in an actions module", () => {
    const inline = files
      .filter(({ text }) => {
        const directives = [...text.matchAll(/["']use server["']/g)].map((m) => m.index);
        const atTop = /^\s*["']use server["']/.test(text) ? 1 : 0;
        return directives.length > atTop;
      })
      .map((f) => f.file);
    expect(inline).toEqual([]);
  });

  it("builds every exported action with the factory, under a permission of the table, with a unique name", () => {
    const known = new Set<string>([...Object.keys(PERMISSIONS), ...PUBLIC_PERMISSIONS]);
    const problems = actions
      .filter(({ meta }) => !meta || !known.has(meta.permission))
      .map(({ file, exportName, meta }) => `${file}#${exportName}: ${meta ? `permiso desconocido ${meta.permission}` : "no usa defineAction"}`);
    expect(problems).toEqual([]);
    const names = actions.map(({ meta }) => meta!.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("lets through exactly the roles the table names, and nobody without a session", async () => {
    for (const { meta, fn } of actions) {
      if ((PUBLIC_PERMISSIONS as readonly string[]).includes(meta!.permission)) continue;
      const holders = PERMISSIONS[meta!.permission as keyof typeof PERMISSIONS] as readonly string[];

      viewerHolder.current = null;
      expect(await fn({}), `${meta!.name} sin sesión`).toMatchObject({ ok: false, error: "Su sesión terminó. Ingrese nuevamente." });

      for (const role of ROLES) {
        viewerHolder.current = { id: "x", name: "Prueba", run: "1-9", role, municipalityCode: "13501", regionCode: "13" };
        // An empty object never passes any action's schema, so nothing runs past the checks.
        const result = (await fn({ extraField: "<script>" })) as { ok: boolean; error: string };
        expect(result.ok, `${meta!.name} como ${role}`).toBe(false);
        if (holders.includes(role)) expect(result.error, `${meta!.name} como ${role}`).not.toMatch(/permiso/);
        else expect(result.error, `${meta!.name} como ${role}`).toBe("No tiene permiso para realizar esta acción.");
      }
    }
  });
});
