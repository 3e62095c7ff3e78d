import { AppLink } from "@/components/ui/app-link";
import { FilterInput, FilterSelect } from "@/components/ui/filter-fields";
import { CASE_TYPES, STATUS_LABELS } from "@/lib/cases/catalogue";
import type { CaseListFilters } from "@/lib/cases/schemas";

type Props = {
  filters: CaseListFilters;
  /** parseQuery()'s message for each filter that was malformed and ignored. */
  invalid: Partial<Record<keyof CaseListFilters, string>>;
  /** Drafts are the municipality's alone: SERMIG never sees one, so it gets no such option. */
  showDrafts: boolean;
};

const TYPE_OPTIONS = Object.entries(CASE_TYPES).map(([value, entry]) => ({ value, label: entry.label }));

/** The filters of /casos: type, status and the range of filing dates, all in the URL. */
export function CaseFilters({ filters, invalid, showDrafts }: Props) {
  const statuses = Object.entries(STATUS_LABELS)
    .filter(([value]) => showDrafts || value !== "BORRADOR")
    .map(([value, label]) => ({ value, label }));
  const filtered = Boolean(filters.tipo || filters.estado || filters.desde || filters.hasta);
  return (
    <form method="get" role="search" aria-label="Filtrar casos" className="mt-6 grid grid-cols-2 gap-4 rounded-xl bg-white p-4 shadow-sm sm:p-5 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto] lg:items-start">
      <FilterSelect name="tipo" label="Tipo" allLabel="Todos" defaultValue={filters.tipo} options={TYPE_OPTIONS} />
      <FilterSelect name="estado" label="Estado" allLabel="Todos" defaultValue={filters.estado} options={statuses} />
      <FilterInput name="desde" type="date" label="Ingresado desde" defaultValue={filters.desde} error={invalid.desde} />
      <FilterInput name="hasta" type="date" label="Ingresado hasta" defaultValue={filters.hasta} error={invalid.hasta} />
      <div className="col-span-2 flex flex-wrap items-center gap-4 lg:col-span-1 lg:mt-6">
        <button type="submit" className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white hover:bg-sermig-blue-dark">
          Filtrar
        </button>
        {filtered && <AppLink href="/casos">Quitar filtros</AppLink>}
      </div>
    </form>
  );
}
