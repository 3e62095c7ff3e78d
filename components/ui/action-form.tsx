"use client";

import { useRouter } from "next/navigation";
import { createContext, startTransition, useActionState, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import type { ActionState } from "@/lib/auth/action";
import { buttonClass, type ButtonVariant } from "./button-styles";
import { useConfirm, type Confirmation } from "./confirm-dialog";
import { ErrorSummary } from "./error-summary";
import { FormMessage } from "./form-message";

type FormContext = {
  state: ActionState<unknown>;
  pending: boolean;
  /** The SubmitButton that sent the pending submit, so only it says what is happening. */
  submitter: string | null;
  /** The errors to show now: the server's (until the field is edited) and the browser's own checks. */
  errors: Record<string, string>;
  /** A check made in the browser (a file too large): shown like the server's, and it holds the submit back. */
  setLocalError: (name: string, message: string | undefined) => void;
};
const Context = createContext<FormContext>({ state: null, pending: false, submitter: null, errors: {}, setLocalError: () => {} });

/** Asked before submitting: fixed, or chosen from what is about to be sent (null sends without asking). */
type Confirm = string | Confirmation | ((data: FormData) => string | Confirmation | null | undefined);

type Props = {
  action: (state: ActionState<unknown>, data: FormData) => Promise<ActionState<unknown>>;
  children: ReactNode;
  className?: string;
  /** Shown after a successful submit. */
  successMessage?: string;
  /** Asked in the portal's dialog before submitting, for steps that cannot be undone. */
  confirm?: Confirm;
  /** Runs after the form is read and before it is sent, e.g. to wait for an autosave and add its version. */
  prepare?: (data: FormData) => Promise<void>;
  /** After a refused submit, so a form that saves itself can go on doing so. */
  onSettled?: () => void;
};

const SUBMITTER = "data-submit-id";
const REVIEW = "Revise los datos marcados.";

/** The line under the summary's title: the refusal's own reason, unless it only repeats a field's message. */
function summaryIntro(state: ActionState<unknown>): string {
  if (!state || state.ok || Object.values(state.fieldErrors ?? {}).includes(state.error)) return REVIEW;
  return state.error;
}

/** Field errors minus those the person has since edited, plus the browser's own. */
function currentErrors(state: ActionState<unknown>, edited: Set<string>, local: Record<string, string>) {
  const server = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const shown: Record<string, string> = {};
  for (const [name, message] of Object.entries(server)) if (!edited.has(name)) shown[name] = message;
  return { ...shown, ...local };
}

/**
 * A form bound to a server action. It submits by hand rather than through `<form action>` so that a
 * refused submit keeps everything the person typed; after success it clears itself and refreshes the
 * page's data. A refused submit puts a summary of its errors at the top and moves focus there, each
 * error next to its field; an error goes away as soon as its field is edited.
 */
export function ActionForm({ action, children, className, successMessage, confirm: confirmation, prepare, onSettled }: Props) {
  const [state, dispatch, pending] = useActionState(action, null);
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const message = useRef<HTMLDivElement>(null);
  const { ask, dialog } = useConfirm();
  const [submitter, setSubmitter] = useState<string | null>(null);
  const [edited, setEdited] = useState<Set<string>>(() => new Set());
  const [local, setLocal] = useState<Record<string, string>>({});
  // Bumped on each refused attempt, so the summary takes focus again even when the errors are the same.
  const [attempt, setAttempt] = useState(0);
  const settled = useRef(onSettled);
  useEffect(() => {
    settled.current = onSettled;
  });

  // A new refusal: every field shows its error again, and the summary takes focus (see below).
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (state && !state.ok) {
      setEdited(new Set());
      setAttempt(attempt + 1);
    } else if (state?.ok) {
      setAttempt(0);
    }
  }

  useEffect(() => {
    if (state?.ok) {
      form.current?.reset();
      router.refresh();
    } else if (state) {
      settled.current?.();
    }
  }, [state, router]);

  const errors = useMemo(() => currentErrors(state, edited, local), [state, edited, local]);
  const errorCount = Object.keys(errors).length;

  useEffect(() => {
    if (attempt === 0) return;
    (summary.current ?? message.current)?.focus();
  }, [attempt]);

  const setLocalError = useCallback((name: string, error: string | undefined) => {
    setLocal((current) => {
      if (current[name] === error) return current;
      const next = { ...current };
      if (error) next[name] = error;
      else delete next[name];
      return next;
    });
  }, []);

  const markEdited = (target: EventTarget) => {
    const name = (target as HTMLInputElement).name;
    if (!name) return;
    setEdited((current) => (current.has(name) ? current : new Set(current).add(name)));
  };

  const shown = state?.ok ? (successMessage ? { ...state, message: successMessage } : null) : state;
  // The summary replaces the general "review the marked fields" banner; other refusals keep the banner.
  const banner = shown && !shown.ok && errorCount > 0 ? null : shown;
  return (
    <form
      ref={form}
      noValidate
      className={className ?? "space-y-4"}
      onInput={(event) => markEdited(event.target)}
      onChange={(event) => markEdited(event.target)}
      onSubmit={async (event) => {
        event.preventDefault();
        if (pending) return;
        // A file the browser already knows the server would refuse holds everything back.
        if (Object.keys(local).length > 0) {
          setAttempt((n) => n + 1);
          return;
        }
        const button = (event.nativeEvent as SubmitEvent).submitter;
        // Read before asking: what is sent is what the person saw when they chose to submit.
        const data = new FormData(event.currentTarget, button);
        const question = typeof confirmation === "function" ? confirmation(data) : confirmation;
        if (question && !(await ask(question))) return;
        setSubmitter(button?.getAttribute(SUBMITTER) ?? null);
        await prepare?.(data);
        startTransition(() => dispatch(data));
      }}
    >
      <Context value={{ state, pending, submitter, errors, setLocalError }}>
        {errorCount > 0 && attempt > 0 ? <ErrorSummary ref={summary} errors={errors} form={form} intro={summaryIntro(state)} /> : null}
        <div ref={message} tabIndex={-1} className="outline-none empty:hidden">
          <FormMessage state={banner} />
        </div>
        {children}
      </Context>
      {dialog}
    </form>
  );
}

