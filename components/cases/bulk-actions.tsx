"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition, type FormEvent } from "react";
import { AppLink } from "@/components/ui/app-link";
import { buttonClass } from "@/components/ui/button-styles";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/auth/action";
import type { BulkResult } from "@/lib/cases/bulk";
import { bulkAssignAction, bulkPriorityAction, bulkStatusAction, bulkUnassignAction } from "@/lib/cases/triage-actions";
import { formatNumber } from "@/lib/format";

type Option = { value: string; label: string };

type Props = {
  /** The id the row checkboxes point at with their `form` attribute. */
  formId: string;
  /** The list on screen (its query string): a selection belongs to one list, so another view, filter or page starts afresh. */
  list: string;
  coordinators: { id: string; name: string }[];
  transitions: Option[];
  priorities: Option[];
  /** Rows of the page on screen. */
  pageRows: number;
  /** Every case of the view under the filters, for "select all that match". */
  matching: {
    total: number;
    /** The most one bulk step takes. */
    limit: number;
    /** The inbox's query string, which the server re-runs at confirmation. */
    filtros: string;
    /** When the page was drawn: cases changed after it are reported, not changed. */
    seleccion: string;
    /** The filters in use, in words, for the confirmation. */
    criteria: string[];
  };
};

type Operation = "assign" | "unassign" | "status" | "priority";

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${formatNumber(n)} ${many}`);
const smallButton = buttonClass("secondary", "px-3 py-1.5 text-sm");
const smallSelect = "min-w-0 max-w-56 rounded-lg border border-slate-400 bg-white px-2 py-1.5 text-sm";

/**
 * The action bar of the inbox. It shows once a row is checked, and then offers every case that matches
 * the filters, across pages. Each case is changed on its own, so the result lists, folio by folio, what
 * was applied and what was not and why.
 */
export function BulkActions({ formId, list, coordinators, transitions, priorities, pageRows, matching }: Props) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [checked, setChecked] = useState(0);
  const [allMatching, setAllMatching] = useState(false);
  const [state, setState] = useState<ActionState<BulkResult>>(null);
  const [pending, startTransition] = useTransition();
  const { ask, dialog } = useConfirm();
  const ids = { assignee: useId(), transition: useId(), priority: useId() };
  // Tabs and pages navigate in place, keeping this bar mounted: forget the last list's selection and report.
  const [shownList, setShownList] = useState(list);
  if (shownList !== list) {
    setShownList(list);
    setAllMatching(false);
    setState(null);
  }

  // The row boxes are server-rendered outside this form (they join it by its id): watch them.
  useEffect(() => {
    const recount = () => {
      const boxes = [...document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="casos"][form="${formId}"]`)];
      const count = boxes.filter((box) => box.checked).length;
      const all = document.querySelector<HTMLInputElement>(`input[data-select-all][form="${formId}"]`);
      if (all) {
        all.checked = count > 0 && count === boxes.length;
        all.indeterminate = count > 0 && count < boxes.length;
      }
      setChecked(count);
      if (count < boxes.length) setAllMatching(false);
    };
    const onChange = (event: Event) => {
      if ((event.target as HTMLInputElement | null)?.getAttribute?.("form") === formId) recount();
    };
    recount();
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, [formId, list]);

  const selected = allMatching ? matching.total : checked;
  const result = state?.ok ? state.data : null;
  const visible = selected > 0 || state !== null || pending;

  function describe(operation: Operation, data: FormData): string {
    const option = (list: Option[], value: FormDataEntryValue | null) => list.find((o) => o.value === value)?.label ?? "";
    switch (operation) {
      case "assign":
        return `Asignarlos a ${coordinators.find((c) => c.id === data.get("assigneeId"))?.name ?? ""}.`;
      case "unassign":
        return "Quitarles la persona responsable: vuelven a «Sin asignar».";
      case "status":
        return `${option(transitions, data.get("transition"))}.`;
      case "priority":
        return `Cambiar su prioridad a ${option(priorities, data.get("priority")).toLowerCase()}.`;
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const operation = (submitter?.value ?? "assign") as Operation;
    const data = new FormData(event.currentTarget);
    const casos = data.getAll("casos").map(String);
    if (!allMatching && casos.length === 0) {
      setState({ ok: false, error: "Marque al menos un caso en la lista." });
      return;
    }
    const target = allMatching ? { filtros: matching.filtros, seleccion: matching.seleccion, esperados: String(matching.total) } : { casos };
    if (allMatching) {
      const confirmed = await ask({
        title: `¿Aplicar a los ${formatNumber(matching.total)} casos que coinciden?`,
        body: describe(operation, data),
        details: [
          ...matching.criteria,
          "Se aplica a los casos que coincidan al confirmar. Los que alguien haya modificado desde que cargó esta página no se cambian: aparecen en el informe.",
        ],
        confirmLabel: `Aplicar a ${plural(matching.total, "caso", "casos")}`,
        tone: "primary",
      });
      if (!confirmed) return;
    }
    startTransition(async () => {
      const outcome =
        operation === "assign"
          ? await bulkAssignAction({ ...target, assigneeId: String(data.get("assigneeId") ?? "") })
          : operation === "unassign"
            ? await bulkUnassignAction(target)
            : operation === "status"
              ? await bulkStatusAction({ ...target, transition: String(data.get("transition") ?? "") })
              : await bulkPriorityAction({ ...target, priority: String(data.get("priority") ?? "") });
      setState(outcome);
      if (outcome?.ok) {
        form.current?.reset();
        setAllMatching(false);
        setChecked(0);
        router.refresh();
      }
    });
  }

  const everyRowChecked = checked > 0 && checked === pageRows;
  const announcement = selected === 0 ? "" : allMatching ? `${plural(selected, "caso seleccionado", "casos seleccionados")}: todos los que coinciden` : plural(selected, "caso seleccionado", "casos seleccionados");

  return (
    <>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <form
        ref={form}
        id={formId}
        noValidate
        hidden={!visible}
        onSubmit={onSubmit}
        aria-label="Acciones sobre los casos seleccionados"
        className="mt-3 rounded-xl border border-sermig-blue bg-white p-3 shadow-md sm:sticky sm:top-0 sm:z-10"
      >
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
          <p className="font-bold">{selected > 0 ? `${plural(selected, "caso seleccionado", "casos seleccionados")}${allMatching ? " (todos los que coinciden)" : ""}` : "Ningún caso seleccionado"}</p>
          {everyRowChecked && !allMatching && matching.total > pageRows && (
            matching.total <= matching.limit ? (
              <button type="button" onClick={() => setAllMatching(true)} className="font-medium text-sermig-blue-dark underline">
                Seleccionar los {formatNumber(matching.total)} casos que coinciden
              </button>
            ) : (
              <p className="text-muted">
                Coinciden {formatNumber(matching.total)} casos; una acción masiva llega a {formatNumber(matching.limit)} como máximo. Acote los filtros para aplicarla a todos.
              </p>
            )
          )}
          {allMatching && (
            <button type="button" onClick={() => setAllMatching(false)} className="font-medium text-sermig-blue-dark underline">
              Solo los {plural(checked, "marcado", "marcados")} en esta página
            </button>
          )}
        </div>
        <div className="mt-2 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
          <span className="flex min-w-0 flex-wrap items-center gap-2">
            <label htmlFor={ids.assignee} className="whitespace-nowrap">
              Asignar a
            </label>
            <select id={ids.assignee} name="assigneeId" defaultValue={coordinators[0]?.id} className={smallSelect}>
              {coordinators.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            <button type="submit" name="operacion" value="assign" disabled={pending || coordinators.length === 0} className={smallButton}>
              Asignar
            </button>
          </span>
          <button type="submit" name="operacion" value="unassign" disabled={pending} className={smallButton}>
            Quitar responsable
          </button>
          <span className="flex min-w-0 flex-wrap items-center gap-2">
            <label htmlFor={ids.transition}>Estado</label>
            <select id={ids.transition} name="transition" defaultValue={transitions[0]?.value} className={smallSelect}>
              {transitions.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </select>
            <button type="submit" name="operacion" value="status" disabled={pending} className={smallButton}>
              Aplicar
            </button>
          </span>
          <span className="flex min-w-0 flex-wrap items-center gap-2">
            <label htmlFor={ids.priority}>Prioridad</label>
            <select id={ids.priority} name="priority" defaultValue={priorities[priorities.length - 1]?.value} className={smallSelect}>
              {priorities.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </select>
            <button type="submit" name="operacion" value="priority" disabled={pending} className={smallButton}>
              Cambiar prioridad
            </button>
          </span>
        </div>
        {pending && (
          <p role="status" className="mt-2 text-sm text-muted">
            Aplicando a {plural(selected, "caso", "casos")}…
          </p>
        )}
        {state && !state.ok && (
          <div className="mt-2">
            <FormMessage state={state} />
          </div>
        )}
        {result && <BulkReport result={result} onClose={() => setState(null)} />}
        {dialog}
      </form>
    </>
  );
}

/** What happened to each case: those not changed first, with why, then those changed; each links to its case. */
function BulkReport({ result, onClose }: { result: BulkResult; onClose: () => void }) {
  const failures = result.results.filter((r) => !r.ok);
  const applied = result.results.filter((r) => r.ok);
  const left = result.matching && result.matching.expected !== null ? result.matching.expected - result.matching.now : 0;
  const caseLink = (r: BulkResult["results"][number]) => (r.folio ? <AppLink href={`/casos/${r.caseId}`}>{r.folio}</AppLink> : <span>Un caso que no está a su alcance</span>);
  return (
    <div className={`mt-3 rounded-lg border px-4 py-3 text-sm ${failures.length || left > 0 ? "border-amber-600 bg-amber-50 text-amber-950" : "border-green-700 bg-green-50 text-green-900"}`}>
      <p role="status" className="font-medium">
        {`Se aplicó a ${plural(result.applied, "caso", "casos")}.`}
        {failures.length > 0 && ` No se aplicó a ${failures.length}.`}
        {left > 0 && ` ${plural(left, "caso dejó", "casos dejaron")} de coincidir con los filtros desde que hizo la selección y no se tocó.`}
      </p>
      {failures.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {failures.map((f) => (
            <li key={f.caseId}>
              {caseLink(f)}: {f.message}
            </li>
          ))}
        </ul>
      )}
      {applied.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer font-medium">Ver los casos modificados</summary>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {applied.map((r) => (
              <li key={r.caseId}>{caseLink(r)}</li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" onClick={onClose} className="mt-2 font-medium underline">
        Cerrar el informe
      </button>
    </div>
  );
}
