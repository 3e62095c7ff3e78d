"use client";

import { useRouter } from "next/navigation";
import { createContext, startTransition, useActionState, useContext, useEffect, useRef, type ReactNode } from "react";
import type { ActionState } from "@/lib/auth/action";
import { buttonClass, type ButtonVariant } from "./button-styles";
import { useConfirm, type Confirmation } from "./confirm-dialog";
import { FormMessage } from "./form-message";

type FormContext = { state: ActionState<unknown>; pending: boolean };
const Context = createContext<FormContext>({ state: null, pending: false });

type Props = {
  action: (state: ActionState<unknown>, data: FormData) => Promise<ActionState<unknown>>;
  children: ReactNode;
  className?: string;
  /** Shown after a successful submit. */
  successMessage?: string;
  /**
   * Asked in the portal's dialog before submitting, for steps that cannot be undone. A function (from
   * client components only) decides from what is about to be sent, and asks nothing when it returns
   * undefined: e.g. only when saving would erase something.
   */
  confirm?: string | Confirmation | ((data: FormData) => string | Confirmation | undefined);
};

/**
 * A form bound to a server action. It submits by hand rather than through `<form action>` so that a
 * refused submit keeps everything the person typed; after success it clears itself and refreshes the
 * page's data.
 */
export function ActionForm({ action, children, className, successMessage, confirm: confirmation }: Props) {
  const [state, dispatch, pending] = useActionState(action, null);
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const { ask, dialog } = useConfirm();
  useEffect(() => {
    if (state?.ok) {
      form.current?.reset();
      router.refresh();
    }
  }, [state, router]);
  const shown = state?.ok ? (successMessage ? { ...state, message: successMessage } : null) : state;
  return (
    <form
      ref={form}
      noValidate
      className={className ?? "space-y-4"}
      onSubmit={async (event) => {
        event.preventDefault();
        // Read before asking: what is sent is what the person saw when they chose to submit.
        const data = new FormData(event.currentTarget);
        const question = typeof confirmation === "function" ? confirmation(data) : confirmation;
        if (question && !(await ask(question))) return;
        startTransition(() => dispatch(data));
      }}
    >
      <Context value={{ state, pending }}>
        <FormMessage state={shown} />
        {children}
      </Context>
      {dialog}
    </form>
  );
}

/** Ties an input to its hint and error (ids `<id>-hint`, `<id>-error`). */
export function fieldAria(id: string, error?: string, hasHint = false) {
  const describedBy = [hasHint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy };
}

/** The error for one field of the surrounding ActionForm, and the attributes that tie it to the input. */
export function useFieldError(name: string, id: string, hasHint = false) {
  const { state } = useContext(Context);
  const error = state && !state.ok ? state.fieldErrors?.[name] : undefined;
  return { error, inputProps: fieldAria(id, error, hasHint) };
}

export function SubmitButton({ children, pendingLabel = "Guardando…", variant = "primary" }: { children: ReactNode; pendingLabel?: string; variant?: ButtonVariant }) {
  const { pending } = useContext(Context);
  return (
    <button type="submit" disabled={pending} className={buttonClass(variant)}>
      {pending ? pendingLabel : children}
    </button>
  );
}
