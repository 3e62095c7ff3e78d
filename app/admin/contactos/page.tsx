import { AppLink } from "@/components/ui/app-link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FilterSelect } from "@/components/ui/filter-fields";
import { TableFrame } from "@/components/ui/table-frame";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { contactQuerySchema } from "@/lib/contacts/schemas";
import { listContacts } from "@/lib/contacts/service";
import { parseQuery } from "@/lib/query/parse";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminContactsPage({ searchParams }: Props) {
  const viewer = await requirePagePermission("contacts.manage", "/admin/contactos");
  const params = parseQuery(contactQuerySchema, await searchParams).values;
  const regionCode = params.region;
  const { regions, groups } = await listContacts(viewer, { regionCode });

  return (
    <div>
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { label: "Contactos regionales" }]} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <PageHeading title="Contactos regionales">Contactos regionales de SERMIG</PageHeading>
          <p className="mt-1 max-w-3xl text-muted">
            Cada municipalidad ve en su inicio los contactos activos de su región, el principal primero. El{" "}
            <AppLink href="/contactos">directorio público</AppLink> muestra la oficina, el correo institucional y el teléfono de la oficina, nunca el teléfono directo.
          </p>
        </div>
        <AppLink href={`/admin/contactos/nuevo${regionCode ? `?region=${regionCode}` : ""}`} className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white no-underline hover:bg-sermig-blue-dark">
          Agregar contacto
        </AppLink>
      </div>
      {params.eliminado && (
        <p role="status" className="mt-4 rounded-lg border border-green-700 bg-green-50 px-4 py-3 text-green-900">
          El contacto fue eliminado del directorio.
        </p>
      )}

      <form method="get" role="search" className="mt-6 flex flex-wrap items-end gap-4 rounded-xl bg-white p-5 shadow-sm">
        <div className="min-w-64">
          <FilterSelect name="region" label="Región" allLabel="Todas" defaultValue={regionCode} options={regions.map((r) => ({ value: r.code, label: r.name }))} />
        </div>
        <button type="submit" className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white hover:bg-sermig-blue-dark">
          Filtrar
        </button>
      </form>

      {groups.map((group) => (
        <section key={group.code} aria-labelledby={`region-${group.code}`} className="mt-8">
          <h2 id={`region-${group.code}`} className="text-xl font-bold">
            {group.name}
          </h2>
          {group.contacts.length === 0 ? (
            <p className="mt-2 rounded-xl bg-white p-4 text-muted shadow-sm">
              Sin contactos. Las municipalidades de la región no tienen a quién escribir: <AppLink href={`/admin/contactos/nuevo?region=${group.code}`}>agregue uno</AppLink>.
            </p>
          ) : (
            <TableFrame label={`Contactos de ${group.name}`}>
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Contactos de {group.name}</caption>
                <thead className="bg-slate-50">
                  <tr>
                    <th scope="col" className="px-4 py-3">Nombre y cargo</th>
                    <th scope="col" className="px-4 py-3">Correo</th>
                    <th scope="col" className="px-4 py-3">Teléfonos</th>
                    <th scope="col" className="px-4 py-3">Estado</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {group.contacts.map((contact) => (
                    <tr key={contact.id} className={contact.active ? "" : "text-muted"}>
                      <td className="px-4 py-3">
                        <AppLink href={`/admin/contactos/${contact.id}`} className="font-medium">
                          {contact.name}
                        </AppLink>
                        <span className="block text-muted">{contact.position}</span>
                      </td>
                      <td className="px-4 py-3">{contact.email}</td>
                      <td className="px-4 py-3">
                        {contact.directPhone && <span className="block">Directo: {contact.directPhone}</span>}
                        {contact.officePhone && <span className="block">Oficina: {contact.officePhone}</span>}
                      </td>
                      <td className="px-4 py-3">
                        {contact.primaryOf && <span className="rounded-full bg-sermig-blue-dark px-2 py-0.5 text-xs font-bold text-white">Principal</span>}
                        {!contact.active && <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-bold text-slate-800">Inactivo</span>}
                        {contact.active && !contact.primaryOf && "Activo"}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
          )}
        </section>
      ))}
    </div>
  );
}
