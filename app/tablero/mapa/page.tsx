import { AppLink } from "@/components/ui/app-link";
import { CoverageMap, MapLegend } from "@/components/coverage/coverage-map";
import { RegionPicker } from "@/components/coverage/region-picker";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { dashboardContext } from "@/lib/coverage/page-scope";
import { dashboardQuerySchema } from "@/lib/coverage/query";
import { comunaStatuses } from "@/lib/coverage/service";
import { parseQuery } from "@/lib/query/parse";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CoverageMapPage({ searchParams }: Props) {
  const params = parseQuery(dashboardQuerySchema, await searchParams).values;
  const { viewer, scope, regions, region } = await dashboardContext("/tablero/mapa", params.region);
  const comunas = await comunaStatuses(scope);
  const national = viewer.role === "NATIONAL_ADMIN";
  const base = scope.regionCode && national ? `region=${scope.regionCode}&` : "";
  const regionQuery = scope.regionCode && national ? `?region=${scope.regionCode}` : "";
  const selected = params.comuna ?? null;
  const unmapped = comunas.filter((c) => c.code === "12202");

  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: national && region ? `/tablero?region=${region.code}` : "/tablero", label: "Tablero" }, { label: "Mapa" }]} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <PageHeading title="Mapa de cobertura" />
          <p className="mt-1 text-muted">
            {region ? region.name : "Todo el país"}: cada comuna con el estado de adhesión de su municipalidad. {comunas.length} comunas.
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          {national && <RegionPicker action="/tablero/mapa" regions={regions} current={scope.regionCode} />}
          <AppLink href={`/tablero/mapa/tabla${regionQuery}`} className="rounded-lg border border-sermig-blue px-4 py-2 font-medium text-sermig-blue-dark no-underline hover:bg-sermig-blue-light">
            Ver como tabla ({comunas.length} comunas)
          </AppLink>
          <a href={`/tablero/exportar/comunas${regionQuery}`} className="rounded-lg border border-sermig-blue px-4 py-2 font-medium text-sermig-blue-dark no-underline hover:bg-sermig-blue-light">
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
              <AppLink href={`/tablero/mapa?region=${r.code}`}>{r.name.replace(/^Región (de |del )?/, "")}</AppLink>
            </span>
          ))}
        </nav>
      )}

      <MapLegend />
      {!scope.regionCode && <p className="text-sm text-muted">El país va en tres columnas (norte, centro y sur), cada una a su propia escala; amplíe una región para ver sus comunas en detalle.</p>}
      <CoverageMap comunas={comunas} regionCode={scope.regionCode} hrefFor={(code) => `/tablero/mapa?${base}comuna=${code}#detalle`} selected={selected} />
      {unmapped.length > 0 && (
        <p className="text-sm text-muted">
          La comuna Antártica (administrada por la Municipalidad de Cabo de Hornos) no tiene polígono en el mapa de la BCN; figura en la <AppLink href={`/tablero/mapa/tabla${regionQuery}`}>tabla</AppLink>. Isla de Pascua y Juan Fernández se
          muestran en recuadros fuera de escala.
        </p>
      )}

    </div>
  );
}
