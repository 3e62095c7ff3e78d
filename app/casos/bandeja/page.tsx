import { headers } from "next/headers";
import { BulkActions } from "@/components/cases/bulk-actions";
import { BulkSelectAll } from "@/components/cases/bulk-select-all";
import { InboxDocumentSearch } from "@/components/cases/inbox-document-search";
import { inboxChips, InboxFilterChips } from "@/components/cases/inbox-filter-chips";
import { InboxFilters } from "@/components/cases/inbox-filters";
import { InboxSearchBar } from "@/components/cases/inbox-search-bar";
import { InboxTable } from "@/components/cases/inbox-table";
import { InboxViews } from "@/components/cases/inbox-views";
import { InboxSavedViews } from "@/components/cases/saved-views/inbox-saved-views";
import { KeyboardShortcuts } from "@/components/keyboard/keyboard-shortcuts";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { buttonClass } from "@/components/ui/button-styles";
import { FilteredResults } from "@/components/ui/filtered-results";
import { Pagination } from "@/components/ui/pagination";
import { PageHeading } from "@/components/ui/page-heading";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { BULK_MATCHING_MAX } from "@/lib/cases/bulk";
import { PRIORITY_LABELS } from "@/lib/cases/catalogue";
import { INBOX_VIEWS, inboxFilterOptions, inboxFilterSchema, inboxQueryString, listInbox, type InboxFilters as Filters } from "@/lib/cases/inbox";
import { inboxFiltersWithSavedView, savedViewQuerySchema } from "@/lib/cases/saved-views";
import { auditSensitiveMatches } from "@/lib/cases/search";
import { BULK_TRANSITIONS, CASE_TRANSITIONS } from "@/lib/cases/status-machine";
import { keyboardShortcutsEnabled } from "@/lib/preferences/keyboard";
import { parseQuery } from "@/lib/query/parse";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const BULK_FORM = "acciones-masivas";
const compactLink = buttonClass("secondary", "px-3 py-1.5 text-sm");

/** The current filters as a query string, with some changed; defaults are left out to keep URLs short. */
function query(filters: Filters, changes: Partial<Filters> & { formato?: "csv" | "xlsx" } = {}) {
  const { formato, ...rest } = changes;
  const params = new URLSearchParams(inboxQueryString({ ...filters, ...rest }));
  if (formato) params.set("formato", formato);
  return `?${params}`;
}

/**
 * The coordinator's inbox, laid out so the first cases show without scrolling: the views, one search
 * bar with the filters and the document search folded under it, the filters in use as chips, the bulk
 * bar once a case is checked, then the list.
 */
