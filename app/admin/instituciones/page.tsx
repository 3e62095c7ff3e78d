import { InstitutionList } from "@/components/institutions/institution-list";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { institutionCatalogue } from "@/lib/institutions/service";

export default async function InstitutionsPage() {
  const viewer = await requirePagePermission("institutions.manage", "/admin/instituciones");
  const rows = await institutionCatalogue(viewer);
  return (
    <div>
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/admin", label: "Administración" }, { label: "Instituciones de derivación" }]} />
      <PageHeading title="Instituciones de derivación" />
      <div className="mt-2 max-w-3xl space-y-2 text-muted">
        <p>Las instituciones activas son las que la coordinación regional puede elegir al derivar un caso; además siempre puede elegir «Otra institución» y escribir su nombre.</p>
        <p>Una institución no se elimina: desactivarla la quita de las opciones, y los casos ya derivados a ella la conservan.</p>
      </div>
      <InstitutionList rows={rows} />
    </div>
  );
}
