import { HeldCases } from "@/components/privacy/held-cases";
import { RetentionPanel } from "@/components/privacy/retention-panel";
import { SubjectLookup } from "@/components/privacy/subject-lookup";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { lookupSubjectAction } from "@/lib/privacy/actions";
import { heldCases } from "@/lib/privacy/legal-hold";
import { retentionOverview } from "@/lib/privacy/retention";

export default async function PrivacyAdminPage() {
  const viewer = await requirePagePermission("privacy.manage", "/admin/privacidad");
  const [overview, held] = await Promise.all([retentionOverview(), heldCases(viewer)]);
  return (
    <div className="space-y-8">
      <div>
        <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { label: "Privacidad" }]} />
        <PageHeading title="Privacidad y derechos de las personas" />
        <p className="mt-2 max-w-3xl text-muted">
          Para responder a una persona que ejerce sus derechos de acceso, rectificación, portabilidad, supresión o bloqueo (Ley 19.628, modificada por la Ley 21.719). Cada búsqueda, descarga y
          rectificación queda registrada en la auditoría.
        </p>
      </div>
      <section aria-labelledby="lookup" className="rounded-xl bg-white p-5 shadow-sm">
        <h2 id="lookup" className="text-xl font-bold">Buscar a una persona por su documento</h2>
        <p className="mt-1 mb-4 text-muted">Muestra cada caso de cualquier región en que figure una persona con ese documento.</p>
        <SubjectLookup action={lookupSubjectAction} />
      </section>
      <section aria-labelledby="retention" className="rounded-xl bg-white p-5 shadow-sm">
        <h2 id="retention" className="mb-3 text-xl font-bold">Conservación y anonimización</h2>
        <RetentionPanel overview={overview} />
      </section>
      <section aria-labelledby="holds" className="rounded-xl bg-white p-5 shadow-sm">
        <h2 id="holds" className="mb-3 text-xl font-bold">Casos con retención legal</h2>
        <HeldCases cases={held} />
      </section>
    </div>
  );
}
