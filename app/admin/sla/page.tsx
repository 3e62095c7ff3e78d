import { SlaTableForm } from "@/components/sla/sla-table-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { SLA_MAX_DAYS, slaTable } from "@/lib/cases/sla-policy";

export default async function SlaPage() {
  const viewer = await requirePagePermission("sla.configure", "/admin/sla");
  const cells = await slaTable(viewer);
  return (
    <div>
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { label: "Plazos de los casos" }]} />
      <PageHeading title="Plazos de los casos" />
      <div className="mt-2 max-w-3xl space-y-2 text-muted">
        <p>
          Días hábiles (lunes a viernes, sin feriados nacionales) que SERMIG tiene para dar la primera respuesta y para resolver cada caso, según su tipo y prioridad. Cada plazo va de 1 a {SLA_MAX_DAYS} días, y
          la primera respuesta no puede vencer después de la resolución.
        </p>
        <p>Al guardar, los casos abiertos de las filas que cambien recalculan sus plazos. El tiempo en que un caso espera a la municipalidad no cuenta.</p>
      </div>
      <SlaTableForm cells={cells} />
    </div>
  );
}
