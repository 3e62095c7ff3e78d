import { AppLink } from "@/components/ui/app-link";
import { PracticeTable } from "@/components/practices/practice-table";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FilterInput, FilterSelect } from "@/components/ui/filter-fields";
import { FilteredResults } from "@/components/ui/filtered-results";
import { Pagination } from "@/components/ui/pagination";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { practiceFilterSchema, type PracticeFilters } from "@/lib/practices/schemas";
import { searchPublished, workingPractices } from "@/lib/practices/service";
import { COMMITMENT_LINES } from "@/lib/programme/commitment-lines";
import { parseQuery } from "@/lib/query/parse";
import { listRegions } from "@/lib/territory/service";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function query(filters: PracticeFilters, pagina: number) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, pagina })) if (value) params.set(key, String(value));
  return `/buenas-practicas?${params}`;
}

export default async function PracticesPage({ searchParams }: Props) {
  const viewer = await requirePagePermission("practices.read", "/buenas-practicas");
  const { values: filters, invalid } = parseQuery(practiceFilterSchema, await searchParams);
  const [found, working, regions] = await Promise.all([searchPublished(filters), workingPractices(viewer), listRegions()]);
  const officer = viewer.role === "MUNICIPAL_OFFICER";
  return (
    <div>
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { label: "Buenas prácticas" }]} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <PageHeading title="Buenas prácticas">Buenas prácticas de gobiernos locales</PageHeading>
          <p className="mt-1 text-muted">Experiencias de municipalidades del Sello Migrante, revisadas por SERMIG antes de publicarse.</p>
        </div>
        {hasPermission(viewer.role, "practices.submit") && (
          <AppLink href="/buenas-practicas/nueva" className="rounded-lg bg-sermig-blue px-4 py-2 font-medium text-white no-underline hover:bg-sermig-blue-dark">
            Compartir una práctica
          </AppLink>
        )}
      </div>

      {working.length > 0 && (
        <section aria-labelledby="en-curso" className="mt-6">
          <h2 id="en-curso" className="text-xl font-bold">
            {officer ? "Prácticas de su municipalidad en revisión" : "Prácticas por revisar o devueltas"}
          </h2>
          <PracticeTable rows={working} label={officer ? "Prácticas de su municipalidad sin publicar" : "Prácticas sin publicar"} showStatus />
        </section>
      )}

      <h2 className="mt-8 text-xl font-bold">Prácticas publicadas</h2>
      <form method="get" role="search" aria-label="Buscar prácticas publicadas" className="mt-3 grid gap-4 rounded-xl bg-white p-5 shadow-sm md:grid-cols-4 md:items-end">
        <FilterInput name="q" label="Buscar" defaultValue={filters.q} error={invalid.q} />
        <FilterSelect name="linea" label="Línea de acción" allLabel="Todas" defaultValue={filters.linea} options={COMMITMENT_LINES.map((l) => ({ value: l.code, label: l.title }))} />
        <FilterSelect name="region" label="Región" allLabel="Todas" defaultValue={filters.region} options={regions.map((r) => ({ value: r.code, label: r.name }))} />
        <button type="submit" className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white hover:bg-sermig-blue-dark">
          Buscar
        </button>
      </form>
      <FilteredResults total={found.total} noun={["práctica publicada", "prácticas publicadas"]} emptyMessage="No hay prácticas publicadas con esos criterios." clearHref="/buenas-practicas" tableLabel="Prácticas publicadas">
        <PracticeTable rows={found.rows} label="Prácticas publicadas" showStatus={false} />
      </FilteredResults>
      <Pagination page={filters.pagina} pageCount={found.pageCount} hrefFor={(p) => query(filters, p)} />
    </div>
  );
}
