import { headers } from "next/headers";
import { AppLink } from "@/components/ui/app-link";
import { CaseListDocumentSearch } from "@/components/cases/case-list-document-search";
import { CaseListExport } from "@/components/cases/case-list-export";
import { CaseFilters } from "@/components/cases/case-list-filters";
import { CaseTable } from "@/components/cases/case-table";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FilteredResults } from "@/components/ui/filtered-results";
import { Pagination } from "@/components/ui/pagination";
import { PageHeading } from "@/components/ui/page-heading";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { listCases } from "@/lib/cases/queries";
import { caseListFilterSchema, caseListSchema, type CaseListFilters } from "@/lib/cases/schemas";
import { auditSensitiveMatches } from "@/lib/cases/search";
import { parseQuery } from "@/lib/query/parse";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function pageHref(filters: CaseListFilters, porPagina: number, pagina: number) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  if (porPagina !== 25) params.set("porPagina", String(porPagina));
  if (pagina > 1) params.set("pagina", String(pagina));
  const query = params.toString();
  return query ? `/casos?${query}` : "/casos";
}

export default async function CasesPage({ searchParams }: Props) {
  const viewer = await requirePagePermission("cases.read", "/casos");
  const { values: query, invalid } = parseQuery(caseListSchema, await searchParams);
  // The filters alone, as the export and the page links carry them.
  const filters = parseQuery(caseListFilterSchema, await searchParams).values;
  const ip = clientIpFrom(await headers());
  const [{ rows, total, page, pageCount, more }] = await Promise.all([listCases(viewer, query), query.q ? auditSensitiveMatches(viewer, ip, query.q) : null]);
  const officer = viewer.role === "MUNICIPAL_OFFICER";
  const filtered = Object.values(filters).some(Boolean);

  return (
    <div>
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { label: "Casos" }]} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <PageHeading title="Casos" />
          <p className="mt-1 text-muted">
            {officer ? "Los casos de su municipalidad, con los borradores que aún no envía a SERMIG." : "Los casos ingresados en su territorio."}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {hasPermission(viewer.role, "cases.file") && (
            <AppLink href="/casos/nuevo" className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white no-underline hover:bg-sermig-blue-dark">
              Ingresar caso
            </AppLink>
          )}
          {hasPermission(viewer.role, "cases.exportList") && total > 0 && <CaseListExport filters={filters} />}
        </div>
      </div>

      <CaseFilters filters={filters} invalid={invalid} showDrafts={officer} />
      <CaseListDocumentSearch officer={officer} />

      <FilteredResults
        total={total}
        more={more}
        noun={["caso", "casos"]}
        emptyMessage={filters.q ? "Ningún caso coincide con esa búsqueda." : filtered ? "No hay casos con esos filtros." : "Aún no hay casos."}
        clearHref="/casos"
        tableLabel="Casos"
      >
        <CaseTable rows={rows} showMunicipality={!officer} />
      </FilteredResults>
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => pageHref(filters, query.porPagina, n)} />
    </div>
  );
}
