import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FilteredResults } from "@/components/ui/filtered-results";
import { FilterInput, FilterSelect } from "@/components/ui/filter-fields";
import { Pagination } from "@/components/ui/pagination";
import { PageHeading } from "@/components/ui/page-heading";
import { auditFilterSchema } from "@/lib/audit/schemas";
import { describeAuditChange } from "@/lib/audit/changes";
import { auditEntities, auditNames, listAuditEvents } from "@/lib/audit/service";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/format";
import { ACTION_LABELS, ENTITY_LABELS } from "@/lib/audit/labels";
import { parseQuery } from "@/lib/query/parse";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const OUTCOME_LABELS = { SUCCESS: "Correcto", DENIED: "Rechazado", FAILURE: "Falló" } as const;


function ChangeList({ changes }: { changes: ReturnType<typeof describeAuditChange> }) {
  if (changes.length === 0) return null;
  return (
    <ul className="space-y-0.5">
      {changes.map((change) => (
        <li key={change.label}>
          <span className="font-medium">{change.label}:</span> {change.before !== undefined && <>{change.before} → </>}
          {change.after}
        </li>
      ))}
    </ul>
  );
}

export default async function AuditPage({ searchParams }: Props) {
  const viewer = await requirePagePermission("audit.read", "/admin/auditoria");
  const { values: filters, invalid } = parseQuery(auditFilterSchema, await searchParams);
  const [result, entities] = await Promise.all([listAuditEvents(viewer, filters), auditEntities(viewer)]);
  const names = await auditNames(result.items);
  const query = new URLSearchParams();
  for (const key of ["persona", "entidad", "accion", "desde", "hasta"] as const) if (filters[key]) query.set(key, filters[key]!);
  const hrefFor = (page: number) => `/admin/auditoria?${new URLSearchParams([...query, ...(page > 1 ? [["page", String(page)]] : [])])}`;

  return (
    <div>
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { label: "Auditoría" }]} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <PageHeading title="Auditoría">Registro de auditoría</PageHeading>
          <p className="mt-1 text-muted">Cada cambio y cada ingreso o salida del portal, con quién, cuándo y desde dónde. No se puede modificar.</p>
        </div>
        <a href={`/admin/auditoria/exportar?${query}`} className="rounded-lg border border-sermig-blue px-5 py-2 font-medium text-sermig-blue-dark no-underline hover:bg-sermig-blue-light">
          Descargar CSV
        </a>
      </div>

      <form method="get" role="search" className="mt-6 grid gap-4 rounded-xl bg-white p-5 shadow-sm md:grid-cols-6 md:items-end">
        <div className="md:col-span-2">
          <FilterInput name="persona" label="Persona" defaultValue={filters.persona} error={invalid.persona} />
        </div>
        <FilterSelect name="entidad" label="Entidad" allLabel="Todas" defaultValue={filters.entidad} options={entities.map((e) => ({ value: e, label: ENTITY_LABELS[e] ?? e }))} />
        <FilterInput name="desde" label="Desde" type="date" defaultValue={filters.desde} error={invalid.desde} />
        <FilterInput name="hasta" label="Hasta" type="date" defaultValue={filters.hasta} error={invalid.hasta} />
        <button type="submit" className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white hover:bg-sermig-blue-dark">
          Filtrar
        </button>
      </form>

      <FilteredResults total={result.total} noun={["evento", "eventos"]} emptyMessage="No hay eventos con esos criterios." clearHref="/admin/auditoria" tableLabel="Eventos de auditoría">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Eventos de auditoría, del más reciente al más antiguo</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-3 font-medium">Fecha y hora</th>
              <th scope="col" className="px-3 py-3 font-medium">Persona</th>
              <th scope="col" className="px-3 py-3 font-medium">Acción</th>
              <th scope="col" className="px-3 py-3 font-medium">Entidad</th>
              <th scope="col" className="px-3 py-3 font-medium">Resultado</th>
              <th scope="col" className="px-3 py-3 font-medium">Cambios</th>
              <th scope="col" className="px-3 py-3 font-medium">IP</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((event) => (
              <tr key={event.id.toString()} className="border-b border-slate-100 align-top last:border-0">
                <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatDateTime(event.at)}</td>
                <td className="px-3 py-2">
                  {event.actorName ?? <span className="text-muted">Sin sesión</span>}
                  {event.actorRole && <span className="block text-xs text-muted">{ROLE_LABELS[event.actorRole]}</span>}
                </td>
                <td className="px-3 py-2">{ACTION_LABELS[event.action] ?? event.action}</td>
                <td className="px-3 py-2">{ENTITY_LABELS[event.entity] ?? event.entity}</td>
                <td className="px-3 py-2">{OUTCOME_LABELS[event.outcome]}</td>
                <td className="max-w-md break-words px-3 py-2">
                  <ChangeList changes={describeAuditChange(event.entity, event.before, event.after, names)} />
                </td>
                <td className="px-3 py-2 tabular-nums">{event.ip ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </FilteredResults>
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
    </div>
  );
}
