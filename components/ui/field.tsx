import type { ReactNode } from "react";

export const inputClass = "mt-1 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";

type Props = { id: string; label: string; error?: string; hint?: string; children: ReactNode };

/** A labelled field with its hint and its error right below it. The input sets aria-describedby itself. */
export function Field({ id, label, error, hint, children }: Props) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

/** Props that tie an input to its Field's hint and error. */
export function describedBy(id: string, error?: string, hasHint = false) {
  const ids = [hasHint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined };
}
