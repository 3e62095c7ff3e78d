import { CASE_TYPES, PRIORITY_LABELS, STATUS_LABELS } from "@/lib/cases/catalogue";
import { INBOX_ORDERS, type InboxFilters } from "@/lib/cases/inbox";

export type FilterChip = { key: string; label: string; value: string; href: string };

/**
 * The filters in use, each a link that removes that one filter, so the folded panel never hides what
 * narrows the list. Plain links (a full load), so the search box and the panel's fields, which keep
 * what they were mounted with, show the list's filters afresh.
 */
export function InboxFilterChips({ chips, clearHref }: { chips: FilterChip[]; clearHref: string }) {
  if (chips.length === 0) return null;
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted">Filtros en uso:</span>
      <ul className="contents">
        {chips.map((chip) => (
          <li key={chip.key}>
            <a
              href={chip.href}
              aria-label={`Quitar filtro ${chip.label}: ${chip.value}`}
              className="inline-flex items-center gap-1 rounded-full border border-sermig-blue bg-sermig-blue-light px-3 py-1 text-sermig-blue-dark no-underline hover:bg-white"
            >
              <span>
                {chip.label}: <strong className="font-medium">{chip.value}</strong>
              </span>
              <span aria-hidden="true" className="text-base leading-none">
                ×
              </span>
            </a>
          </li>
        ))}
      </ul>
      {chips.length > 1 && <a href={clearHref}>Quitar todos</a>}
    </div>
  );
}

type ChipSources = {
  municipalities: { code: string; name: string }[];
  coordinators: { id: string; name: string }[];
  regions: { code: string; name: string }[];
};

/** "2026-12-04" as people read it in Chile. */
const chileDay = (day: string) => day.split("-").reverse().join("-");

/** The chips of the filters in use (the view is a tab and the page a position, so neither is a chip). */
export function inboxChips(filters: InboxFilters, sources: ChipSources, hrefWithout: (key: keyof InboxFilters) => string): FilterChip[] {
  const name = <T extends { name: string }>(list: T[], find: (item: T) => boolean, fallback: string) => list.find(find)?.name ?? fallback;
  const entries: [keyof InboxFilters, string, string | undefined][] = [
    ["q", "Búsqueda", filters.q && `«${filters.q}»`],
    ["tipo", "Tipo", filters.tipo && CASE_TYPES[filters.tipo].label],
    ["estado", "Estado", filters.estado && STATUS_LABELS[filters.estado]],
    ["prioridad", "Prioridad", filters.prioridad && PRIORITY_LABELS[filters.prioridad]],
    ["region", "Región", filters.region && name(sources.regions, (r) => r.code === filters.region, filters.region)],
    ["municipalidad", "Municipalidad", filters.municipalidad && name(sources.municipalities, (m) => m.code === filters.municipalidad, filters.municipalidad)],
    ["asignada", "Responsable", filters.asignada && (filters.asignada === "ninguna" ? "Sin asignar" : name(sources.coordinators, (c) => c.id === filters.asignada, "Otra persona"))],
    ["desde", "Ingresado desde", filters.desde && chileDay(filters.desde)],
    ["hasta", "Ingresado hasta", filters.hasta && chileDay(filters.hasta)],
    ["orden", "Orden", filters.orden !== "urgencia" ? INBOX_ORDERS[filters.orden] : undefined],
  ];
  return entries.filter((entry): entry is [keyof InboxFilters, string, string] => Boolean(entry[2])).map(([key, label, value]) => ({ key, label, value, href: hrefWithout(key) }));
}
