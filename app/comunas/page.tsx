import { AppLink } from "@/components/ui/app-link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FilterInput, FilterSelect } from "@/components/ui/filter-fields";
import { TableFrame } from "@/components/ui/table-frame";
import { Pagination } from "@/components/ui/pagination";
import { PageHeading } from "@/components/ui/page-heading";
import { formatNumber } from "@/lib/format";
import { parseQuery } from "@/lib/query/parse";
import { comunaSearchSchema } from "@/lib/territory/schemas";
import { listRegions, searchComunas } from "@/lib/territory/service";

/** "52 comunas en la Región Metropolitana de Santiago que coinciden con «san»". */
function resultSummary(total: number, regionName?: string, q?: string) {
  const one = total === 1;
  return [
    one ? "1 comuna" : `${formatNumber(total)} comunas`,
    regionName && `en la ${regionName}`,
    q && `que ${one ? "coincide" : "coinciden"} con «${q}»`,
  ]
    .filter(Boolean)
    .join(" ");
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComunasPage({ searchParams }: Props) {
  const { values: filters, invalid } = parseQuery(comunaSearchSchema, await searchParams);
  const [regions, result] = await Promise.all([listRegions(), searchComunas(filters)]);
  const region = regions.find((r) => r.code === filters.region);
  const filtered = Boolean(filters.q || filters.region);

  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    if (filters.q) params.set("q", filters.q);
    if (filters.region) params.set("region", filters.region);
    if (page > 1) params.set("page", String(page));
    const query = params.toString();
    return query ? `/comunas?${query}` : "/comunas";
  };

  return (
    <div>
      <Breadcrumbs items={[{ href: "/", label: "Inicio" }, { label: "Comunas" }]} />
      <PageHeading title="Comunas de Chile" />
      <p className="mt-2 max-w-3xl text-muted">
        Las 346 comunas del país con su código único territorial (CUT) oficial y sus estadísticas de población y migración.
      </p>

      <form method="get" action="/comunas" role="search" className="mt-6 grid gap-4 rounded-xl bg-white p-5 shadow-sm sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <FilterInput name="q" label="Nombre de la comuna" defaultValue={filters.q} placeholder="Por ejemplo: Ñuñoa o nunoa" error={invalid.q} />
        <FilterSelect name="region" label="Región" allLabel="Todas las regiones" defaultValue={filters.region} options={regions.map((r) => ({ value: r.code, label: r.name }))} />
        <button type="submit" className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white hover:bg-sermig-blue-dark">
          Buscar
        </button>
      </form>

      {!filtered && (
        <section aria-labelledby="por-region" className="mt-8">
          <h2 id="por-region" className="text-xl font-bold">
            Explorar por región
          </h2>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {regions.map((r) => (
              <li key={r.code}>
                <AppLink href={`/comunas/region/${r.code}`} className="block h-full rounded-xl bg-white p-4 no-underline shadow-sm hover:ring-2 hover:ring-sermig-blue">
                  <span className="block font-medium">{r.name}</span>
                  <span className="mt-1 block text-sm text-muted">
                    {r.provinceCount} {r.provinceCount === 1 ? "provincia" : "provincias"} · {r.comunaCount} comunas
                  </span>
                </AppLink>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="resultados" className="mt-8">
        <h2 id="resultados" className="text-xl font-bold">
          {filtered ? "Resultados" : "Todas las comunas"}
        </h2>
        <p className="mt-1 text-muted" role="status">
          {resultSummary(result.total, region?.name, filters.q)}
        </p>
        {result.total === 0 ? (
          <div className="mt-4 rounded-xl bg-white p-6 text-center shadow-sm">
            <p className="font-medium">No encontramos comunas con esos criterios.</p>
            <p className="mt-1 text-sm text-muted">Revise la ortografía o quite el filtro de región.</p>
            <AppLink href="/comunas" className="mt-3 inline-block">
              Ver todas las comunas
            </AppLink>
          </div>
        ) : (
          <TableFrame label="Comunas">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Comunas, página {result.page} de {result.pageCount}</caption>
              <thead className="border-b border-slate-200 bg-slate-50">
                <tr>
                  <th scope="col" className="px-4 py-3 font-medium">Comuna</th>
                  <th scope="col" className="px-4 py-3 font-medium">Código CUT</th>
                  <th scope="col" className="hidden px-4 py-3 font-medium sm:table-cell">Provincia</th>
                  <th scope="col" className="hidden px-4 py-3 font-medium md:table-cell">Región</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((c) => (
                  <tr key={c.code} className="border-b border-slate-100 last:border-0">
                    <td className="px-4 py-3">
                      <AppLink href={`/comunas/${c.code}`} className="font-medium">
                        {c.name}
                      </AppLink>
                    </td>
                    <td className="px-4 py-3 tabular-nums">{c.code}</td>
                    <td className="hidden px-4 py-3 sm:table-cell">{c.province.name}</td>
                    <td className="hidden px-4 py-3 md:table-cell">{c.region.name}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        )}
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
      </section>
    </div>
  );
}
