"use client";

import { useCallback, useId, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from "react";
import { buttonClass } from "./button-styles";
import { dialogClass } from "./dialog-styles";

/** What a person is asked before a step they cannot undo: what will happen, and what is missing. */
export type Confirmation = {
  title: string;
  body?: ReactNode;
  /** Facts to weigh before confirming, shown as a list (e.g. "3 de 11 acciones aprobadas"). */
  details?: string[];
  confirmLabel?: string;
  tone?: "danger" | "primary";
};

/** A bare question becomes the body of a dialog with a neutral title. */
export function toConfirmation(confirmation: string | Confirmation): Confirmation {
  return typeof confirmation === "string" ? { title: "Confirme antes de continuar", body: confirmation } : confirmation;
}

type Open = Confirmation & { resolve: (confirmed: boolean) => void; opener: Element | null };

/**
 * The portal's confirmation: a modal `<dialog>` (focus kept inside, Escape cancels, announced by its
 * title and text) instead of `window.confirm`, which some browsers suppress and which cannot say what
 * will happen. `ask` resolves true only when the person chose the confirming button.
 */
export function useConfirm() {
  const [open, setOpen] = useState<Open | null>(null);
  const ask = useCallback(
    (confirmation: string | Confirmation) =>
      new Promise<boolean>((resolve) => setOpen({ ...toConfirmation(confirmation), resolve, opener: document.activeElement })),
    [],
  );
  const close = (confirmed: boolean) => {
    if (!open) return;
    open.resolve(confirmed);
    setOpen(null);
    // The dialog leaves the page instead of closing in place, so focus goes back by hand.
    if (open.opener instanceof HTMLElement) open.opener.focus();
  };
  return { ask, dialog: open ? <ConfirmDialog confirmation={open} onClose={close} /> : null };
}

/**
 * For a plain `<form action>`: asks before the submit goes on, then submits again with the same button.
 * `confirmation` undefined lets the form submit without asking (e.g. reactivating an account).
 */
export function useConfirmedSubmit(confirmation: string | Confirmation | undefined) {
  const { ask, dialog } = useConfirm();
  const confirmed = useRef(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!confirmation || confirmed.current) {
      confirmed.current = false;
      return;
    }
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void ask(confirmation).then((ok) => {
      if (!ok) return;
      confirmed.current = true;
      form.requestSubmit(submitter instanceof HTMLElement ? submitter : undefined);
    });
  };
  return { onSubmit, dialog };
}

/**
 * A modal dialog makes the page behind it inert, but Tab past its last button still leaves it for the
 * browser's own controls; the dialog pattern has Tab go round its own controls instead.
 */
function keepTabInside(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== "Tab") return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>("button:not([disabled]), [href], input, select, textarea")];
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

function ConfirmDialog({ confirmation, onClose }: { confirmation: Confirmation; onClose: (confirmed: boolean) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const { title, body, details, confirmLabel = "Confirmar", tone = "danger" } = confirmation;
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onClose(false);
      }}
      onKeyDown={keepTabInside}
      className={dialogClass}
    >
      <h2 id={titleId} className="text-xl font-bold">
        {title}
      </h2>
      <div id={bodyId} className="mt-3 space-y-2">
        {body && <div>{body}</div>}
        {details && details.length > 0 && (
          <ul className="list-disc space-y-1 pl-5">
            {details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="mt-6 flex flex-wrap justify-end gap-3">
        {/* Cancelling is the safe default, so it holds the focus when the dialog opens. */}
        <button type="button" autoFocus className={buttonClass("secondary")} onClick={() => onClose(false)}>
          Cancelar
        </button>
        <button type="button" className={buttonClass(tone === "danger" ? "danger" : "primary")} onClick={() => onClose(true)}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
