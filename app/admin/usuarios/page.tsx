import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FilteredResults } from "@/components/ui/filtered-results";
import { inputClass } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { formatRun } from "@/lib/auth/run";
import { firstValues } from "@/lib/territory/schemas";
import { listRegions } from "@/lib/territory/service";
import { userListSchema } from "@/lib/users/schemas";
import { listUsers } from "@/lib/users/service";

export const metadata: Metadata = { title: "Usuarios" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const viewer = await requirePagePermission("users.read", "/admin/usuarios");
  const filters = userListSchema.parse(firstValues(await searchParams));
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
          <h1 className="text-3xl font-bold text-sermig-blue-dark">Personas habilitadas</h1>
          <p className="mt-1 text-muted">
            {viewer.role === "NATIONAL_ADMIN" ? "Todo el país." : "Las personas de su región. Usted habilita a las encargadas y encargados municipales."}
          </p>
        </div>
        {hasPermission(viewer.role, "users.manage") && (
          <Link href="/admin/usuarios/nuevo" className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white no-underline hover:bg-sermig-blue-dark">
            Habilitar persona
          </Link>
        )}
      </div>

      <form method="get" role="search" className="mt-6 grid gap-4 rounded-xl bg-white p-5 shadow-sm md:grid-cols-5 md:items-end">
        <div className="md:col-span-2">
          <label htmlFor="q" className="block text-sm font-medium">
            Nombre
          </label>
          <input id="q" name="q" type="search" defaultValue={filters.q} maxLength={80} className={inputClass} />
        </div>
        <div>
          <label htmlFor="rol" className="block text-sm font-medium">
            Rol
          </label>
          <select id="rol" name="rol" defaultValue={filters.rol ?? ""} className={inputClass}>
            <option value="">Todos</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </div>
        {regions.length > 0 ? (
          <div>
            <label htmlFor="region" className="block text-sm font-medium">
              Región
            </label>
            <select id="region" name="region" defaultValue={filters.region ?? ""} className={inputClass}>
              <option value="">Todas</option>
              {regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <div />
        )}
        <div>
          <label htmlFor="estado" className="block text-sm font-medium">
            Estado
          </label>
          <select id="estado" name="estado" defaultValue={filters.estado} className={inputClass}>
            <option value="activos">Activas</option>
            <option value="desactivados">Desactivadas</option>
            <option value="todos">Todas</option>
          </select>
        </div>
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
                  <Link href={`/admin/usuarios/${user.id}`} className="font-medium">
                    {user.name}
                  </Link>
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
