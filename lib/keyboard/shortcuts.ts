/**
 * The single-key shortcuts of the inbox and of the case page, in one list per page: the handler acts
 * on them and the help dialog lists them, so the two never disagree. WCAG 2.1.4: they act only outside
 * text fields and without modifier keys, and each person can turn them off in /preferencias.
 */
export type ShortcutPage = "inbox" | "case";

export type Shortcut = {
  /** `KeyboardEvent.key` values that trigger it. */
  keys: string[];
  label: string;
  /** What it acts on: the element marked `data-shortcut="<target>"`, or a row command of the inbox. */
  target: string;
};

export const SHORTCUTS: Record<ShortcutPage, Shortcut[]> = {
  inbox: [
    { keys: ["j", "ArrowDown"], label: "Ir al caso siguiente de la lista", target: "row-next" },
    { keys: ["k", "ArrowUp"], label: "Ir al caso anterior de la lista", target: "row-previous" },
    { keys: ["Enter"], label: "Abrir el caso en que está", target: "row-open" },
    { keys: ["x"], label: "Marcar o desmarcar el caso en que está", target: "row-select" },
    { keys: ["/"], label: "Ir a la búsqueda", target: "search" },
    { keys: ["?"], label: "Mostrar esta ayuda", target: "help" },
  ],
  case: [
    { keys: ["t"], label: "Tomar el caso (asignármelo)", target: "take" },
    { keys: ["n"], label: "Escribir una nota interna", target: "note" },
    { keys: ["i"], label: "Pedir información a la municipalidad", target: "request-info" },
    { keys: ["]"], label: "Caso siguiente de la bandeja", target: "next" },
    { keys: ["["], label: "Caso anterior de la bandeja", target: "previous" },
    { keys: ["u"], label: "Volver a la bandeja", target: "inbox" },
    { keys: ["?"], label: "Mostrar esta ayuda", target: "help" },
  ],
};

/** How a key is written in the help: arrows as words a screen reader reads well. */
export const KEY_NAMES: Record<string, string> = { ArrowDown: "Flecha abajo", ArrowUp: "Flecha arriba", Enter: "Enter" };

type KeyEventLike = Pick<KeyboardEvent, "key" | "ctrlKey" | "altKey" | "metaKey" | "target"> & { getModifierState?: (key: string) => boolean };

/** Text fields, selects and editable regions keep every key for typing. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== "function") return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  if (element.closest("textarea, select, [contenteditable=''], [contenteditable='true']")) return true;
  if (element.tagName === "INPUT") return !["checkbox", "radio", "button", "submit", "reset"].includes((element as HTMLInputElement).type);
  return false;
}

/**
 * The shortcut a key press means on the page, or null. Ctrl, Alt and Meta belong to the browser and
 * assistive technology; AltGr (which some systems report as Ctrl+Alt) only writes "[" or "]" on
 * Spanish keyboards, so it counts as no modifier. Shift is part of the key itself ("?", or "J", which
 * is not "j").
 */
export function shortcutFor(page: ShortcutPage, event: KeyEventLike): Shortcut | null {
  const altGraph = event.getModifierState?.("AltGraph") ?? false;
  if ((event.ctrlKey || event.altKey || event.metaKey) && !altGraph) return null;
  if (isTypingTarget(event.target)) return null;
  return SHORTCUTS[page].find((shortcut) => shortcut.keys.includes(event.key)) ?? null;
}
