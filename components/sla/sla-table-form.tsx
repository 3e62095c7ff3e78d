import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { TableFrame } from "@/components/ui/table-frame";
import { CASE_TYPES, PRIORITY_LABELS } from "@/lib/cases/catalogue";
import { firstField, resolutionField, SLA_PRIORITIES, type SlaCell } from "@/lib/cases/sla-policy";
import { saveSlaTableAction } from "@/lib/cases/triage-actions";
import { SlaDayInput } from "./sla-day-input";

/** The national SLA table: one row per case type and priority, both targets in working days. */
export function SlaTableForm({ cells }: { cells: SlaCell[] }) {
  const types = [...new Set(cells.map((c) => c.type))];
  const cell = (type: SlaCell["type"], priority: SlaCell["priority"]) => cells.find((c) => c.type === type && c.priority === priority)!;
  return (
    <ActionForm action={saveSlaTableAction} successMessage="Se guardó la tabla. Los plazos de los casos abiertos se recalcularon con ella." className="mt-6 space-y-4">
      <div className="max-w-3xl">
        <TableFrame label="Plazos por tipo de caso y prioridad">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Plazos en días hábiles por tipo de caso y prioridad</caption>
            <thead className="border-b border-slate-200 bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-3">
                  Prioridad
                </th>
                <th scope="col" className="px-3 py-3">
                  Primera respuesta <span className="block font-normal text-muted">días hábiles</span>
                </th>
                <th scope="col" className="px-3 py-3">
                  Resolución <span className="block font-normal text-muted">días hábiles</span>
                </th>
              </tr>
            </thead>
            {/* One group per case type: its name heads the group, so the table stays three columns wide on a phone. */}
            {types.map((type) => (
              <tbody key={type} className="border-b border-slate-300 last:border-0">
                <tr>
                  <th scope="rowgroup" colSpan={3} className="bg-sermig-blue-light/50 px-3 pt-3 pb-2">
                    {CASE_TYPES[type].label}
                    {CASE_TYPES[type].sensitive && <span className="ml-2 text-xs font-normal text-muted">caso sensible</span>}
                  </th>
                </tr>
                {SLA_PRIORITIES.map((priority) => {
                  const current = cell(type, priority);
                  const where = `${CASE_TYPES[type].label}, prioridad ${PRIORITY_LABELS[priority].toLowerCase()}`;
                  return (
                    <tr key={priority} className="align-top">
                      <th scope="row" className="px-3 py-2 font-normal whitespace-nowrap">
                        {PRIORITY_LABELS[priority]}
                        {!current.custom && <span className="block text-xs text-muted">por defecto</span>}
                      </th>
                      <td className="px-3 py-2">
                        <SlaDayInput name={firstField(type, priority)} label={`Primera respuesta, ${where}`} defaultValue={current.firstResponseDays} />
                      </td>
                      <td className="px-3 py-2">
                        <SlaDayInput name={resolutionField(type, priority)} label={`Resolución, ${where}`} defaultValue={current.resolutionDays} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            ))}
          </table>
        </TableFrame>
      </div>
      <SubmitButton>Guardar la tabla</SubmitButton>
    </ActionForm>
  );
}
