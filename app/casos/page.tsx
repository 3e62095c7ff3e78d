import { headers } from "next/headers";
import { AppLink } from "@/components/ui/app-link";
import { CaseListDocumentSearch } from "@/components/cases/case-list-document-search";
import { CaseListSearch } from "@/components/cases/case-list-search";
import { CaseTable } from "@/components/cases/case-table";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FilteredResults } from "@/components/ui/filtered-results";
import { Pagination } from "@/components/ui/pagination";
import { PageHeading } from "@/components/ui/page-heading";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { STATUS_LABELS } from "@/lib/cases/catalogue";
import { listCases } from "@/lib/cases/queries";
import { caseListSchema, type CaseListFilters } from "@/lib/cases/schemas";
import { auditSensitiveMatches } from "@/lib/cases/search";
import { parseQuery } from "@/lib/query/parse";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function pageHref(filters: CaseListFilters, pagina: number) {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.estado) params.set("estado", filters.estado);
  if (filters.porPagina !== 25) params.set("porPagina", String(filters.porPagina));
  if (pagina > 1) params.set("pagina", String(pagina));
  const query = params.toString();
  return query ? `/casos?${query}` : "/casos";
}

export default async function CasesPage({ searchParams }: Props) {
  const viewer = await requirePagePermission("cases.read", "/casos");
  const { values: filters, invalid } = parseQuery(caseListSchema, await searchParams);
  const ip = clientIpFrom(await headers());
  const [{ rows, total, page, pageCount, more }] = await Promise.all([listCases(viewer, filters), filters.q ? auditSensitiveMatches(viewer, ip, filters.q) : null]);
  const officer = viewer.role === "MUNICIPAL_OFFICER";
  const statuses = Object.entries(STATUS_LABELS)
    .filter(([value]) => officer || value !== "BORRADOR")
    .map(([value, label]) => ({ value, label }));

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
        {hasPermission(viewer.role, "cases.file") && (
          <AppLink href="/casos/nuevo" className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white no-underline hover:bg-sermig-blue-dark">
            Ingresar caso
          </AppLink>
        )}
      </div>

      <CaseListSearch q={filters.q} estado={filters.estado} statuses={statuses} error={invalid.q} />
      <CaseListDocumentSearch officer={officer} />

      <FilteredResults
        total={total}
        more={more}
        noun={["caso", "casos"]}
        emptyMessage={filters.q ? "Ningún caso coincide con esa búsqueda." : filters.estado ? "No hay casos en ese estado." : "Aún no hay casos."}
        clearHref="/casos"
        tableLabel="Casos"
      >
        <CaseTable rows={rows} showMunicipality={!officer} />
      </FilteredResults>
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => pageHref(filters, n)} />
    </div>
  );
}
