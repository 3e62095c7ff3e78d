/**
 * Finds every server action of the codebase the way Next does — the exports of "use server" modules —
 * so tests over "all actions" cover new ones without anyone listing them.
 */
import fs from "node:fs";
import path from "node:path";
import type { ActionMeta } from "@/lib/auth/action";

const ROOTS = ["app", "lib", "components"];

export type SourceFile = { file: string; text: string };

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

export function readSources(): SourceFile[] {
  return ROOTS.flatMap(sourceFiles).map((file) => ({ file, text: fs.readFileSync(file, "utf8") }));
}

export function actionModules(sources = readSources()): SourceFile[] {
  return sources.filter(({ text }) => /^\s*["']use server["'];/.test(text));
}

export type DiscoveredAction = { file: string; exportName: string; fn: (...args: unknown[]) => Promise<unknown>; meta: ActionMeta | undefined };

/** Imports every action module; call it after the test has mocked the viewer and Next's request APIs. */
export async function discoverActions(modules = actionModules()): Promise<DiscoveredAction[]> {
  const { actionMeta } = await import("@/lib/auth/action");
  const actions: DiscoveredAction[] = [];
  for (const { file } of modules) {
    const exported = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
    for (const [exportName, fn] of Object.entries(exported)) {
      actions.push({ file, exportName, fn: fn as DiscoveredAction["fn"], meta: actionMeta(fn) });
    }
  }
  return actions.sort((a, b) => a.file.localeCompare(b.file) || a.exportName.localeCompare(b.exportName));
}
