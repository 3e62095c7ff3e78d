import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TRANSITION_NAMES } from "@/lib/adhesion/lifecycle";
import { CASE_TRANSITION_NAMES } from "@/lib/cases/status-machine";
import { ACTION_LABELS, ENTITY_LABELS } from "./labels";

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("audit labels", () => {
  it("name in Spanish every action and entity the code records", () => {
    const recorded = new Set<string>();
    const patterns = [/action: "([a-z]+\.[A-Za-z]+)"/g, /audit\(tx, viewer, ip, "([a-z]+\.[A-Za-z]+)"/g, /\? "([a-z]+\.[A-Za-z]+)" : "([a-z]+\.[A-Za-z]+)"/g];
    const entityPattern = /entity: "([A-Z][A-Za-z]+)"/g;
    const entities = new Set<string>();
    for (const file of [...sources("lib"), ...sources("app")]) {
      const text = fs.readFileSync(file, "utf8");
      for (const pattern of patterns) for (const match of text.matchAll(pattern)) match.slice(1).forEach((name) => recorded.add(name));
      for (const match of text.matchAll(entityPattern)) entities.add(match[1]);
    }
    for (const name of TRANSITION_NAMES) recorded.add(`adhesion.${name}`);
    for (const name of CASE_TRANSITION_NAMES) recorded.add(`case.${name}`);
    expect(recorded.size).toBeGreaterThan(15);
    expect([...recorded].filter((action) => !ACTION_LABELS[action])).toEqual([]);
    expect([...entities].filter((entity) => !ENTITY_LABELS[entity])).toEqual([]);
  });
});
