"use client";

import { useEffect, useRef, useState } from "react";
import { AppLink } from "@/components/ui/app-link";
import { buttonClass } from "@/components/ui/button-styles";
import { dialogClass } from "@/components/ui/dialog-styles";
import { KEY_NAMES, SHORTCUTS, shortcutFor, type ShortcutPage } from "@/lib/keyboard/shortcuts";

const FIELD = "textarea, select, input:not([type=hidden])";
const ACTIONABLE = `button, a[href], summary, ${FIELD}`;

/**
 * Acts on an element marked `data-shortcut`: a field takes the focus, a collapsed section opens on
 * its first field, a button or link is activated; a wrapper passes it on to the first control inside.
 */
function activate(element: HTMLElement) {
  if (element instanceof HTMLDetailsElement) {
    element.open = true;
    (element.querySelector<HTMLElement>(FIELD) ?? element.querySelector<HTMLElement>("summary"))?.focus();
    return;
  }
  if (element.matches(FIELD)) return element.focus();
  if (element.matches("button, a[href]")) return element.click();
  const inner = element.querySelector<HTMLElement>(ACTIONABLE);
  if (inner) activate(inner);
}

/** The rows of the inbox's list, marked by the table, and the row the focus is in. */
function rows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>("[data-shortcut-rows] > tr")];
}

function moveRow(step: 1 | -1) {
  const all = rows();
  if (all.length === 0) return;
  const current = all.findIndex((row) => row.contains(document.activeElement));
  const next = current === -1 ? 0 : Math.min(all.length - 1, Math.max(0, current + step));
  all[next].querySelector<HTMLElement>("[data-case-link]")?.focus();
}

function currentRow(): HTMLElement | null {
  return rows().find((row) => row.contains(document.activeElement)) ?? null;
}

/** Returns whether the key was used, so the page does not also scroll or type it. */
function run(target: string, openHelp: () => void): boolean {
  switch (target) {
    case "help":
      openHelp();
      return true;
    case "row-next":
      moveRow(1);
      return true;
    case "row-previous":
      moveRow(-1);
      return true;
    case "row-open": {
      // On the case link, Enter already follows it; elsewhere in the row (the checkbox) it opens the case too.
      const row = currentRow();
      if (!row || (document.activeElement as HTMLElement | null)?.matches("a[href], button")) return false;
      row.querySelector<HTMLElement>("[data-case-link]")?.click();
      return true;
    }
    case "row-select": {
      const box = currentRow()?.querySelector<HTMLInputElement>("input[type=checkbox]");
      if (!box) return false;
      // A click, not `checked =`, so the bulk bar hears the change.
      box.click();
      return true;
    }
    default: {
      const element = document.querySelector<HTMLElement>(`[data-shortcut="${target}"]`);
      if (!element) return false;
      activate(element);
      return true;
    }
  }
}

type Props = { page: ShortcutPage; enabled: boolean };

/**
 * The keyboard shortcuts of a page and their help: a "Atajos de teclado" button that opens the list in
 * a modal dialog, which "?" also opens. With the person's preference off nothing listens to the keys.
 */
export function KeyboardShortcuts({ page, enabled }: Props) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector("dialog[open]")) return;
      const shortcut = shortcutFor(page, event);
      if (shortcut && run(shortcut.target, () => setOpen(true))) event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [enabled, page]);

  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className={buttonClass("secondary", "px-3 py-1.5 text-sm")}>
        Atajos de teclado
      </button>
      {open && <ShortcutHelp page={page} enabled={enabled} onClose={() => setOpen(false)} />}
    </>
  );
}

function ShortcutHelp({ page, enabled, onClose }: { page: ShortcutPage; enabled: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    opener.current = document.activeElement;
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (opener.current instanceof HTMLElement) opener.current.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby="atajos-titulo"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className={dialogClass}
    >
      <h2 id="atajos-titulo" className="text-xl font-bold">
        Atajos de teclado
      </h2>
      {!enabled && <p className="mt-3 font-medium">Los atajos están desactivados en sus preferencias: estas teclas no hacen nada por ahora.</p>}
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        {SHORTCUTS[page].map((shortcut) => (
          <div key={shortcut.target} className="contents">
            <dt className="whitespace-nowrap">
              {shortcut.keys.map((key, i) => (
                <span key={key}>
                  {i > 0 && " o "}
                  <kbd className="rounded border border-slate-400 bg-slate-50 px-1.5 py-0.5 font-mono text-sm">{KEY_NAMES[key] ?? key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{shortcut.label}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-sm text-muted">
        Las teclas no actúan mientras escribe en un campo ni junto con Ctrl, Alt o Cmd. Puede {enabled ? "desactivarlas" : "activarlas"} en{" "}
        <AppLink href="/preferencias#atajos">Preferencias</AppLink>.
      </p>
      <div className="mt-6 flex justify-end">
        <button type="button" autoFocus onClick={onClose} className={buttonClass("primary")}>
          Cerrar
        </button>
      </div>
    </dialog>
  );
}
