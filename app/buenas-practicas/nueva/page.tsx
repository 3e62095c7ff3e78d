import { PracticeForm } from "@/components/practices/practice-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";

export default async function NewPracticePage() {
  await requirePagePermission("practices.submit", "/buenas-practicas/nueva");
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/buenas-practicas", label: "Buenas prácticas" }, { label: "Compartir" }]} />
      <PageHeading title="Compartir una buena práctica" />
      <p className="mt-1 mb-6 text-muted">La coordinación regional de SERMIG la revisará. Hasta que se publique, solo su municipalidad y SERMIG pueden verla.</p>
      <PracticeForm />
    </div>
  );
}
