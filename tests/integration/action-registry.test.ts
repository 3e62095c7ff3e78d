/**
 * Every server action in the codebase is built by the action factory and named in the permission
 * table, and the table decides — for every role — who gets past the permission check.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { PERMISSIONS, PUBLIC_PERMISSIONS } from "@/lib/auth/permissions";
import { ROLES } from "@/lib/auth/roles";
import type { Viewer } from "@/lib/auth/viewer";
import { actionModules, discoverActions, readSources, type DiscoveredAction } from "@/tests/helpers/actions";

const viewerHolder = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewerHolder.current, requireViewer: async () => viewerHolder.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => {} }) }));

const files = readSources();
const actionFiles = actionModules(files);
let actions: DiscoveredAction[] = [];

beforeAll(async () => {
  actions = await discoverActions(actionFiles);
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

  it("refuses a NUL character in any field of any action, before anything reaches the database", async () => {
    for (const { meta, fn } of actions) {
      if ((PUBLIC_PERMISSIONS as readonly string[]).includes(meta!.permission)) continue;
      const role = ROLES.find((r) => (PERMISSIONS[meta!.permission as keyof typeof PERMISSIONS] as readonly string[]).includes(r))!;
      viewerHolder.current = { id: "x", name: "Prueba", run: "1-9", role, municipalityCode: "13501", regionCode: "13" };
      const form = new FormData();
      form.append("id", "abc\u0000def");
      for (const input of [{ nota: { texto: "a\u0000" } }, form]) {
        const result = (await fn(input)) as { ok: boolean; fieldErrors?: Record<string, string> };
        expect(result.ok, meta!.name).toBe(false);
        // A field the form lacks is refused as such: neither its name nor what it held comes back.
        expect(Object.keys(result.fieldErrors ?? {}), meta!.name).not.toContain("nota");
        expect(JSON.stringify(result), meta!.name).not.toContain("\\u0000");
      }
    }
  });
});
