import { AppLink } from "@/components/ui/app-link";
import { CASE_TYPES } from "@/lib/cases/catalogue";
import type { CaseListRow } from "@/lib/cases/queries";
import { formatDateTime } from "@/lib/format";
import { CaseStatusBadge, SlaBadge } from "./case-badges";

/** A draft opens its form; a submitted case its page. */
function CaseLink({ row }: { row: CaseListRow }) {
  if (row.status === "BORRADOR") {
    return (
      <AppLink href={`/casos/${row.id}/editar`} className="whitespace-nowrap font-medium">
        Borrador del {formatDateTime(row.updatedAt).slice(0, 10)}
      </AppLink>
    );
  }
  return (
    <AppLink href={`/casos/${row.id}`} className="whitespace-nowrap font-medium">
      {row.folio}
    </AppLink>
  );
}

/**
 * What tells one case from another in the list: the municipality's own reference, and for a case that
 * is not reserved its summary. A reserved case's summary never reaches the list.
 */
function CaseLabel({ row }: { row: CaseListRow }) {
  const reference = row.municipalReference && <span className="block break-words">Ref.: {row.municipalReference}</span>;
  if (row.sensitive) return reference || <span className="block text-muted">Sin referencia municipal</span>;
  return (
    <>
      {reference}
      <span className="block break-words text-muted">{row.summary || "Sin resumen"}</span>
    </>
  );
}

export function CaseTable({ rows, showMunicipality }: { rows: CaseListRow[]; showMunicipality: boolean }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Casos, con la actividad más reciente primero</caption>
      <thead className="border-b border-slate-200 bg-slate-50">
        <tr>
          <th scope="col" className="px-3 py-3">
            Caso
          </th>
          <th scope="col" className="px-3 py-3">
            Tipo y referencia
          </th>
          {showMunicipality && (
            <th scope="col" className="hidden px-3 py-3 md:table-cell">
              Municipalidad
            </th>
          )}
          <th scope="col" className="hidden px-3 py-3 sm:table-cell">
            Estado
          </th>
          <th scope="col" className="hidden px-3 py-3 sm:table-cell">
            Plazo
          </th>
          <th scope="col" className="hidden px-3 py-3 md:table-cell">
            Ingresado
          </th>
          <th scope="col" className="hidden px-3 py-3 sm:table-cell">
            Última actividad
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-slate-100 align-top last:border-0">
            <td className="px-3 py-2">
              <CaseLink row={row} />
              {/* On a phone the status and deadline go under the case instead of in columns of their own. */}
              <span className="mt-1 flex flex-wrap gap-1 sm:hidden">
                <CaseStatusBadge status={row.status} />
                <SlaBadge state={row.slaState} hideEmpty />
              </span>
            </td>
            <td className="px-3 py-2">
              <span className="block font-medium">
                {CASE_TYPES[row.type].label}
                {row.sensitive && <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-medium text-slate-800">Reservado</span>}
              </span>
              <CaseLabel row={row} />
            </td>
            {showMunicipality && <td className="hidden px-3 py-2 md:table-cell">{row.municipalityName}</td>}
            <td className="hidden px-3 py-2 sm:table-cell">
              <CaseStatusBadge status={row.status} />
            </td>
            <td className="hidden px-3 py-2 sm:table-cell">
              <SlaBadge state={row.slaState} />
            </td>
            <td className="hidden whitespace-nowrap px-3 py-2 md:table-cell">{row.submittedAt ? formatDateTime(row.submittedAt).slice(0, 10) : "Sin ingresar"}</td>
            <td className="hidden whitespace-nowrap px-3 py-2 sm:table-cell">{formatDateTime(row.updatedAt).slice(0, 16)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
