import { TableFrame } from "@/components/ui/table-frame";
import type { DerivationCount } from "@/lib/coverage/service";
import { formatNumber, formatPercent } from "@/lib/format";

/** Derived cases of the scope by the institution they went to, most frequent first. */
export function DerivationStats({ derivations }: { derivations: DerivationCount[] }) {
  const total = derivations.reduce((sum, row) => sum + row.count, 0);
  return (
    <section aria-labelledby="cases-by-institution">
      <h3 id="cases-by-institution" className="text-lg font-bold">
        Derivaciones por institución
      </h3>
      <p className="text-sm text-muted">Casos derivados, según la institución a la que se derivaron por última vez.</p>
      {derivations.length === 0 ? (
        <p className="mt-2 rounded-xl bg-white p-4 text-muted shadow-sm">Todavía no hay casos derivados en este territorio.</p>
      ) : (
        <TableFrame label="Derivaciones por institución">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Casos derivados por institución, con su porcentaje del total de derivaciones</caption>
            <thead className="border-b border-slate-200 bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-2">Institución</th>
                <th scope="col" className="px-3 py-2 text-right">Casos</th>
                <th scope="col" className="px-3 py-2 text-right">Del total</th>
              </tr>
            </thead>
            <tbody>
              {derivations.map((row) => (
                <tr key={row.id ?? "otra"} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="px-3 py-1.5 font-normal">{row.name}</th>
                  <td className="px-3 py-1.5 text-right tabular-nums">{formatNumber(row.count)}</td>
                  <td className="px-3 py-1.5 text-right tabular-nums">{formatPercent(row.count / total)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t border-slate-200 font-bold">
              <tr>
                <th scope="row" className="px-3 py-1.5">Total</th>
                <td className="px-3 py-1.5 text-right tabular-nums">{formatNumber(total)}</td>
                <td className="px-3 py-1.5" />
              </tr>
            </tfoot>
          </table>
        </TableFrame>
      )}
    </section>
  );
}
