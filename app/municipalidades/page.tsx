import { AppLink } from "@/components/ui/app-link";
import { StatusBadge } from "@/components/adhesion/status-badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FilterInput, FilterSelect } from "@/components/ui/filter-fields";
import { FilteredResults } from "@/components/ui/filtered-results";
import { PageHeading } from "@/components/ui/page-heading";
import { STATUS_LABELS } from "@/lib/adhesion/lifecycle";
import { LINE_ORDER, listMunicipalities, overviewFilterSchema, type OverviewFilters } from "@/lib/adhesion/overview";
import { share } from "@/lib/adhesion/profile";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { formatDate, formatPercent } from "@/lib/format";
import { COMMITMENT_LINES } from "@/lib/programme/commitment-lines";
import { parseQuery } from "@/lib/query/parse";
import { listRegions } from "@/lib/territory/service";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SHORT_LINE = Object.fromEntries(COMMITMENT_LINES.map((l, i) => [l.code, `L${i + 1}`]));

function query(filters: OverviewFilters, changes: Partial<OverviewFilters> & { formato?: "csv" | "xlsx" }) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...changes })) if (value) params.set(key, String(value));
  return `?${params}`;
}

export default async function MunicipalitiesPage({ searchParams }: Props) {
  const viewer = await requirePagePermission("municipality.list", "/municipalidades");
  const { values: filters, invalid } = parseQuery(overviewFilterSchema, await searchParams);
  const national = viewer.role === "NATIONAL_ADMIN";
  const [rows, regions] = await Promise.all([listMunicipalities(viewer, filters), national ? listRegions() : Promise.resolve([])]);
  const sortLink = (orden: OverviewFilters["orden"], label: string) => (
    <AppLink href={`/municipalidades${query(filters, { orden })}`} aria-current={filters.orden === orden ? "true" : undefined} className={filters.orden === orden ? "font-bold" : ""}>
      {label}
    </AppLink>
  );

  return (
    <div>
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { label: "Municipalidades" }]} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <PageHeading title="Municipalidades" />
          <p className="mt-1 text-muted">Adhesión, avance del plan de trabajo por línea (L1 a L5), evidencias por revisar y revalidaciones.</p>
        </div>
        {hasPermission(viewer.role, "adhesion.export") && (
          <div className="flex gap-2">
            <a href={`/municipalidades/exportar${query(filters, { formato: "csv" })}`} className="rounded-lg border border-sermig-blue px-4 py-2 font-medium text-sermig-blue-dark no-underline hover:bg-sermig-blue-light">
              Descargar CSV
            </a>
            <a href={`/municipalidades/exportar${query(filters, { formato: "xlsx" })}`} className="rounded-lg border border-sermig-blue px-4 py-2 font-medium text-sermig-blue-dark no-underline hover:bg-sermig-blue-light">
              Descargar Excel
            </a>
          </div>
        )}
      </div>

      <form method="get" role="search" className="mt-6 grid gap-4 rounded-xl bg-white p-5 shadow-sm md:grid-cols-4 md:items-end">
        <input type="hidden" name="orden" value={filters.orden} />
        <FilterInput name="q" label="Municipalidad" defaultValue={filters.q} error={invalid.q} />
        <FilterSelect
          name="estado"
          label="Estado"
          allLabel="Todas"
          defaultValue={filters.estado}
          options={[
            { value: "ADHERIDAS", label: "Adheridas" },
            { value: "SIN_ADHESION", label: "Sin adhesión" },
            { value: "CON_SELLO", label: "Con Sello (certificadas, revalidadas o en revalidación)" },
            { value: "REVALIDACION_PROXIMA", label: "Revalidación atrasada o por vencer (90 días)" },
            ...Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label })),
          ]}
        />
        {national ? <FilterSelect name="region" label="Región" allLabel="Todas" defaultValue={filters.region} options={regions.map((r) => ({ value: r.code, label: r.name }))} /> : <div />}
        <button type="submit" className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white hover:bg-sermig-blue-dark">
          Filtrar
        </button>
      </form>

      <FilteredResults total={rows.length} noun={["municipalidad", "municipalidades"]} emptyMessage="No hay municipalidades con esos criterios." clearHref="/municipalidades" tableLabel="Municipalidades y su avance">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Municipalidades, ordenadas por {filters.orden}</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-3">{sortLink("nombre", "Municipalidad")}</th>
              <th scope="col" className="px-3 py-3">{sortLink("estado", "Estado")}</th>
              {LINE_ORDER.map((line) => (
                <th key={line} scope="col" className="hidden px-2 py-3 text-center font-medium lg:table-cell">
                  <abbr title={COMMITMENT_LINES.find((l) => l.code === line)!.title}>{SHORT_LINE[line]}</abbr>
                </th>
              ))}
              <th scope="col" className="px-3 py-3">{sortLink("avance", "Avance")}</th>
              <th scope="col" className="px-3 py-3">{sortLink("revision", "Por revisar")}</th>
              <th scope="col" className="px-3 py-3">{sortLink("revalidacion", "Revalidación")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              return (
                <tr key={row.code} className="border-b border-slate-100 last:border-0">
                  <td className="px-3 py-2">
                    <AppLink href={`/municipalidades/${row.code}`} className="font-medium">
                      {row.name}
                    </AppLink>
                    {national && <span className="block text-xs text-muted">{row.regionName}</span>}
                  </td>
                  <td className="px-3 py-2">
                    <StatusBadge status={row.status} />
                  </td>
                  {LINE_ORDER.map((line) => (
                    <td key={line} className="hidden px-2 py-2 text-center tabular-nums lg:table-cell">
                      {row.lines[line].total === 0 ? "—" : `${row.lines[line].approved}/${row.lines[line].total}`}
                    </td>
                  ))}
                  <td className="px-3 py-2 tabular-nums">{row.overall.total === 0 ? "—" : formatPercent(share(row.overall))}</td>
                  <td className="px-3 py-2 tabular-nums">{row.pendingReview || "—"}</td>
                  <td className={`whitespace-nowrap px-3 py-2 ${row.revalidationAlert ? "font-bold text-red-800" : ""}`}>
                    {row.revalidationDueOn ? formatDate(row.revalidationDueOn) : "—"}
                    {row.revalidationAlert && <span className="block text-xs font-medium">{row.revalidationAlert}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </FilteredResults>
    </div>
  );
}
