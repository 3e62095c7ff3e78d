import { publicDirectory } from "@/lib/contacts/service";
import { PageHeading } from "@/components/ui/page-heading";

// The directory changes when an admin edits it; the action revalidates this page.
export const dynamic = "force-dynamic";

/**
 * The public directory of SERMIG's regional offices. It is built on a query that does not select the
 * direct phones, so a person's own number cannot appear here.
 */
export default async function PublicContactsPage() {
  const regions = await publicDirectory();
  return (
    <div>
      <PageHeading title="Oficinas regionales de SERMIG" />
      <p className="mt-2 max-w-3xl text-muted">
        Las municipalidades adheridas al Sello Migrante tienen contacto directo con la encargada o el encargado regional del programa. Aquí están las
        oficinas regionales del Servicio Nacional de Migraciones con su correo institucional y teléfono de oficina.
      </p>
      <ul className="mt-6 grid gap-4 md:grid-cols-2">
        {regions.map((region) => {
          const offices = [...new Map(region.contacts.map((c) => [`${c.officeAddress}|${c.officePhone ?? ""}`, c])).values()];
          return (
            <li key={region.code} className="min-w-0 break-words rounded-2xl bg-white p-5 shadow-sm">
              <h2 className="text-lg font-bold">{region.name}</h2>
              {region.contacts.length === 0 ? (
                <p className="mt-2 text-muted">Aún no hay un contacto publicado para esta región.</p>
              ) : (
                <>
                  {offices.map((office) => (
                    <p key={office.id} className="mt-2">
                      {office.officeAddress}
                      {office.officePhone && <span className="block">Teléfono de la oficina: {office.officePhone}</span>}
                    </p>
                  ))}
                  <ul className="mt-3 space-y-2 border-t border-slate-200 pt-3">
                    {region.contacts.map((contact) => (
                      <li key={contact.id}>
                        <span className="font-medium">{contact.name}</span>
                        {contact.primaryOf && <span className="ml-2 rounded-full bg-sermig-blue-light px-2 py-0.5 text-xs font-bold text-sermig-blue-dark">Principal</span>}
                        <span className="block text-sm text-muted">{contact.position}</span>
                        <a href={`mailto:${contact.email}`} className="text-sm">
                          {contact.email}
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
