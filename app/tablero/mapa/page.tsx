import type { Metadata } from "next";
import Link from "next/link";
import { CoverageMap, MapLegend } from "@/components/coverage/coverage-map";
import { RegionPicker } from "@/components/coverage/region-picker";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { TableFrame } from "@/components/ui/table-frame";
import { STATUS_LABELS } from "@/lib/adhesion/lifecycle";
import { dashboardContext } from "@/lib/coverage/page-scope";
import { comunaStatuses } from "@/lib/coverage/service";
import { COMUNA_CODE, firstValues } from "@/lib/territory/schemas";

export const metadata: Metadata = { title: "Mapa de cobertura" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CoverageMapPage({ searchParams }: Props) {
  const params = firstValues(await searchParams);
  const { viewer, scope, regions, region } = await dashboardContext("/tablero/mapa", params.region);
  const comunas = await comunaStatuses(scope);
  const regionNames = new Map(regions.map((r) => [r.code, r.name]));
  const national = viewer.role === "NATIONAL_ADMIN";
  const base = scope.regionCode && national ? `region=${scope.regionCode}&` : "";
  const selected = params.comuna && COMUNA_CODE.test(params.comuna) ? params.comuna : null;
  const unmapped = comunas.filter((c) => c.code === "12202");

  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: national && region ? `/tablero?region=${region.code}` : "/tablero", label: "Tablero" }, { label: "Mapa" }]} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold text-sermig-blue-dark">Mapa de cobertura</h1>
          <p className="mt-1 text-muted">
            {region ? region.name : "Todo el país"}: cada comuna con el estado de adhesión de su municipalidad. {comunas.length} comunas.
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          {national && <RegionPicker action="/tablero/mapa" regions={regions} current={scope.regionCode} />}
          <a href={`/tablero/exportar/comunas${scope.regionCode && national ? `?region=${scope.regionCode}` : ""}`} className="rounded-lg border border-sermig-blue px-4 py-2 font-medium text-sermig-blue-dark no-underline hover:bg-sermig-blue-light">
            Descargar CSV
          </a>
        </div>
      </div>

      {national && !region && (
        <nav aria-label="Ampliar una región" className="text-sm">
          <span className="font-medium">Ampliar: </span>
          {regions.map((r, i) => (
            <span key={r.code}>
              {i > 0 && " · "}
              <Link href={`/tablero/mapa?region=${r.code}`}>{r.name.replace(/^Región (de |del )?/, "")}</Link>
            </span>
          ))}
        </nav>
      )}

      <MapLegend />
      {!scope.regionCode && <p className="text-sm text-muted">El país va en tres columnas (norte, centro y sur), cada una a su propia escala; amplíe una región para ver sus comunas en detalle.</p>}
      <CoverageMap comunas={comunas} regionCode={scope.regionCode} hrefFor={(code) => `/tablero/mapa?${base}comuna=${code}#detalle`} selected={selected} />
      {unmapped.length > 0 && (
        <p className="text-sm text-muted">
          La comuna Antártica (administrada por la Municipalidad de Cabo de Hornos) no tiene polígono en el mapa de la BCN; figura en la tabla. Isla de Pascua y Juan Fernández se
          muestran en recuadros fuera de escala.
        </p>
      )}

      <details className="rounded-xl bg-white p-4 shadow-sm">
        <summary className="cursor-pointer font-medium">Ver el mapa como tabla ({comunas.length} comunas)</summary>
        <TableFrame label="Comunas y estado de adhesión">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Comunas y estado de adhesión de su municipalidad</caption>
            <thead className="border-b border-slate-200 bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-2">Comuna</th>
                <th scope="col" className="px-3 py-2">Región</th>
                <th scope="col" className="px-3 py-2">Estado</th>
                <th scope="col" className="px-3 py-2">Prioritaria</th>
              </tr>
            </thead>
            <tbody>
              {comunas.map((c) => (
                <tr key={c.code} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="px-3 py-1.5 font-normal">
                    <Link href={`/minutas/${c.code}`}>{c.name}</Link>
                  </th>
                  <td className="px-3 py-1.5">{regionNames.get(c.regionCode)}</td>
                  <td className="px-3 py-1.5">{c.status ? STATUS_LABELS[c.status] : "Sin adhesión"}</td>
                  <td className="px-3 py-1.5">{c.prioritised ? "Sí" : "No"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      </details>
    </div>
  );
}
