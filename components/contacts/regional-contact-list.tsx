import { AppLink } from "@/components/ui/app-link";
import type { RegionalContactRow } from "@/lib/contacts/service";

/** A region's SERMIG contacts for signed-in people: primary first, with the direct phone. */
export function RegionalContactList({ contacts, regionName }: { contacts: RegionalContactRow[]; regionName: string }) {
  if (contacts.length === 0) {
    return (
      <p className="mt-2 text-muted">
        {regionName} aún no tiene contactos en el directorio. Mientras tanto, vea las <AppLink href="/contactos">oficinas regionales de SERMIG</AppLink>.
      </p>
    );
  }
  return (
    <ul className="mt-3 grid gap-4 sm:grid-cols-2">
      {contacts.map((contact) => (
        <li key={contact.id} className={`min-w-0 break-words rounded-xl border p-4 ${contact.primaryOf ? "border-sermig-blue bg-sermig-blue-light" : "border-slate-200"}`}>
          {contact.primaryOf && <p className="mb-1 text-xs font-bold uppercase tracking-wide text-sermig-blue-dark">Contacto principal</p>}
          <p className="font-medium">{contact.name}</p>
          <p className="text-sm text-muted">{contact.position}</p>
          <dl className="mt-2 space-y-1 text-sm">
            <div>
              <dt className="sr-only">Correo</dt>
              <dd>
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </dd>
            </div>
            {contact.directPhone && (
              <div className="flex gap-1">
                <dt>Teléfono directo:</dt>
                <dd>
                  <a href={`tel:${contact.directPhone.replace(/[^\d+]/g, "")}`}>{contact.directPhone}</a>
                </dd>
              </div>
            )}
            {contact.officePhone && (
              <div className="flex gap-1">
                <dt>Oficina:</dt>
                <dd>{contact.officePhone}</dd>
              </div>
            )}
            <div>
              <dt className="sr-only">Dirección</dt>
              <dd className="text-muted">{contact.officeAddress}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
