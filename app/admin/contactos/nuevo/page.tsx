import { ContactForm } from "@/components/contacts/contact-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { contactQuerySchema } from "@/lib/contacts/schemas";
import { parseQuery } from "@/lib/query/parse";
import { listRegions } from "@/lib/territory/service";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewContactPage({ searchParams }: Props) {
  await requirePagePermission("contacts.manage", "/admin/contactos/nuevo");
  const params = parseQuery(contactQuerySchema, await searchParams).values;
  const regions = await listRegions();
  const defaultRegion = typeof params.region === "string" && regions.some((r) => r.code === params.region) ? params.region : undefined;
  return (
    <div className="space-y-6">
      <div>
        <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/admin/contactos", label: "Contactos regionales" }, { label: "Nuevo contacto" }]} />
        <PageHeading title="Nuevo contacto regional" />
      </div>
      <ContactForm regions={regions.map((r) => ({ code: r.code, name: r.name }))} defaultRegion={defaultRegion} />
    </div>
  );
}
