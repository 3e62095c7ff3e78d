import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(full);
    return /\.(tsx?|mjs)$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("confirmations", () => {
  // Some browsers suppress window.confirm, and it cannot say what will happen: the portal's dialog
  // (components/ui/confirm-dialog.tsx) asks instead.
  it("never use the browser's window.confirm, alert or prompt", () => {
    const code = (file: string) => fs.readFileSync(file, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
    const offenders = ["app", "components", "lib"].flatMap(sources).filter((file) => /\bwindow\.(confirm|alert|prompt)\b|(?<![\w.])(confirm|prompt)\s*\(/.test(code(file)));
    expect(offenders).toEqual([]);
  });
});
