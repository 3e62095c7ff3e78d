import { TableFrame } from "@/components/ui/table-frame";
import type { readCounts } from "@/lib/bulletins/service";
import { formatNumber } from "@/lib/format";

type Counts = Awaited<ReturnType<typeof readCounts>>;

/** For the author: which addressed municipalities opened the bulletin, and how many of their officers. */
export function ReadCountsTable({ counts }: { counts: Counts }) {
  const read = counts.rows.filter((row) => row.readers > 0);
  const unread = counts.rows.filter((row) => row.readers === 0);
  const withoutOfficer = unread.filter((row) => row.officers === 0).length;
  return (
    <section aria-labelledby="lecturas" className="rounded-2xl bg-white p-6 shadow-sm">
      <h2 id="lecturas" className="text-xl font-bold">
        Lecturas por municipalidad
      </h2>
      <p className="mt-1" data-testid="read-summary">
        Leído en {formatNumber(counts.municipalitiesRead)} de {formatNumber(counts.municipalities)} {counts.municipalities === 1 ? "municipalidad adherida" : "municipalidades adheridas"}.
      </p>
      {counts.rows.length === 0 ? (
        <p className="mt-2 text-muted">No hay municipalidades adheridas en la audiencia de este boletín.</p>
      ) : (
        <>
          {read.length > 0 && (
            <TableFrame label="Municipalidades que lo leyeron">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Municipalidades que leyeron el boletín</caption>
                <thead className="bg-slate-50">
                  <tr>
                    <th scope="col" className="px-4 py-2">Municipalidad</th>
                    <th scope="col" className="px-4 py-2">Región</th>
                    <th scope="col" className="px-4 py-2 text-right">Personas que lo leyeron</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {read.map((row) => (
                    <tr key={row.code}>
                      <th scope="row" className="px-4 py-2 font-medium">
                        {row.name}
                      </th>
                      <td className="px-4 py-2">{row.regionName}</td>
                      <td className="px-4 py-2 text-right tabular-nums">
                        {formatNumber(row.readers)} de {formatNumber(Math.max(row.officers, row.readers))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
          )}
          {unread.length > 0 && (
            <details className="mt-4">
              <summary className="cursor-pointer font-medium text-sermig-blue-dark">
                {unread.length === 1 ? "1 municipalidad aún no lo lee" : `${formatNumber(unread.length)} municipalidades aún no lo leen`}
              </summary>
              {withoutOfficer > 0 && (
                <p className="mt-2 text-sm text-muted">
                  {withoutOfficer === 1 ? "Una de ellas aún no tiene" : `${formatNumber(withoutOfficer)} de ellas aún no tienen`} encargada o encargado habilitado en el portal.
                </p>
              )}
              <ul className="mt-2 columns-1 text-sm sm:columns-2 lg:columns-3">
                {unread.map((row) => (
                  <li key={row.code} className="py-0.5">
                    {row.name} <span className="text-muted">({row.regionName})</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
