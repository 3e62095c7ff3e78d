import { TableFrame } from "@/components/ui/table-frame";
import type { readCounts } from "@/lib/bulletins/service";
import { formatNumber } from "@/lib/format";

type Counts = Awaited<ReturnType<typeof readCounts>>;

/** For the author: which addressed municipalities opened the bulletin, and how many of their officers. */
export function ReadCountsTable({ counts }: { counts: Counts }) {
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
        <TableFrame label="Lecturas por municipalidad">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Lecturas del boletín por municipalidad</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-4 py-2">Municipalidad</th>
                <th scope="col" className="px-4 py-2">Región</th>
                <th scope="col" className="px-4 py-2 text-right">Personas que lo leyeron</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {counts.rows.map((row) => (
                <tr key={row.code}>
                  <th scope="row" className="px-4 py-2 font-medium">
                    {row.name}
                  </th>
                  <td className="px-4 py-2">{row.regionName}</td>
                  <td className="px-4 py-2 text-right tabular-nums">
                    {formatNumber(row.readers)} de {formatNumber(row.officers)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </section>
  );
}
