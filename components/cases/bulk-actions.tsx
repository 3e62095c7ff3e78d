"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/auth/action";
import type { BulkResult } from "@/lib/cases/bulk";
import { bulkAssignAction, bulkStatusAction } from "@/lib/cases/triage-actions";

type Props = {
  /** The id the row checkboxes point at with their `form` attribute. */
  formId: string;
  coordinators: { id: string; name: string }[];
  transitions: { value: string; label: string }[];
};

/**
 * The action bar over the inbox: assign or move the checked cases. Each case is changed on its own,
 * so the result lists, folio by folio, what was applied and what was not and why.
 */
export function BulkActions({ formId, coordinators, transitions }: Props) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<ActionState<BulkResult>>(null);
  const [pending, startTransition] = useTransition();
  const assigneeId = useId();
  const transitionId = useId();

  function run(kind: "assign" | "status") {
    const data = new FormData(form.current!);
    const casos = data.getAll("casos").map(String);
    if (casos.length === 0) {
      setState({ ok: false, error: "Marque al menos un caso en la lista." });
      return;
    }
    startTransition(async () => {
      const result =
        kind === "assign"
          ? await bulkAssignAction({ casos, assigneeId: String(data.get("assigneeId") ?? "") })
          : await bulkStatusAction({ casos, transition: String(data.get("transition") ?? "") });
      setState(result);
      if (result?.ok) {
        form.current?.reset();
        router.refresh();
      }
    });
  }

  const result = state?.ok ? state.data : null;
  const failures = result?.results.filter((r) => !r.ok) ?? [];
  return (
    <form ref={form} id={formId} noValidate onSubmit={(event) => event.preventDefault()} aria-label="Acciones sobre los casos marcados" className="mt-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <p className="text-sm font-medium">Con los casos marcados:</p>
      <div className="mt-2 flex flex-col gap-4 md:flex-row md:items-end md:gap-8">
        <div className="flex items-end gap-2">
          <div>
            <label htmlFor={assigneeId} className="block text-sm font-medium">
              Asignar a
            </label>
            <select id={assigneeId} name="assigneeId" defaultValue="" className={inputClass}>
              <option value="">Sin asignar (devolver a la cola)</option>
              {coordinators.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <button type="button" disabled={pending} onClick={() => run("assign")} className="rounded-lg border border-sermig-blue px-4 py-2 font-medium text-sermig-blue-dark hover:bg-sermig-blue-light disabled:opacity-60">
            Asignar
          </button>
        </div>
        <div className="flex items-end gap-2">
          <div>
            <label htmlFor={transitionId} className="block text-sm font-medium">
              Cambiar estado
            </label>
            <select id={transitionId} name="transition" defaultValue={transitions[0]?.value} className={inputClass}>
              {transitions.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
          </div>
          <button type="button" disabled={pending} onClick={() => run("status")} className="rounded-lg border border-sermig-blue px-4 py-2 font-medium text-sermig-blue-dark hover:bg-sermig-blue-light disabled:opacity-60">
            Aplicar
          </button>
        </div>
      </div>
      {pending && (
        <p role="status" className="mt-3 text-sm text-muted">
          Aplicando a los casos marcados…
        </p>
      )}
      <div className="mt-3">
        {state && !state.ok && <FormMessage state={state} />}
        {result && (
          <div role="status" className={`rounded-lg border px-4 py-3 ${failures.length ? "border-amber-600 bg-amber-50 text-amber-950" : "border-green-700 bg-green-50 text-green-900"}`}>
            <p className="font-medium">
              {result.applied === 1 ? "Se aplicó a 1 caso." : `Se aplicó a ${result.applied} casos.`}
              {failures.length > 0 && (failures.length === 1 ? " No se pudo en 1:" : ` No se pudo en ${failures.length}:`)}
            </p>
            {failures.length > 0 && (
              <ul className="mt-1 list-disc pl-5 text-sm">
                {failures.map((f) => (
                  <li key={f.caseId}>
                    <span className="font-medium">{f.folio ?? "Un caso que no está a su alcance"}</span>: {f.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </form>
  );
}
