import { AppLink } from "@/components/ui/app-link";
import { buttonClass } from "@/components/ui/button-styles";
import { FilterInput, FilterSelect } from "@/components/ui/filter-fields";
import { CASE_TYPES, PRIORITY_LABELS, STATUS_LABELS } from "@/lib/cases/catalogue";
import { INBOX_ORDERS, type InboxFilters } from "@/lib/cases/inbox";

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
 * The fields of the filter panel. They travel in the URL with the search box (one GET form, see
 * InboxSearchBar), so a filtered inbox can be bookmarked and shared; the document number is the
 * exception, with its own POST search. Fields align at the top, so a message under one of them
 * ("Fecha no válida") does not push its label out of line with its neighbours'.
 */
export function InboxFilters({ filters, invalid = {}, municipalities, coordinators, regions }: Props) {
  return (
    <>
      <div className="grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-4">
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
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass("primary")}>
          Filtrar
        </button>
        <AppLink href={`/casos/bandeja?vista=${filters.vista}`}>Quitar filtros</AppLink>
      </div>
    </>
  );
}
