import type { Viewer } from "@/lib/auth/viewer";
import { keyboardShortcutsEnabled } from "@/lib/preferences/keyboard";
import { KeyboardShortcuts } from "./keyboard-shortcuts";

/**
 * The case page's shortcuts, mounted with one line: they act on the controls marked
 * `data-shortcut="take" | "note" | "request-info" | "next" | "previous" | "inbox"`, wherever the page puts them.
 */
export async function CaseShortcuts({ viewer }: { viewer: Viewer }) {
  return (
    <div className="flex justify-end">
      <KeyboardShortcuts page="case" enabled={await keyboardShortcutsEnabled(viewer)} />
    </div>
  );
}
