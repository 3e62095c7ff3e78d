/** First-load JavaScript per route, read from the production build in .next/ and gzipped as served. */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { type BundleResult, firstLoadFiles, parseClientReferenceManifest } from "./stats";

/** The budget covers the pages officers and coordinators use; the admin back office is outside it. */
const budgeted = (route: string) => !route.startsWith("/admin");

function pageManifests(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...pageManifests(full));
    else if (entry.name === "page_client-reference-manifest.js") found.push(full);
  }
  return found;
}

export function measureBundles(nextDir = path.resolve(".next")): BundleResult[] {
  const build = JSON.parse(fs.readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const gzipped = new Map<string, number>();
  const sizeOf = (file: string) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(fs.readFileSync(path.join(nextDir, file))).length);
    return gzipped.get(file)!;
  };
  return pageManifests(path.join(nextDir, "server", "app"))
    .map((file) => {
      const { route, entryJSFiles } = parseClientReferenceManifest(fs.readFileSync(file, "utf8"));
      const name = route.replace(/\/page$/, "") || "/";
      const bytes = firstLoadFiles(build.rootMainFiles, entryJSFiles).reduce((sum, chunk) => sum + sizeOf(chunk), 0);
      return { route: name, gzipBytes: bytes, budgeted: budgeted(name) };
    })
    .filter((b) => !["/_not-found", "/_global-error"].includes(b.route))
    .sort((a, b) => a.route.localeCompare(b.route));
}
