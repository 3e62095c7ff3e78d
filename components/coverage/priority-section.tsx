import { STATUS_LABELS } from "@/lib/adhesion/lifecycle";
import type { PriorityRow } from "@/lib/coverage/service";
import { formatDate } from "@/lib/format";
import { TableFrame } from "@/components/ui/table-frame";
import { AppLink } from "@/components/ui/app-link";
import { UnprioritiseForm } from "./priority-forms";

type Props = { rows: PriorityRow[]; canEdit: boolean };

export function PrioritySection({ rows, canEdit }: Props) {
  return (
    <div className="space-y-4">
      {rows.length === 0 ? (
        <p className="rounded-xl bg-white p-4 text-muted shadow-sm">No hay comunas marcadas como prioritarias en este territorio.</p>
      ) : (
        <TableFrame label="Comunas prioritarias">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Comunas prioritarias, con motivo y quién las marcó</caption>
            <thead className="border-b border-slate-200 bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-2">Comuna</th>
                <th scope="col" className="px-3 py-2">Estado</th>
                <th scope="col" className="px-3 py-2">Motivo</th>
                <th scope="col" className="px-3 py-2">Marcada por</th>
                {canEdit && <th scope="col" className="px-3 py-2"><span className="sr-only">Acciones</span></th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.code} className="border-b border-slate-100 align-top last:border-0">
                  <th scope="row" className="px-3 py-2 font-medium">
                    <a href={`/minutas/${r.code}`}>{r.name}</a>
                    <span className="block text-xs font-normal text-muted">{r.regionName}</span>
                  </th>
                  <td className="px-3 py-2">{r.status ? STATUS_LABELS[r.status] : "Sin adhesión"}</td>
                  <td className="max-w-md px-3 py-2 [overflow-wrap:anywhere]">{r.reason}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {r.markedByName}
                    <span className="block text-xs text-muted">{formatDate(r.markedAt)}</span>
                  </td>
                  {canEdit && (
                    <td className="px-3 py-2">
                      <UnprioritiseForm code={r.code} name={r.name} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      {canEdit && (
        <AppLink href="/tablero/prioritarias/nueva" className="inline-block rounded-lg bg-sermig-blue px-4 py-2 font-medium text-white no-underline hover:bg-sermig-blue-dark">
          Marcar una comuna como prioritaria
        </AppLink>
      )}
    </div>
  );
}
