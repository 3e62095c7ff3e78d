"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/button-styles";

type Props = {
  /** The portal's name and logo, on the left of the bar. */
  brand: ReactNode;
  /** What stays in the bar on every width (the notifications bell, "Ingresar"). */
  actions: ReactNode;
  /** What the bar holds from the menu's breakpoint up and the open menu holds below it (name, role, "Salir"). */
  account?: ReactNode;
  /** The main navigation's list. */
  children: ReactNode;
};

/**
 * The header's bar and its navigation. On a phone the navigation folds into one "Menú" button (a
 * disclosure: it opens below the bar and pushes the page down) so the header takes one short row; from
 * `md` up the navigation is always shown and the button does not exist, so nothing moves on a desktop.
 */
export function HeaderMenu({ brand, actions, account, children }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();
  // Following a link of the menu is a client-side navigation: the menu closes with the page it left.
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    const closeOnWiden = (event: MediaQueryListEvent) => event.matches && setOpen(false);
    const wide = window.matchMedia("(min-width: 48rem)");
    wide.addEventListener("change", closeOnWiden);
    return () => wide.removeEventListener("change", closeOnWiden);
  }, [open]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div onKeyDown={onKeyDown}>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-2 sm:px-6 md:py-4">
        {brand}
        <div className="flex items-center gap-2 md:gap-3">
          {actions}
          {account && <div className="hidden items-center gap-3 md:flex">{account}</div>}
          <button
            ref={button}
            type="button"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen(!open)}
            className={buttonClass("secondary", "shrink-0 md:hidden", "compact")}
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" className="mr-1 inline-block h-5 w-5 align-[-0.3rem]" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
              {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
            </svg>
            Menú
          </button>
        </div>
      </div>
      <div
        id={panelId}
        className={open ? "border-t border-slate-200" : "hidden border-t border-slate-200 md:block"}
        // A link to the page already shown navigates nowhere, yet the person chose: fold the menu.
        onClick={(event) => (event.target as Element).closest("a") && setOpen(false)}
      >
        <nav aria-label="Principal">{children}</nav>
        {account && <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-4 py-3 md:hidden">{account}</div>}
      </div>
    </div>
  );
}
