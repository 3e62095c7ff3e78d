import { notFound } from "next/navigation";
import { ContactControls } from "@/components/contacts/contact-controls";
import { ContactForm } from "@/components/contacts/contact-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { getContact } from "@/lib/contacts/service";
import { NotFoundError } from "@/lib/errors";
import { listRegions } from "@/lib/territory/service";
import { recordId } from "@/lib/query/fields";
import { parsePathParam } from "@/lib/query/parse";

type Props = { params: Promise<{ id: string }> };

export default async function ContactPage({ params }: Props) {
  const { id } = await params;
  const viewer = await requirePagePermission("contacts.manage", `/admin/contactos/${id}`);
  if (!parsePathParam(recordId, id)) notFound();
  const [contact, regions] = await Promise.all([
    getContact(viewer, id).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    listRegions(),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: `/admin/contactos?region=${contact.regionCode}`, label: "Contactos regionales" }, { label: contact.name }]} />
        <PageHeading title={`Contacto regional: ${contact.name}`}>{contact.name}</PageHeading>
        <p className="mt-1 text-muted">
          {contact.region.name} · {contact.primaryOf ? "contacto principal" : "contacto"} · {contact.active ? "activo" : "inactivo"}
        </p>
      </div>
      <ContactForm key={contact.version} regions={regions.map((r) => ({ code: r.code, name: r.name }))} contact={contact} />
      <section aria-labelledby="estado" className="rounded-2xl bg-white p-6 shadow-sm">
        <h2 id="estado" className="text-xl font-bold">
          Estado en el directorio
        </h2>
        <div className="mt-3">
          <ContactControls id={contact.id} version={contact.version} name={contact.name} active={contact.active} primary={contact.primaryOf !== null} regionName={contact.region.name} />
        </div>
      </section>
    </div>
  );
}