export default async function InboxPage({ searchParams }: Props) {
  const viewer = await requirePagePermission("cases.triage", "/casos/bandeja");
  const { values: asked, invalid } = parseQuery(inboxFilterSchema, await searchParams);
  const saved = parseQuery(savedViewQuerySchema, await searchParams).values;
  const filters = await inboxFiltersWithSavedView(viewer, asked, saved);
  const national = viewer.role === "NATIONAL_ADMIN";
  const ip = clientIpFrom(await headers());
  // One moment for the list and the selection: a bulk step leaves alone the cases changed after it.
  const now = new Date();
  const [inbox, options, shortcuts] = await Promise.all([
    listInbox(viewer, filters, now),
    inboxFilterOptions(viewer, filters.region),
    keyboardShortcutsEnabled(viewer),
    filters.q ? auditSensitiveMatches(viewer, ip, filters.q) : null,
  ]);
  const canExport = hasPermission(viewer.role, "cases.export");
  const exportHref = (formato: "csv" | "xlsx") => `/casos/bandeja/exportar${query({ ...filters, pagina: 1 }, { formato })}`;
  const chips = inboxChips(filters, options, (key) => `/casos/bandeja${query({ ...filters, pagina: 1, [key]: undefined })}`);
  const { q: qError, ...panelInvalid } = invalid;
  const activeInPanel = chips.filter((chip) => chip.key !== "q").length;
  const viewName = INBOX_VIEWS[filters.vista];
  const listKey = query({ ...filters, pagina: 1 });

  return (
    <div>
      <a href="#casos" className="sr-only focus:not-sr-only focus:mb-2 focus:inline-block focus:rounded focus:bg-white focus:px-3 focus:py-1 focus:shadow">
        Ir a los casos
      </a>
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { label: "Bandeja de casos" }]} />
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <div>
          <PageHeading title={`Bandeja de casos: ${viewName.toLowerCase()}`} className="text-2xl font-bold text-sermig-blue-dark">
            Bandeja de casos
          </PageHeading>
          <p className="text-sm text-muted">{national ? "Casos de todas las regiones." : `Casos de la ${options.regionName}.`} Los más urgentes primero.</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {canExport && (
            <>
              <a href={exportHref("csv")} className={compactLink} aria-label="Descargar la lista en CSV">
                CSV
              </a>
              <a href={exportHref("xlsx")} className={compactLink} aria-label="Descargar la lista en Excel">
                Excel
              </a>
            </>
          )}
          <KeyboardShortcuts page="inbox" enabled={shortcuts} />
        </div>
      </div>

      <InboxViews current={filters.vista} counts={inbox.counts} more={inbox.more} hrefFor={(vista) => `/casos/bandeja${query({ ...filters, pagina: 1 }, { vista })}`} />
      <InboxSavedViews viewer={viewer} filters={filters} listed={inbox} />
      <InboxSearchBar
        vista={filters.vista}
        q={filters.q}
        qError={qError}
        activeFilters={activeInPanel}
        filtersOpen={Object.keys(panelInvalid).length > 0}
        filters={<InboxFilters filters={filters} invalid={panelInvalid} municipalities={options.municipalities} coordinators={options.coordinators} regions={options.regions} />}
        documentSearch={<InboxDocumentSearch showRegion={national} />}
      />
      <InboxFilterChips chips={chips} clearHref={`/casos/bandeja?vista=${filters.vista}`} />

      <h2 className="sr-only">{viewName}</h2>
      {inbox.total > 0 && (
        <BulkActions
          formId={BULK_FORM}
          list={query(filters)}
          coordinators={options.coordinators.filter((c) => c.active)}
          transitions={BULK_TRANSITIONS.map((name) => ({ value: name, label: CASE_TRANSITIONS[name].button }))}
          priorities={Object.entries(PRIORITY_LABELS).map(([value, label]) => ({ value, label }))}
          pageRows={inbox.rows.length}
          matching={{
            total: inbox.total,
            limit: BULK_MATCHING_MAX,
            filtros: listKey.slice(1),
            seleccion: now.toISOString(),
            criteria: [`Vista: ${viewName}`, ...chips.map((chip) => `${chip.label}: ${chip.value}`)],
          }}
        />
      )}
      <div id="casos" tabIndex={-1} className="focus:outline-none">
        <FilteredResults
          total={inbox.total}
          more={inbox.more}
          noun={["caso", "casos"]}
          emptyMessage={`No hay casos en «${viewName}» con esos criterios.`}
          clearHref={`/casos/bandeja?vista=${filters.vista}`}
          tableLabel={`Casos: ${viewName}`}
        >
          <InboxTable
            rows={inbox.rows}
            showRegion={national}
            selectionForm={BULK_FORM}
            selectAll={<BulkSelectAll formId={BULK_FORM} />}
            caption={`${viewName}, página ${inbox.page} de ${inbox.more ? "más de " : ""}${inbox.pageCount}`}
            inboxQuery={query({ ...filters, pagina: inbox.page }).slice(1)}
          />
        </FilteredResults>
      </div>
      <Pagination page={inbox.page} pageCount={inbox.pageCount} more={inbox.more} hrefFor={(pagina) => `/casos/bandeja${query(filters, { pagina })}`} />
    </div>
  );
}
