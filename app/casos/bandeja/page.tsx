import { headers } from "next/headers";
import { BulkActions } from "@/components/cases/bulk-actions";
import { BulkSelectAll } from "@/components/cases/bulk-select-all";
import { InboxDocumentSearch } from "@/components/cases/inbox-document-search";
import { InboxFilters } from "@/components/cases/inbox-filters";
import { InboxTable } from "@/components/cases/inbox-table";
import { InboxViews } from "@/components/cases/inbox-views";
import { InboxSavedViews } from "@/components/cases/saved-views/inbox-saved-views";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FilteredResults } from "@/components/ui/filtered-results";
import { Pagination } from "@/components/ui/pagination";
import { PageHeading } from "@/components/ui/page-heading";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { INBOX_VIEWS, inboxFilterOptions, inboxFilterSchema, listInbox, type InboxFilters as Filters } from "@/lib/cases/inbox";
import { inboxFiltersWithSavedView, savedViewQuerySchema } from "@/lib/cases/saved-views";
import { auditSensitiveMatches } from "@/lib/cases/search";
import { BULK_TRANSITIONS, CASE_TRANSITIONS } from "@/lib/cases/status-machine";
import { parseQuery } from "@/lib/query/parse";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const BULK_FORM = "acciones-masivas";

/** The current filters as a query string, with some changed; defaults are left out to keep URLs short. */
function query(filters: Filters, changes: Partial<Filters> & { formato?: "csv" | "xlsx" } = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...changes })) {
    if (value === undefined || (key === "pagina" && value === 1) || (key === "orden" && value === "urgencia")) continue;
    params.set(key, String(value));
  }
  return `?${params}`;
}

export default async function InboxPage({ searchParams }: Props) {
  const viewer = await requirePagePermission("cases.triage", "/casos/bandeja");
  const { values: asked, invalid } = parseQuery(inboxFilterSchema, await searchParams);
  const saved = parseQuery(savedViewQuerySchema, await searchParams).values;
  const filters = await inboxFiltersWithSavedView(viewer, asked, saved);
  const national = viewer.role === "NATIONAL_ADMIN";
  const ip = clientIpFrom(await headers());
  const [inbox, options] = await Promise.all([
    listInbox(viewer, filters),
    inboxFilterOptions(viewer, filters.region),
    filters.q ? auditSensitiveMatches(viewer, ip, filters.q) : null,
  ]);
  const canExport = hasPermission(viewer.role, "cases.export");
  const exportHref = (formato: "csv" | "xlsx") => `/casos/bandeja/exportar${query({ ...filters, pagina: 1 }, { formato })}`;

  return (
    <div>
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { label: "Bandeja de casos" }]} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <PageHeading title={`Bandeja de casos: ${INBOX_VIEWS[filters.vista].toLowerCase()}`}>Bandeja de casos</PageHeading>
          <p className="mt-1 text-muted">{national ? "Casos de todas las regiones." : `Casos de la ${options.regionName}.`} Los más urgentes primero: vencidos y con plazo más cercano.</p>
        </div>
        {canExport && (
          <div className="flex flex-wrap gap-2">
            <a href={exportHref("csv")} className="rounded-lg border border-sermig-blue px-4 py-2 font-medium text-sermig-blue-dark no-underline hover:bg-sermig-blue-light">
              Descargar CSV
            </a>
            <a href={exportHref("xlsx")} className="rounded-lg border border-sermig-blue px-4 py-2 font-medium text-sermig-blue-dark no-underline hover:bg-sermig-blue-light">
              Descargar Excel
            </a>
          </div>
        )}
      </div>

      <InboxViews current={filters.vista} counts={inbox.counts} more={inbox.more} hrefFor={(vista) => `/casos/bandeja${query({ ...filters, pagina: 1 }, { vista })}`} />
      <InboxSavedViews viewer={viewer} filters={filters} listed={inbox} />
      <InboxFilters filters={filters} invalid={invalid} municipalities={options.municipalities} coordinators={options.coordinators} regions={options.regions} />
      <InboxDocumentSearch showRegion={national} />

      <h2 className="sr-only">{INBOX_VIEWS[filters.vista]}</h2>
      {inbox.total > 0 && (
        <BulkActions
          formId={BULK_FORM}
          coordinators={options.coordinators.filter((c) => c.active)}
          transitions={BULK_TRANSITIONS.map((name) => ({ value: name, label: CASE_TRANSITIONS[name].button }))}
        />
      )}
      <FilteredResults
        total={inbox.total}
        more={inbox.more}
        noun={["caso", "casos"]}
        emptyMessage={`No hay casos en «${INBOX_VIEWS[filters.vista]}» con esos criterios.`}
        clearHref={`/casos/bandeja?vista=${filters.vista}`}
        tableLabel={`Casos: ${INBOX_VIEWS[filters.vista]}`}
      >
        <InboxTable
          rows={inbox.rows}
          showRegion={national}
          selectionForm={BULK_FORM}
          selectAll={<BulkSelectAll formId={BULK_FORM} />}
          caption={`${INBOX_VIEWS[filters.vista]}, página ${inbox.page} de ${inbox.more ? "más de " : ""}${inbox.pageCount}`}
          inboxQuery={query({ ...filters, pagina: inbox.page }).slice(1)}
        />
      </FilteredResults>
      <Pagination page={inbox.page} pageCount={inbox.pageCount} more={inbox.more} hrefFor={(pagina) => `/casos/bandeja${query(filters, { pagina })}`} />
    </div>
  );
}