/** Ties an input to its hint and error (ids `<id>-hint`, `<id>-error`), and to more descriptions if given. */
export function fieldAria(id: string, error?: string, hasHint = false, ...more: (string | false | undefined)[]) {
  const describedBy = [hasHint && `${id}-hint`, ...more, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy };
}

/** The error for one field of the surrounding ActionForm, and the attributes that tie it to the input. */
export function useFieldError(name: string, id: string, hasHint = false) {
  const { errors } = useContext(Context);
  const error = errors[name];
  return { error, inputProps: fieldAria(id, error, hasHint) };
}

/** For fields that check themselves in the browser (see FileField). */
export function useLocalError() {
  return useContext(Context).setLocalError;
}

type SubmitProps = { children: ReactNode; pendingLabel?: string; variant?: ButtonVariant; name?: string; value?: string; shortcut?: string };

/**
 * A submit button that, while its own submit is on its way, says so (`pendingLabel`); the form's other
 * buttons are only disabled. `name`/`value` travel with the form, as for a native submit button;
 * `shortcut` is the name a keyboard shortcut finds the button by (data-shortcut).
 */
export function SubmitButton({ children, pendingLabel = "Guardando…", variant = "primary", name, value, shortcut }: SubmitProps) {
  const { pending, submitter } = useContext(Context);
  const id = useId();
  const mine = pending && (submitter === id || submitter === null);
  return (
    <button type="submit" name={name} value={value} disabled={pending} aria-disabled={pending || undefined} className={buttonClass(variant)} data-shortcut={shortcut} {...{ [SUBMITTER]: id }}>
      {mine ? pendingLabel : children}
    </button>
  );
}
