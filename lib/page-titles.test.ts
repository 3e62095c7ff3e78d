import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const read = (file: string) => fs.readFileSync(file, "utf8");

/** Pages that only send the visitor elsewhere, so they never show. */
const REDIRECT_ONLY = new Set([path.join("app", "mi-municipalidad", "page.tsx")]);

/** PageHeading, DocumentTitle and the shared components that render one for the pages using them. */
function titleComponents(): string[] {
  const wrappers = sources("components")
    .filter((file) => !file.endsWith("page-heading.tsx") && /<(PageHeading|DocumentTitle)\b/.test(read(file)))
    .flatMap((file) => [...read(file).matchAll(/export function (\w+)/g)].map((match) => match[1]));
  return ["PageHeading", "DocumentTitle", ...wrappers];
}

describe("page titles", () => {
  // Next streams metadata apart from the page, and a metadata <title> would be mounted after the page's
  // own and replace it (see components/ui/page-heading.tsx).
  it("never come from Next's metadata", () => {
    for (const file of sources("app")) {
      const text = read(file);
      expect(text, file).not.toContain("generateMetadata");
      expect(text.match(/export const metadata[^;]*;/s)?.[0] ?? "", file).not.toMatch(/\btitle\b/);
    }
  });

  it("are rendered by every page, the 404 and the error page", () => {
    const rendersTitle = new RegExp(`<(${titleComponents().join("|")})\\b`);
    const pages = sources("app").filter((file) => /(^|\/)(page|not-found|error)\.tsx$/.test(file) && !REDIRECT_ONLY.has(file));
    expect(pages.length).toBeGreaterThan(55);
    for (const page of pages) expect(rendersTitle.test(read(page)), page).toBe(true);
  });
});
