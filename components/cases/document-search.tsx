"use client";

import { type ReactNode, startTransition, useActionState, useId } from "react";
import { fieldAria } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/auth/action";

type Props<T> = {
  action: (state: ActionState<T[]>, data: FormData) => Promise<ActionState<T[]>>;
  /** The matches as the page's own table shows them. */
  renderRows: (rows: T[]) => ReactNode;
  /** Where nothing was found: "su territorio", "su municipalidad". */
  scopeLabel: string;
};

/**
 * Exact search by a participant's document number. It posts to a server action and shows the
 * matches here, so the number never travels in a URL (history, logs, referrers would keep it).
 */
export function DocumentSearch<T>({ action, renderRows, scopeLabel }: Props<T>) {
  const [state, dispatch, pending] = useActionState(action, null);
  const id = useId();
  const error = state && !state.ok ? state.fieldErrors?.documento : undefined;
  const rows = state?.ok ? state.data : null;
  return (
    <section aria-labelledby={`${id}-title`} className="mt-4 rounded-xl bg-white p-5 shadow-sm">
      <h2 id={`${id}-title`} className="text-lg font-bold">
        Buscar por documento
      </h2>
      <form
        noValidate
        className="mt-2 max-w-xl"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          startTransition(() => dispatch(data));
        }}
      >
        <label htmlFor={id} className="block text-sm font-medium">
          RUN, pasaporte u otro documento
        </label>
        <p id={`${id}-hint`} className="text-sm text-muted">
          Se busca el número exacto, con o sin puntos ni guion. No queda en la dirección de la página.
        </p>
        <div className="flex gap-3">
          <input id={id} name="documento" type="text" autoComplete="off" spellCheck={false} maxLength={30} className={inputClass} {...fieldAria(id, error, true)} />
          <button type="submit" disabled={pending} className="mt-1 shrink-0 rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white hover:bg-sermig-blue-dark disabled:opacity-60">
            {pending ? "Buscando…" : "Buscar documento"}
          </button>
        </div>
        {error && (
          <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
            {error}
          </p>
        )}
      </form>
      {state && !state.ok && !error && <FormMessage state={state} />}
      {rows && (
        <div>
          <p role="status" className="mt-4 text-muted">
            {rows.length === 0 ? `Ningún caso de ${scopeLabel} tiene una persona con ese documento.` : rows.length === 1 ? "1 caso con ese documento." : `${rows.length} casos con ese documento.`}
          </p>
          {rows.length > 0 && renderRows(rows)}
        </div>
      )}
    </section>
  );
}
