/**
 * Calls server actions over HTTP the way the browser does (POST to a page with a `Next-Action`
 * header), for tests that drive the production server without a browser.
 */
import fs from "node:fs";
import path from "node:path";

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

/** The id the production build gave an exported action (`.next/server/server-reference-manifest.json`). */
export function actionId(file: string, exportName: string, buildDir = ".next"): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(buildDir, "server", "server-reference-manifest.json"), "utf8")) as Manifest;
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === exportName);
  if (!found) throw new Error(`La compilación no tiene la acción ${file}#${exportName}: ejecute next build.`);
  return found[0];
}

export type ActionReply = {
  status: number;
  result: { ok: boolean; error?: string; data?: unknown; fieldErrors?: Record<string, string> } | null;
  /** Where an action that ended in redirect() sends the browser. */
  redirect: string | null;
  body: string;
};

/** Reads the action's return value from the RSC reply: row 0 names the row that holds it. */
export function parseReply(body: string): ActionReply["result"] {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  try {
    const head = JSON.parse(rows.get("0") ?? "null") as { a?: string } | null;
    const ref = typeof head?.a === "string" && head.a.startsWith("$@") ? head.a.slice(2) : null;
    return ref ? JSON.parse(rows.get(ref) ?? "null") : null;
  } catch {
    return null;
  }
}

/**
 * Sends one action call. A plain object travels as JSON; a FormData as the multipart body React
 * builds for a form (fields prefixed with the argument's slot).
 */
export async function callAction(
  origin: string,
  pagePath: string,
  id: string,
  input: Record<string, unknown> | FormData,
  headers: Record<string, string> = {},
): Promise<ActionReply> {
  let body: string | FormData;
  const sent: Record<string, string> = { "Next-Action": id, Origin: origin, Accept: "text/x-component", ...headers };
  if (input instanceof FormData) {
    body = new FormData();
    for (const [key, value] of input.entries()) body.append(`_1_${key}`, value);
    body.append("0", '["$K1"]');
  } else {
    body = JSON.stringify([input]);
    sent["Content-Type"] = "text/plain;charset=UTF-8";
  }
  const response = await fetch(new URL(pagePath, origin), { method: "POST", headers: sent, body, redirect: "manual" });
  const text = await response.text();
  const redirect = response.headers.get("x-action-redirect")?.split(";")[0] ?? null;
  return { status: response.status, result: parseReply(text), redirect: redirect && decodeURIComponent(redirect), body: text };
}
