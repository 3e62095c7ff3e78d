import { HeldCases } from "@/components/privacy/held-cases";
import { RetentionPanel } from "@/components/privacy/retention-panel";
import { SubjectAuditLookup } from "@/components/privacy/subject-audit-lookup";
import { SubjectBlocks } from "@/components/privacy/subject-blocks";
import { SubjectLookup } from "@/components/privacy/subject-lookup";
import { AnsweredRequests, DueRequests, RegisterRequest } from "@/components/privacy/subject-requests";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { isoDay } from "@/lib/format";
import { lookupSubjectAction, lookupSubjectAuditAction } from "@/lib/privacy/actions";
import { activeBlocks } from "@/lib/privacy/blocking";
import { heldCases } from "@/lib/privacy/legal-hold";
import { answeredRequests, dueRequests, santiagoToday } from "@/lib/privacy/requests";
import { retentionOverview } from "@/lib/privacy/retention";

export default async function PrivacyAdminPage() {
  const viewer = await requirePagePermission("privacy.manage", "/admin/privacidad");
  const [overview, held, due, answered, blocks] = await Promise.all([retentionOverview(), heldCases(viewer), dueRequests(viewer), answeredRequests(viewer), activeBlocks(viewer)]);
  const today = santiagoToday();
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
      <section aria-labelledby="requests" className="rounded-xl bg-white p-5 shadow-sm">
        <h2 id="requests" className="text-xl font-bold">Solicitudes por responder</h2>
        <p className="mt-1 mb-4 text-muted">
          La ley da 30 días corridos desde el ingreso para responder (prorrogables una vez). Las vencidas aparecen primero; las que se responden salen de esta lista.
        </p>
        <DueRequests requests={due} today={today} />
        <details className="mt-6">
          <summary className="cursor-pointer font-medium text-sermig-blue-dark">Registrar una solicitud recibida</summary>
          <div className="mt-4">
            <RegisterRequest today={isoDay(today)!} />
          </div>
        </details>
        {answered.length > 0 && (
          <div className="mt-6">
            <h3 className="mb-2 text-lg font-bold">Últimas solicitudes respondidas</h3>
            <AnsweredRequests requests={answered} />
          </div>
        )}
      </section>
      <section aria-labelledby="lookup" className="rounded-xl bg-white p-5 shadow-sm">
        <h2 id="lookup" className="text-xl font-bold">Buscar a una persona por su documento</h2>
        <p className="mt-1 mb-4 text-muted">Muestra cada caso de cualquier región en que figure una persona con ese documento.</p>
        <SubjectLookup action={lookupSubjectAction} />
      </section>
      <section aria-labelledby="blocks" className="rounded-xl bg-white p-5 shadow-sm">
        <h2 id="blocks" className="text-xl font-bold">Bloqueo temporal de datos</h2>
        <p className="mt-1 mb-4 text-muted">
          Mientras se examina una solicitud, el bloqueo oculta todos los casos de la persona en las listas, búsquedas, descargas, tableros y minutas de todo el portal. Los datos se conservan y
          solo se ven en esta página. Las cifras de los tableros no cuentan esos casos mientras dure el bloqueo, para que ninguna cifra pequeña permita reconocer a la persona.
        </p>
        <SubjectBlocks blocks={blocks} />
      </section>
      <section aria-labelledby="audit-lookup" className="rounded-xl bg-white p-5 shadow-sm">
        <h2 id="audit-lookup" className="text-xl font-bold">Auditoría de una persona</h2>
        <p className="mt-1 mb-4 text-muted">Quién buscó, descargó, bloqueó o suprimió los datos de una persona, y cuándo. La consulta también queda registrada.</p>
        <SubjectAuditLookup action={lookupSubjectAuditAction} />
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
