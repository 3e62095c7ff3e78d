import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Where a query string is read: the page prop awaited, or a route handler's URL. */
const READ = /await searchParams\b|\.searchParams\b|useSearchParams\(/;

describe("query strings", () => {
  it("are read only through parseQuery(), in every page, route handler and component", () => {
    const offending = ["app", "components", "lib"]
      .flatMap((dir) => sources(dir))
      .filter((file) => !file.startsWith(path.join("lib", "query")))
      .flatMap((file) =>
        fs
          .readFileSync(file, "utf8")
          .split("\n")
          .map((line, i) => ({ where: `${file}:${i + 1}`, line }))
          .filter(({ line }) => READ.test(line) && !/parseQuery\(\w+, (await searchParams|request\.nextUrl\.searchParams)\)/.test(line)),
      )
      .filter(({ line }) => !/\bsearchParams\.set\(/.test(line));
    expect(offending.map(({ where, line }) => `${where}: ${line.trim()}`)).toEqual([]);
  });
});
