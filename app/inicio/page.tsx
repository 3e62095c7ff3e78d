import { AppLink } from "@/components/ui/app-link";
import { StatusBadge } from "@/components/adhesion/status-badge";
import { RegionalContactList } from "@/components/contacts/regional-contact-list";
import { PageHeading } from "@/components/ui/page-heading";
import { nextStepFor } from "@/lib/adhesion/lifecycle";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { pageViewer } from "@/lib/auth/viewer";
import { formatNumber } from "@/lib/format";
import { PendingList } from "@/components/home/pending-list";
import { pendingFor } from "@/lib/home/pending";
import { homeSummary } from "@/lib/users/home";

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-xl bg-white p-5 shadow-sm">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="mt-1 text-3xl font-bold tabular-nums text-sermig-blue-dark">{formatNumber(value)}</dd>
    </div>
  );
}

export default async function HomeForRole() {
  const viewer = await pageViewer("/inicio");
  const [summary, pending] = await Promise.all([homeSummary(viewer), pendingFor(viewer)]);
  const firstName = viewer.name.split(" ")[0];

  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm font-medium uppercase tracking-wide text-muted">{ROLE_LABELS[viewer.role]}</p>
        <PageHeading title="Mi inicio" className="mt-1 text-3xl font-bold text-sermig-blue-dark">
          Hola, {firstName}
        </PageHeading>
      </div>

      {summary.kind === "municipality" && (
        <>
          {pending && <PendingList items={pending} />}
          <section aria-labelledby="mi-municipalidad" className="rounded-2xl bg-white p-6 shadow-sm">
            <h2 id="mi-municipalidad" className="text-2xl font-bold">
              Municipalidad de {summary.municipality.name}
            </h2>
            <p className="mt-2">
              <StatusBadge status={summary.adhesionStatus} /> <span className="ml-2 text-muted">{nextStepFor(summary.adhesionStatus)}</span>
            </p>
            <p className="mt-3 flex flex-wrap gap-4">
              <AppLink href={`/municipalidades/${summary.municipality.code}`} className="font-medium">
                Ver la adhesión y el plan de trabajo
              </AppLink>
              <AppLink href="/casos/nuevo" className="font-medium">
                Ingresar un caso
              </AppLink>
              <AppLink href="/casos" className="font-medium">
                Ver los casos de la municipalidad
              </AppLink>
              <AppLink href={`/minutas/${summary.municipality.code}`} className="font-medium">Minuta estadística de la comuna</AppLink>
            </p>
            <p className="mt-1 text-muted">
              {summary.region.name} · comuna{summary.municipality.comunas.length > 1 ? "s" : ""}{" "}
              {summary.municipality.comunas.map((c, i) => (
                <span key={c.code}>
                  {i > 0 && " y "}
                  <AppLink href={`/comunas/${c.code}`}>{c.name}</AppLink>
                </span>
              ))}
            </p>
          </section>
          <section aria-labelledby="contacto-regional" className="rounded-2xl bg-white p-6 shadow-sm">
            <h2 id="contacto-regional" className="text-xl font-bold">
              Su contacto en SERMIG
            </h2>
            <RegionalContactList contacts={summary.contacts} regionName={summary.region.name} />
          </section>
        </>
      )}

      {summary.kind === "region" && (
        <section aria-labelledby="mi-region">
          <h2 id="mi-region" className="text-2xl font-bold">
            {summary.region.name}
          </h2>
          <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <Figure label="Municipalidades de la región" value={summary.municipalities} />
            <Figure label="Municipalidades adheridas" value={summary.adhered} />
            <Figure label="Acciones esperando su revisión" value={summary.pendingReview} />
            <Figure label="Encargadas y encargados municipales habilitados" value={summary.officers} />
          </dl>
          <p className="mt-4 flex flex-wrap gap-4">
            <AppLink href="/casos/bandeja">Ir a la bandeja de casos</AppLink>
            <AppLink href="/municipalidades?orden=revision">Revisar los planes de trabajo</AppLink>
            <AppLink href="/admin/usuarios">Gestionar las personas habilitadas de la región</AppLink>
          </p>
        </section>
      )}

      {summary.kind === "country" && (
        <section aria-labelledby="pais">
          <h2 id="pais" className="text-2xl font-bold">
            Todo el país
          </h2>
          <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
            <Figure label="Regiones" value={summary.regions} />
            <Figure label="Municipalidades" value={summary.municipalities} />
            <Figure label="Municipalidades adheridas" value={summary.adhered} />
            <Figure label="Coordinaciones regionales habilitadas" value={summary.users.REGIONAL_COORDINATOR ?? 0} />
            <Figure label="Encargadas y encargados municipales" value={summary.users.MUNICIPAL_OFFICER ?? 0} />
          </dl>
          <p className="mt-4 flex flex-wrap gap-4">
            <AppLink href="/municipalidades">Ver las municipalidades</AppLink>
            <AppLink href="/casos/bandeja">Ver los casos</AppLink>
            <AppLink href="/admin/sla">Configurar los plazos de atención</AppLink>
            <AppLink href="/admin/usuarios">Gestionar usuarios</AppLink>
            <AppLink href="/admin/auditoria">Revisar la auditoría</AppLink>
          </p>
        </section>
      )}
    </div>
  );
}
