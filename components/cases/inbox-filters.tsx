import { AppLink } from "@/components/ui/app-link";
import { FilterInput, FilterSelect } from "@/components/ui/filter-fields";
import { CASE_TYPES, PRIORITY_LABELS, STATUS_LABELS } from "@/lib/cases/catalogue";
import { INBOX_ORDERS, type InboxFilters } from "@/lib/cases/inbox";
import { CaseSearchField } from "./case-search-field";

type Option = { value: string; label: string };

type Props = {
  filters: InboxFilters;
  /** Messages for the filters in the URL that were malformed and ignored. */
  invalid?: Partial<Record<keyof InboxFilters, string>>;
  municipalities: { code: string; name: string }[];
  coordinators: { id: string; name: string; active: boolean }[];
  /** Only for national admins. */
  regions: { code: string; name: string }[];
};

const options = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));
const FILED_STATUSES = options(STATUS_LABELS).filter((o) => o.value !== "BORRADOR");

/**
 * The filters travel in the URL (a GET form), so a filtered inbox can be bookmarked and shared.
 * The document number is the exception: it has its own POST search.
 */
export function InboxFilters({ filters, invalid = {}, municipalities, coordinators, regions }: Props) {
  return (
    <form method="get" role="search" aria-label="Filtrar casos" className="mt-6 grid gap-4 rounded-xl bg-white p-5 shadow-sm sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
      <input type="hidden" name="vista" value={filters.vista} />
      <div className="sm:col-span-2">
        <CaseSearchField defaultValue={filters.q} error={invalid.q} />
      </div>
      <FilterSelect name="tipo" label="Tipo" allLabel="Todos" defaultValue={filters.tipo} options={Object.entries(CASE_TYPES).map(([value, type]) => ({ value, label: type.label }))} />
      <FilterSelect name="estado" label="Estado" allLabel="Todos" defaultValue={filters.estado} options={FILED_STATUSES} />
      <FilterSelect name="prioridad" label="Prioridad" allLabel="Todas" defaultValue={filters.prioridad} options={options(PRIORITY_LABELS)} />
      {regions.length > 0 && <FilterSelect name="region" label="Región" allLabel="Todas" defaultValue={filters.region} options={regions.map((r) => ({ value: r.code, label: r.name }))} />}
      <FilterSelect name="municipalidad" label="Municipalidad" allLabel="Todas" defaultValue={filters.municipalidad} options={municipalities.map((m) => ({ value: m.code, label: m.name }))} />
      <FilterSelect
        name="asignada"
        label="Responsable"
        allLabel="Cualquiera"
        defaultValue={filters.asignada}
        options={[{ value: "ninguna", label: "Sin asignar" }, ...coordinators.map((c) => ({ value: c.id, label: c.active ? c.name : `${c.name} (desactivada/o)` }))]}
      />
      <FilterInput name="desde" label="Ingresado desde" type="date" defaultValue={filters.desde} error={invalid.desde} />
      <FilterInput name="hasta" label="Ingresado hasta" type="date" defaultValue={filters.hasta} error={invalid.hasta} />
      <FilterSelect name="orden" label="Ordenar por" defaultValue={filters.orden} options={options(INBOX_ORDERS)} />
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-1">
        <button type="submit" className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white hover:bg-sermig-blue-dark">
          Filtrar
        </button>
        <AppLink href={`/casos/bandeja?vista=${filters.vista}`}>Quitar filtros</AppLink>
      </div>
    </form>
  );
}
