import { formatNumber, formatPercent } from "@/lib/format";
import { INDICATOR_LABELS, unpublishedLabel } from "@/lib/statistics/indicators";
import type { AreaSum, MinutaFigure } from "@/lib/statistics/minuta";

export type SourceNote = { number: number; title: string; publisher: string; years: number[] };

/** One footnote per dataset, numbered in the order the table first cites it. */
export function numberSources(figures: MinutaFigure[]): { notes: SourceNote[]; numberOf: (f: MinutaFigure) => number | null } {
  const notes: SourceNote[] = [];
  const key = (s: { title: string; publisher: string }) => `${s.publisher}|${s.title}`;
  for (const f of figures) {
    if (!f.source) continue;
    const existing = notes.find((n) => key(n) === key(f.source!));
    if (existing) {
      if (!existing.years.includes(f.year)) existing.years.push(f.year);
    } else notes.push({ number: notes.length + 1, ...f.source, years: [f.year] });
  }
  return { notes, numberOf: (f) => (f.source ? notes.find((n) => key(n) === key(f.source!))!.number : null) };
}

function Sum({ area }: { area: AreaSum }) {
  if (area.sum === null) return <span className="text-sm italic text-muted">No publicado</span>;
  const partial = area.published < area.comunas;
  return (
    <>
      <span className="tabular-nums">{formatNumber(area.sum)}</span>
      {partial && (
        <span className="block whitespace-nowrap text-xs text-muted">
          solo {formatNumber(area.published)} de {formatNumber(area.comunas)} comunas
        </span>
      )}
    </>
  );
}

const GROUPS = [
  { title: "Población", indicators: ["POPULATION_TOTAL", "POPULATION_MEN", "POPULATION_WOMEN"] },
  { title: "Personas extranjeras residentes", indicators: ["FOREIGN_RESIDENTS_ESTIMATE"] },
  { title: "Residencias", indicators: ["TEMPORARY_RESIDENCE_APPLICATIONS", "TEMPORARY_RESIDENCE_GRANTS", "DEFINITIVE_RESIDENCE_APPLICATIONS", "DEFINITIVE_RESIDENCE_GRANTS"] },
] as const;

/** The comuna beside its region and the country, every figure with its year and numbered source. */
export function MinutaFigures({ figures, comunaName, regionName }: { figures: MinutaFigure[]; comunaName: string; regionName: string }) {
  const { numberOf } = numberSources(figures);
  if (figures.length === 0) return <p className="text-muted">Aún no hay estadísticas cargadas en el portal.</p>;
  return (
    <div className="overflow-x-auto rounded-xl bg-white shadow-sm print:overflow-visible print:rounded-none print:shadow-none" role="region" aria-label="Cifras de la comuna, la región y el país" tabIndex={0}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">
          Cifras de {comunaName} comparadas con la {regionName} y el país, con el año y la fuente de cada una
        </caption>
        <thead className="border-b-2 border-slate-200 bg-slate-50 print:bg-white">
          <tr>
            <th scope="col" className="w-[36%] px-3 py-2 font-semibold">
              Indicador
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Año
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              {comunaName}
            </th>
            <th scope="col" className="w-[22%] px-3 py-2 text-right font-semibold">
              Región
            </th>
            <th scope="col" className="w-[22%] px-3 py-2 text-right font-semibold">
              País
            </th>
          </tr>
        </thead>
        {GROUPS.map((group) => {
          const rows = figures.filter((f) => (group.indicators as readonly string[]).includes(f.indicator));
          if (rows.length === 0) return null;
          return (
            <tbody key={group.title} className="border-b border-slate-200">
              <tr>
                <th scope="rowgroup" colSpan={5} className="bg-sermig-blue-light px-3 py-1.5 font-semibold text-sermig-blue-dark print:bg-white">
                  {group.title}
                </th>
              </tr>
              {rows.map((f) => {
                const share = f.value !== null && f.region.sum && f.region.published === f.region.comunas ? f.value / f.region.sum : null;
                return (
                  <tr key={f.indicator} className="border-t border-slate-100 align-top" data-indicator={f.indicator}>
                    <th scope="row" className="px-3 py-2 font-normal">
                      {INDICATOR_LABELS[f.indicator]}
                      {numberOf(f) !== null && <sup className="ml-0.5 text-xs text-muted">[{numberOf(f)}]</sup>}
                    </th>
                    <td className="px-3 py-2 tabular-nums">{f.year}</td>
                    <td className="px-3 py-2 text-right">
                      {f.value === null ? (
                        <span className="text-sm italic text-muted" data-testid="valor-comuna">
                          {unpublishedLabel(f.indicator)}
                        </span>
                      ) : (
                        <span className="font-semibold tabular-nums" data-testid="valor-comuna">
                          {formatNumber(f.value)}
                        </span>
                      )}
                      {share !== null && <span className="block whitespace-nowrap text-xs text-muted">{formatPercent(share)} de la región</span>}
                    </td>
                    <td className="px-3 py-2 text-right">
                      <Sum area={f.region} />
                    </td>
                    <td className="px-3 py-2 text-right">
                      <Sum area={f.country} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
