import { PublishSessionForm } from "@/components/trainings/publish-session-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { listRegions } from "@/lib/territory/service";

export default async function NewSessionPage() {
  const viewer = await requirePagePermission("trainings.publish", "/capacitaciones/nueva");
  const regions = await listRegions();
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/capacitaciones", label: "Capacitaciones" }, { label: "Publicar" }]} />
      <PageHeading title="Publicar una capacitación" />
      <p className="mt-1 mb-6 text-muted">
        {viewer.role === "NATIONAL_ADMIN" ? "Las sesiones nacionales las ven todas las municipalidades; las regionales, solo las de su región." : "La sesión será visible para las municipalidades de su región."}
      </p>
      <PublishSessionForm viewer={viewer} regions={regions.map((r) => ({ code: r.code, name: r.name }))} />
    </div>
  );
}
