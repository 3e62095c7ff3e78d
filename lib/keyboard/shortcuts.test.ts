import { describe, expect, it } from "vitest";
import { SHORTCUTS, shortcutFor } from "./shortcuts";

/** A stand-in for the element a key press lands on, as `closest`/`tagName` see it. */
function element(tagName: string, { type = "", editable = false, inside = "" } = {}) {
  return {
    tagName,
    type,
    isContentEditable: editable,
    closest: (selector: string) => (selector.split(",").some((part) => part.trim().startsWith(tagName.toLowerCase()) || (inside && part.includes(inside))) ? {} : null),
  } as unknown as EventTarget;
}

const press = (key: string, target: EventTarget, modifiers: Partial<Record<"ctrlKey" | "altKey" | "metaKey", boolean>> = {}, altGraph = false) => ({
  key,
  target,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...modifiers,
  getModifierState: (name: string) => name === "AltGraph" && altGraph,
});

describe("single-key shortcuts (WCAG 2.1.4)", () => {
  const link = element("A");
  it("act outside text fields", () => {
    expect(shortcutFor("inbox", press("j", link))?.target).toBe("row-next");
    expect(shortcutFor("inbox", press("ArrowUp", link))?.target).toBe("row-previous");
    expect(shortcutFor("inbox", press("x", element("INPUT", { type: "checkbox" })))?.target).toBe("row-select");
    expect(shortcutFor("case", press("t", link))?.target).toBe("take");
  });

  it("leave every key to a text field, a select or an editable region", () => {
    expect(shortcutFor("inbox", press("j", element("INPUT", { type: "search" })))).toBeNull();
    expect(shortcutFor("inbox", press("/", element("INPUT", { type: "text" })))).toBeNull();
    expect(shortcutFor("case", press("n", element("TEXTAREA")))).toBeNull();
    expect(shortcutFor("inbox", press("j", element("SELECT")))).toBeNull();
    expect(shortcutFor("case", press("t", element("DIV", { editable: true })))).toBeNull();
  });

  it("never take a key held with Ctrl, Alt or Cmd, nor a capital letter, but let AltGr write brackets", () => {
    expect(shortcutFor("inbox", press("j", link, { ctrlKey: true }))).toBeNull();
    expect(shortcutFor("inbox", press("j", link, { metaKey: true }))).toBeNull();
    expect(shortcutFor("case", press("u", link, { altKey: true }))).toBeNull();
    expect(shortcutFor("inbox", press("J", link))).toBeNull();
    expect(shortcutFor("case", press("]", link, { ctrlKey: true, altKey: true }, true))?.target).toBe("next");
  });

  it("list each key once per page, so the help and the handler agree", () => {
    for (const list of Object.values(SHORTCUTS)) {
      const keys = list.flatMap((s) => s.keys);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});
