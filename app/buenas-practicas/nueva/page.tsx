import type { Metadata } from "next";
import { PracticeForm } from "@/components/practices/practice-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePagePermission } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Compartir una buena práctica" };

export default async function NewPracticePage() {
  await requirePagePermission("practices.submit", "/buenas-practicas/nueva");
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/buenas-practicas", label: "Buenas prácticas" }, { label: "Compartir" }]} />
      <h1 className="text-3xl font-bold text-sermig-blue-dark">Compartir una buena práctica</h1>
      <p className="mt-1 mb-6 text-muted">La coordinación regional de SERMIG la revisará. Hasta que se publique, solo su municipalidad y SERMIG pueden verla.</p>
      <PracticeForm />
    </div>
  );
}
