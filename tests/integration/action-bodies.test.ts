/**
 * The server gives an action more than a small body only when lib/auth/action-bodies.json names it:
 * every action whose schema takes a File must be there (or its uploads are refused), and nothing else
 * but the listed long lists (or any caller may send it megabytes).
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import bodies from "@/lib/auth/action-bodies.json";
import { discoverActions, type DiscoveredAction } from "@/tests/helpers/actions";
import { acceptsFile } from "@/tests/helpers/schema-files";

vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => null, requireViewer: async () => null }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => {} }) }));

let actions: DiscoveredAction[] = [];
const name = ({ file, exportName }: DiscoveredAction) => `${file}#${exportName}`;

beforeAll(async () => {
  actions = await discoverActions();
});

describe("actions allowed a large body", () => {
  it("are exactly the actions that accept a file, as uploads", () => {
    expect(actions.length).toBeGreaterThan(10);
    const withFiles = actions.filter((action) => acceptsFile(action.meta!.input)).map(name);
    expect(withFiles).toContain("lib/cases/actions.ts#addCaseAttachmentAction");
    expect([...bodies.uploads].sort()).toEqual(withFiles.sort());
  });

  it("as long lists, are actions that exist and take no file", () => {
    for (const listed of bodies.lists) {
      const action = actions.find((candidate) => name(candidate) === listed);
      expect(action, listed).toBeDefined();
      expect(acceptsFile(action!.meta!.input), listed).toBe(false);
    }
  });
});
