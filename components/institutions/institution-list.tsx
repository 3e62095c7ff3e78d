import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { createInstitutionAction, setInstitutionActiveAction, updateInstitutionAction } from "@/lib/institutions/actions";
import type { InstitutionRow } from "@/lib/institutions/service";
import { formatNumber } from "@/lib/format";
import { InstitutionFields } from "./institution-fields";

function Institution({ row }: { row: InstitutionRow }) {
  const named = <span className="sr-only"> «{row.name}»</span>;
  return (
    <li className={`rounded-xl border p-4 shadow-sm ${row.active ? "border-slate-200 bg-white" : "border-slate-300 bg-slate-50"}`}>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 className="text-lg font-bold">{row.name}</h3>
        {row.kind && <span className="text-sm text-muted">{row.kind}</span>}
        {!row.active && <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-bold text-slate-800">Desactivada</span>}
      </div>
      <p className="text-sm text-muted">{row.derivations === 0 ? "Ningún caso derivado." : `${formatNumber(row.derivations)} ${row.derivations === 1 ? "caso derivado" : "casos derivados"}.`}</p>
      <div className="mt-3 flex flex-wrap items-start gap-3">
        <ActionForm action={setInstitutionActiveAction} className="inline-block">
          <input type="hidden" name="id" value={row.id} />
          <input type="hidden" name="active" value={row.active ? "false" : "true"} />
          <SubmitButton variant="secondary" pendingLabel="Guardando…">
            {row.active ? "Desactivar" : "Reactivar"}
            {named}
          </SubmitButton>
        </ActionForm>
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-sermig-blue-dark">Cambiar nombre o tipo{named}</summary>
        <ActionForm action={updateInstitutionAction} successMessage="Se guardaron los cambios. Los casos ya derivados conservan el nombre con que se derivaron." className="mt-3 grid max-w-xl gap-3">
          <input type="hidden" name="id" value={row.id} />
          <InstitutionFields name={row.name} kind={row.kind} />
          <div>
            <SubmitButton>Guardar cambios</SubmitButton>
          </div>
        </ActionForm>
      </details>
    </li>
  );
}

/** The catalogue with its controls, and the form that adds an institution at its end. */
export function InstitutionList({ rows }: { rows: InstitutionRow[] }) {
  return (
    <div className="mt-6 space-y-8">
      <section aria-labelledby="nueva-institucion" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="nueva-institucion" className="text-xl font-bold">
          Agregar una institución
        </h2>
        <ActionForm action={createInstitutionAction} successMessage="Se agregó la institución. Ya aparece al derivar un caso." className="mt-3 grid max-w-xl gap-3">
          <InstitutionFields />
          <div>
            <SubmitButton>Agregar institución</SubmitButton>
          </div>
        </ActionForm>
      </section>
      <section aria-labelledby="catalogo">
        <h2 id="catalogo" className="text-2xl font-bold text-sermig-blue-dark">
          Instituciones
        </h2>
        {rows.length === 0 ? (
          <p className="mt-2 rounded-xl bg-white p-4 text-muted shadow-sm">El catálogo está vacío. Al derivar solo se podrá elegir «Otra institución».</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {rows.map((row) => (
              <Institution key={row.id} row={row} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
