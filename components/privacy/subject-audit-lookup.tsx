"use client";

import { startTransition, useActionState, useId } from "react";
import { fieldAria } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TableFrame } from "@/components/ui/table-frame";
import type { ActionState } from "@/lib/auth/action";
import { formatDateTime } from "@/lib/format";
import type { SubjectAuditRow } from "@/lib/privacy/audit-lookup";

type Props = { action: (state: ActionState<SubjectAuditRow[]>, data: FormData) => Promise<ActionState<SubjectAuditRow[]>> };

/** «Who did what about this person»: the document goes in the POST body, never in the address bar. */
export function SubjectAuditLookup({ action }: Props) {
  const [state, dispatch, pending] = useActionState(action, null);
  const id = useId();
  const error = state && !state.ok ? state.fieldErrors?.documentNumber : undefined;
  const rows = state?.ok ? state.data : null;
  return (
    <div>
      <form
        noValidate
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          startTransition(() => dispatch(data));
        }}
      >
        <div className="min-w-64 flex-1">
          <label htmlFor={id} className="block text-sm font-medium">
            Documento de la persona consultada
          </label>
          <input id={id} name="documentNumber" autoComplete="off" className={inputClass} {...fieldAria(id, error)} />
          {error && (
            <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
              {error}
            </p>
          )}
        </div>
        <button type="submit" disabled={pending} className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white hover:bg-sermig-blue-dark disabled:opacity-60">
          {pending ? "Consultando…" : "Consultar la auditoría"}
        </button>
      </form>
      {state && !state.ok && !error && <FormMessage state={state} />}
      {rows && (
        <div className="mt-4">
          {rows.length === 0 ? (
            <p className="text-muted">No hay registros sobre esa persona.</p>
          ) : (
            <TableFrame label="Registros de auditoría de la persona">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Lo que se hizo con los datos de la persona, lo más reciente primero</caption>
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col" className="px-3 py-2">Fecha y hora</th>
                    <th scope="col" className="px-3 py-2">Acción</th>
                    <th scope="col" className="px-3 py-2">Persona del servicio</th>
                    <th scope="col" className="px-3 py-2">Registros</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id} className="border-t border-slate-200 align-top">
                      <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(new Date(row.at))}</td>
                      <td className="px-3 py-2">{row.label}</td>
                      <td className="px-3 py-2">{row.actorName ?? "Proceso automático"}</td>
                      <td className="px-3 py-2">{row.results ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
          )}
        </div>
      )}
    </div>
  );
}
