import { AppLink } from "@/components/ui/app-link";
import { notFound } from "next/navigation";
import { StatSection } from "@/components/territory/stat-section";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { getViewer } from "@/lib/auth/viewer";
import { canSeeMinuta } from "@/lib/statistics/minuta";
import { comunaStatSections } from "@/lib/territory/comuna-stats";
import { getComunaProfile } from "@/lib/territory/service";

type Props = { params: Promise<{ code: string }> };

export default async function ComunaPage({ params }: Props) {
  const comuna = await getComunaProfile((await params).code);
  if (!comuna) notFound();
  const administeredElsewhere = comuna.municipality.code !== comuna.code;

  return (
    <div>
      <Breadcrumbs
        items={[
          { href: "/", label: "Inicio" },
          { href: "/comunas", label: "Comunas" },
          { href: `/comunas/region/${comuna.region.code}`, label: comuna.region.name },
          { label: comuna.name },
        ]}
      />
      <PageHeading title={`Comuna de ${comuna.name}`}>{comuna.name}</PageHeading>
      {canSeeMinuta(await getViewer(), { municipalityCode: comuna.municipality.code, regionCode: comuna.region.code }) && <p className="mt-1"><AppLink href={`/minutas/${comuna.code}`}>Minuta estadística de la comuna (para imprimir o descargar en PDF)</AppLink></p>}

      <dl className="mt-4 grid gap-3 rounded-xl bg-white p-5 shadow-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-sm text-muted">Código único territorial</dt>
          <dd className="text-lg font-medium tabular-nums">{comuna.code}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Provincia</dt>
          <dd className="font-medium">
            {comuna.province.name} <span className="text-sm font-normal text-muted">({comuna.province.code})</span>
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Región</dt>
          <dd className="font-medium">
            <AppLink href={`/comunas/region/${comuna.region.code}`}>{comuna.region.name}</AppLink>{" "}
            <span className="text-sm font-normal text-muted">({comuna.region.code})</span>
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Municipalidad</dt>
          <dd className="font-medium">
            {administeredElsewhere ? (
              <>
                Administrada por la Municipalidad de <AppLink href={`/comunas/${comuna.municipality.code}`}>{comuna.municipality.name}</AppLink>
              </>
            ) : (
              <>Municipalidad de {comuna.municipality.name}</>
            )}
          </dd>
        </div>
      </dl>

      <h2 className="mt-10 text-2xl font-bold text-sermig-blue-dark">Estadísticas</h2>
      <div className="mt-4 grid gap-4 lg:grid-cols-3">
        {comunaStatSections(comuna.stats).map((section) => (
          <StatSection key={section.id} section={section} />
        ))}
      </div>
    </div>
  );
}
