import { AppLink } from "@/components/ui/app-link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { TableFrame } from "@/components/ui/table-frame";
import { PageHeading } from "@/components/ui/page-heading";
import { STATUS_LABELS } from "@/lib/adhesion/lifecycle";
import { dashboardContext } from "@/lib/coverage/page-scope";
import { dashboardQuerySchema } from "@/lib/coverage/query";
import { comunaStatuses } from "@/lib/coverage/service";
import { parseQuery } from "@/lib/query/parse";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The map's text alternative: every comuna it draws, with its region and its municipality's status. */
export default async function CoverageTablePage({ searchParams }: Props) {
  const params = parseQuery(dashboardQuerySchema, await searchParams).values;
  const { viewer, scope, regions, region } = await dashboardContext("/tablero/mapa/tabla", params.region);
  const comunas = await comunaStatuses(scope);
  const regionNames = new Map(regions.map((r) => [r.code, r.name]));
  const regionQuery = scope.regionCode && viewer.role === "NATIONAL_ADMIN" ? `?region=${scope.regionCode}` : "";

  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { href: "/inicio", label: "Mi inicio" },
          { href: `/tablero${regionQuery}`, label: "Tablero" },
          { href: `/tablero/mapa${regionQuery}`, label: "Mapa" },
          { label: "Tabla" },
        ]}
      />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <PageHeading title="Mapa de cobertura como tabla" />
          <p className="mt-1 text-muted">
            {region ? region.name : "Todo el país"}: {comunas.length} comunas con el estado de adhesión de su municipalidad, de norte a sur.
          </p>
        </div>
        <a href={`/tablero/exportar/comunas${regionQuery}`} className="rounded-lg border border-sermig-blue px-4 py-2 font-medium text-sermig-blue-dark no-underline hover:bg-sermig-blue-light">
          Descargar CSV
        </a>
      </div>
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
                  <AppLink href={`/minutas/${c.code}`}>{c.name}</AppLink>
                </th>
                <td className="px-3 py-1.5">{regionNames.get(c.regionCode)}</td>
                <td className="px-3 py-1.5">{c.status ? STATUS_LABELS[c.status] : "Sin adhesión"}</td>
                <td className="px-3 py-1.5">{c.prioritised ? "Sí" : "No"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </div>
  );
}
