import { AppLink } from "@/components/ui/app-link";
import { TableFrame } from "@/components/ui/table-frame";
import { STATUS_LABELS } from "@/lib/cases/catalogue";
import { formatDate } from "@/lib/format";
import type { heldCases } from "@/lib/privacy/legal-hold";

export function HeldCases({ cases }: { cases: Awaited<ReturnType<typeof heldCases>> }) {
  if (cases.length === 0) return <p className="text-muted">Ningún caso tiene retención legal. Se pone o se quita desde la página del caso.</p>;
  return (
    <TableFrame label="Casos con retención legal">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Casos con retención legal</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">Caso</th>
            <th scope="col" className="px-3 py-2">Municipalidad</th>
            <th scope="col" className="px-3 py-2">Estado</th>
            <th scope="col" className="px-3 py-2">Motivo</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id} className="border-t border-slate-200 align-top">
              <td className="px-3 py-2 font-medium whitespace-nowrap">
                <AppLink href={`/casos/${c.id}`}>{c.folio}</AppLink>
              </td>
              <td className="px-3 py-2">{c.municipality.name}</td>
              <td className="px-3 py-2">
                {STATUS_LABELS[c.status]}
                {c.closedAt && <span className="block whitespace-nowrap text-muted">cerrado el {formatDate(c.closedAt)}</span>}
              </td>
              <td className="min-w-56 px-3 py-2">{c.legalHoldReason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
