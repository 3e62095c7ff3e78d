import { AppLink } from "@/components/ui/app-link";
import { TableFrame } from "@/components/ui/table-frame";
import { formatNumber, formatPercent } from "@/lib/format";
import { REGION_SORTS, shares, type RegionSort } from "@/lib/coverage/region-sort";
import type { RegionRow } from "@/lib/coverage/service";

type Props = { rows: RegionRow[]; orden: RegionSort; sentido?: "asc" | "desc"; sortHref: (orden: RegionSort, sentido: "asc" | "desc") => string };

const percent = (value: number | null) => (value === null ? "—" : formatPercent(value));
const cell = "px-3 py-2 text-right tabular-nums";
/** A figure that links is a target of at least 24 × 24 px, however short the number (WCAG 2.5.8). */
const figure = "inline-block min-h-6 min-w-6 leading-6";

/**
 * Coverage by region. Every figure links to the list behind it, filtered to that region, so a number
 * can always be checked; column headers sort (the order lives in the URL).
 */
export function RegionTable({ rows, orden, sentido, sortHref }: Props) {
  const header = (key: RegionSort, align = "text-right") => {
    const active = orden === key;
    const current = sentido ?? (key === "region" ? "asc" : "desc");
    const next = active ? (current === "asc" ? "desc" : "asc") : key === "region" ? "asc" : "desc";
    return (
      <th scope="col" className={`px-3 py-3 ${align}`} aria-sort={active ? (current === "asc" ? "ascending" : "descending") : undefined}>
        <AppLink href={sortHref(key, next)} className={active ? "font-bold" : "font-medium"}>
          {REGION_SORTS[key].label}
          {active && <span aria-hidden="true">{current === "asc" ? " ▲" : " ▼"}</span>}
        </AppLink>
      </th>
    );
  };
  const municipalities = (region: string, estado?: string) => `/municipalidades?region=${region}${estado ? `&estado=${estado}` : ""}`;
  return (
    <TableFrame label="Cobertura por región">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Cobertura por región: municipalidades adheridas, comunas, personas extranjeras, Sello, casos y plazos</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            {header("region", "text-left")}
            {header("adheridas")}
            {header("comunas")}
            {header("extranjeros")}
            {header("certificadas")}
            {header("casos")}
            {header("plazo")}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="px-3 py-2 font-medium">
                <AppLink href={municipalities(r.code)}>{r.name}</AppLink>
              </th>
              <td className={cell}>
                <AppLink className={figure} href={municipalities(r.code, "ADHERIDAS")} aria-label={`${r.adhered} de ${r.municipalities} municipalidades adheridas en ${r.name}`}>
                  {formatNumber(r.adhered)} / {formatNumber(r.municipalities)}
                </AppLink>
              </td>
              <td className={cell}>
                <AppLink className={figure} href={`/tablero/mapa?region=${r.code}`} aria-label={`${percent(shares.comunas(r))} de las comunas de ${r.name} (${r.adheredComunas} de ${r.comunas}), ver en el mapa`}>
                  {percent(shares.comunas(r))}
                </AppLink>
                <span className="block text-xs text-muted">
                  {r.adheredComunas} de {r.comunas}
                </span>
              </td>
              <td className={cell}>
                <AppLink className={figure} href={municipalities(r.code, "ADHERIDAS")} aria-label={`${percent(shares.foreigners(r))} de las personas extranjeras de ${r.name} viven en comunas adheridas`}>
                  {percent(shares.foreigners(r))}
                </AppLink>
                <span className="block text-xs text-muted">
                  {formatNumber(r.foreignersCovered)}
                  {r.foreignersCoveredAttributed > 0 && <sup>*</sup>}
                </span>
              </td>
              <td className={cell}>
                <AppLink className={figure} href={municipalities(r.code, "CON_SELLO")} aria-label={`${r.certified} municipalidades con Sello en ${r.name}`}>
                  {formatNumber(r.certified)}
                </AppLink>
              </td>
              <td className={cell}>
                <AppLink className={figure} href={`/casos/bandeja?vista=abiertos&region=${r.code}`} aria-label={`${r.openCases} casos abiertos en ${r.name}`}>
                  {formatNumber(r.openCases)}
                </AppLink>
                {r.overdueCases > 0 && (
                  <AppLink href={`/casos/bandeja?vista=vencidos&region=${r.code}`} className="block min-h-6 text-xs leading-6 text-red-800">
                    {formatNumber(r.overdueCases)} vencidos
                  </AppLink>
                )}
              </td>
              <td className={cell}>
                {r.finishedCases === 0 ? (
                  "—"
                ) : (
                  <AppLink className={figure} href={`/casos/bandeja?vista=cerrados&region=${r.code}`} aria-label={`${percent(shares.sla(r))} de los casos resueltos en ${r.name} lo fueron en plazo (${r.finishedOnTime} de ${r.finishedCases})`}>
                    {percent(shares.sla(r))}
                  </AppLink>
                )}
                {r.finishedCases > 0 && (
                  <span className="block text-xs text-muted">
                    {r.finishedOnTime} de {r.finishedCases}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
