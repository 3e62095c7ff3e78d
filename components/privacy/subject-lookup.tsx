"use client";

import { AppLink } from "@/components/ui/app-link";
import { startTransition, useActionState, useId, useState } from "react";
import { fieldAria } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TableFrame } from "@/components/ui/table-frame";
import type { ActionState } from "@/lib/auth/action";
import { formatDate } from "@/lib/format";
import type { SubjectRow } from "@/lib/privacy/subject";

type Found = { rows: SubjectRow[]; objections: string[] };
type Props = { action: (state: ActionState<Found>, data: FormData) => Promise<ActionState<Found>> };

const date = (value: Date | null) => (value ? formatDate(new Date(value)) : "—");

/**
 * Lookup by document number. The number goes in POST bodies only (the lookup action and the downloads),
 * never in the address bar, so it stays out of history, server logs and referrers.
 */
export function SubjectLookup({ action }: Props) {
  const [state, dispatch, pending] = useActionState(action, null);
  const [searched, setSearched] = useState("");
  const id = useId();
  const error = state && !state.ok ? state.fieldErrors?.documentNumber : undefined;
  const rows = state?.ok ? state.data.rows : null;
  const objections = state?.ok ? state.data.objections : [];

  return (
    <div>
      <form
        noValidate
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          setSearched(String(data.get("documentNumber") ?? "").trim());
          startTransition(() => dispatch(data));
        }}
      >
        <div className="min-w-64 flex-1">
          <label htmlFor={id} className="block text-sm font-medium">
            Número de documento
          </label>
          <p id={`${id}-hint`} className="text-sm text-muted">
            RUN, pasaporte u otro documento; da igual si lleva puntos, guiones o espacios.
          </p>
          <input id={id} name="documentNumber" autoComplete="off" className={inputClass} {...fieldAria(id, error, true)} />
          {error && (
            <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
              {error}
            </p>
          )}
        </div>
        <button type="submit" disabled={pending} className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white hover:bg-sermig-blue-dark disabled:opacity-60">
          {pending ? "Buscando…" : "Buscar"}
        </button>
      </form>
      {state && !state.ok && !error && <FormMessage state={state} />}

      {rows && (
        <section aria-labelledby={`${id}-results`} className="mt-6">
          <h3 id={`${id}-results`} className="text-lg font-bold">
            {rows.length === 0 ? "Sin registros" : `${rows.length} ${rows.length === 1 ? "registro" : "registros"} con ese documento`}
          </h3>
          {objections.length > 0 && (
            <p className="mt-2">
              <span className="font-medium">Oposiciones acogidas:</span> sus datos no deben usarse para {objections.join("; ")}.
            </p>
          )}
          {rows.length === 0 ? (
            <p className="mt-2 text-muted">Ningún caso del portal tiene una persona con ese número de documento. La búsqueda quedó registrada en la auditoría.</p>
          ) : (
            <>
              <TableFrame label="Registros de la persona">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">Cada fila es una persona de un caso con el documento buscado</caption>
                  <thead className="bg-slate-100">
                    <tr>
                      <th scope="col" className="px-3 py-2">Caso</th>
                      <th scope="col" className="px-3 py-2">Territorio</th>
                      <th scope="col" className="px-3 py-2">Tipo y estado</th>
                      <th scope="col" className="px-3 py-2">Fechas</th>
                      <th scope="col" className="px-3 py-2">Persona</th>
                      <th scope="col" className="px-3 py-2">Acciones</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.participantId} className="border-t border-slate-200 align-top">
                        <td className="px-3 py-2 font-medium whitespace-nowrap">
                          {row.folio ? <AppLink href={`/casos/${row.caseId}`}>{row.folio}</AppLink> : "Borrador (sin folio)"}
                          {row.legalHold && <span className="mt-1 block text-xs font-medium text-amber-900">Retención legal</span>}
                          {row.blocked && <span className="mt-1 block text-xs font-medium text-sermig-red-dark">Bloqueado</span>}
                          {row.anonymisedAt && <span className="mt-1 block text-xs text-muted">Anonimizado el {date(row.anonymisedAt)}</span>}
                        </td>
                        <td className="px-3 py-2">
                          {row.municipality}
                          <span className="block text-muted">{row.region}</span>
                        </td>
                        <td className="px-3 py-2">
                          {row.typeLabel}
                          <span className="block text-muted">{row.statusLabel}</span>
                        </td>
                        <td className="px-3 py-2 whitespace-nowrap">
                          Ingreso: {date(row.submittedAt)}
                          <span className="block text-muted">Cierre: {date(row.closedAt)}</span>
                        </td>
                        <td className="px-3 py-2">
                          <span className="font-medium">{row.fullName}</span>
                          <span className="block">
                            {row.documentType}: {row.documentNumber ?? "—"}
                          </span>
                          <span className="block text-muted">
                            {[row.nationality, row.birthDate && `nacimiento ${date(row.birthDate)}`, row.sexGender, row.relation].filter(Boolean).join(" · ")}
                          </span>
                          {row.contact && <span className="block text-muted">Contacto: {row.contact}</span>}
                        </td>
                        <td className="px-3 py-2">
                          {!row.anonymisedAt && (
                            <AppLink href={`/admin/privacidad/personas/${row.participantId}`}>
                              Rectificar<span className="sr-only"> los datos de {row.fullName} en {row.folio ?? "el borrador"}</span>
                            </AppLink>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableFrame>
              <div className="mt-4 flex flex-wrap gap-3">
                {(["json", "csv"] as const).map((format) => (
                  <form key={format} method="post" action="/admin/privacidad/exportar">
                    <input type="hidden" name="documentNumber" value={searched} />
                    <input type="hidden" name="format" value={format} />
                    <button type="submit" className="rounded-lg border border-sermig-blue px-5 py-2 font-medium text-sermig-blue-dark hover:bg-sermig-blue-light">
                      Descargar {format.toUpperCase()}
                    </button>
                  </form>
                ))}
              </div>
              <p className="mt-2 text-sm text-muted">
                La descarga contiene los datos de esta persona y la parte compartida de sus casos (sin notas ni archivos internos, ni datos de otras personas). Cada descarga queda registrada.
              </p>
            </>
          )}
        </section>
      )}
    </div>
  );
}
