import { AppLink } from "@/components/ui/app-link";
import { PrioritiseForm } from "@/components/coverage/priority-forms";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { ADHERED } from "@/lib/adhesion/lifecycle";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { comunaStatuses } from "@/lib/coverage/service";
import { territoryNames } from "@/lib/territory/names";

/** Admins choose among the adhered comunas not yet prioritised, in any region. */
export default async function NewPriorityPage() {
  await requirePagePermission("coverage.prioritise", "/tablero/prioritarias/nueva");
  const [comunas, names] = await Promise.all([comunaStatuses({ regionCode: null }), territoryNames()]);
  const candidates = comunas
    .filter((c) => c.status && ADHERED.includes(c.status) && !c.prioritised)
    .map((c) => ({ value: c.code, label: `${c.name} (${names.regionName(c.regionCode)})` }));

  return (
    <div className="max-w-2xl space-y-6">
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/tablero#prioritarias", label: "Tablero" }, { label: "Marcar comuna prioritaria" }]} />
      <PageHeading title="Marcar una comuna como prioritaria" />
      <p className="text-muted">SERMIG prioriza en sus acciones nacionales a algunas comunas adheridas. El motivo queda en la auditoría y se ve en el tablero.</p>
      {candidates.length > 0 ? (
        <PrioritiseForm options={candidates} />
      ) : (
        <p className="rounded-xl bg-white p-4 text-muted shadow-sm">Todas las comunas adheridas ya están marcadas como prioritarias.</p>
      )}
      <p>
        <AppLink href="/tablero#prioritarias">Volver a las comunas prioritarias del tablero</AppLink>
      </p>
    </div>
  );
}
