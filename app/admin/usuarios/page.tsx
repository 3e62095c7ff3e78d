import { AppLink } from "@/components/ui/app-link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FilteredResults } from "@/components/ui/filtered-results";
import { FilterInput, FilterSelect } from "@/components/ui/filter-fields";
import { Pagination } from "@/components/ui/pagination";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { formatRun } from "@/lib/auth/run";
import { parseQuery } from "@/lib/query/parse";
import { listRegions } from "@/lib/territory/service";
import { userListSchema } from "@/lib/users/schemas";
import { listUsers } from "@/lib/users/service";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const viewer = await requirePagePermission("users.read", "/admin/usuarios");
  const { values: filters, invalid } = parseQuery(userListSchema, await searchParams);
  const [result, regions] = await Promise.all([listUsers(viewer, filters), viewer.role === "NATIONAL_ADMIN" ? listRegions() : Promise.resolve([])]);

  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    for (const key of ["q", "rol", "region", "estado"] as const) if (filters[key]) params.set(key, String(filters[key]));
    if (page > 1) params.set("page", String(page));
    return `/admin/usuarios?${params}`;
  };

  return (
    <div>
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { label: "Usuarios" }]} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <PageHeading title="Usuarios">Personas habilitadas</PageHeading>
          <p className="mt-1 text-muted">
            {viewer.role === "NATIONAL_ADMIN" ? "Todo el país." : "Las personas de su región. Usted habilita a las encargadas y encargados municipales."}
          </p>
        </div>
        {hasPermission(viewer.role, "users.manage") && (
          <AppLink href="/admin/usuarios/nuevo" className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white no-underline hover:bg-sermig-blue-dark">
            Habilitar persona
          </AppLink>
        )}
      </div>

      <form method="get" role="search" className="mt-6 grid gap-4 rounded-xl bg-white p-5 shadow-sm md:grid-cols-5 md:items-end">
        <div className="md:col-span-2">
          <FilterInput name="q" label="Nombre" defaultValue={filters.q} error={invalid.q} />
        </div>
        <FilterSelect name="rol" label="Rol" allLabel="Todos" defaultValue={filters.rol} options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))} />
        {regions.length > 0 ? (
          <FilterSelect name="region" label="Región" allLabel="Todas" defaultValue={filters.region} options={regions.map((r) => ({ value: r.code, label: r.name }))} />
        ) : (
          <div />
        )}
        <FilterSelect
          name="estado"
          label="Estado"
          defaultValue={filters.estado}
          options={[
            { value: "activos", label: "Activas" },
            { value: "desactivados", label: "Desactivadas" },
            { value: "todos", label: "Todas" },
          ]}
        />
        <button type="submit" className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white hover:bg-sermig-blue-dark md:col-start-5">
          Filtrar
        </button>
      </form>

      <FilteredResults total={result.total} noun={["persona", "personas"]} emptyMessage="No hay personas con esos criterios." clearHref="/admin/usuarios" tableLabel="Personas habilitadas">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Personas habilitadas</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">Nombre</th>
              <th scope="col" className="px-4 py-3 font-medium">RUN</th>
              <th scope="col" className="hidden px-4 py-3 font-medium sm:table-cell">Rol</th>
              <th scope="col" className="hidden px-4 py-3 font-medium md:table-cell">Territorio</th>
              <th scope="col" className="px-4 py-3 font-medium">Estado</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((user) => (
              <tr key={user.id} className="border-b border-slate-100 last:border-0">
                <td className="px-4 py-3">
                  <AppLink href={`/admin/usuarios/${user.id}`} className="font-medium">
                    {user.name}
                  </AppLink>
                  <span className="block text-xs text-muted sm:hidden">{ROLE_LABELS[user.role]}</span>
                </td>
                <td className="whitespace-nowrap px-4 py-3 tabular-nums">{formatRun(user.run)}</td>
                <td className="hidden px-4 py-3 sm:table-cell">{ROLE_LABELS[user.role]}</td>
                <td className="hidden px-4 py-3 md:table-cell">
                  {user.municipality ? `Municipalidad de ${user.municipality.name}` : (user.region?.name ?? "Todo el país")}
                </td>
                <td className="px-4 py-3">{user.active ? "Activa" : "Desactivada"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </FilteredResults>
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
    </div>
  );
}
