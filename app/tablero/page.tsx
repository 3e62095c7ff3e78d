import { AppLink } from "@/components/ui/app-link";
import { AdhesionChart } from "@/components/coverage/adhesion-chart";
import { CaseStats } from "@/components/coverage/case-stats";
import { Figure } from "@/components/coverage/headline";
import { PrioritySection } from "@/components/coverage/priority-section";
import { RegionPicker } from "@/components/coverage/region-picker";
import { RegionTable } from "@/components/coverage/region-table";
import { WorkPlanProgress } from "@/components/coverage/work-plan-progress";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { hasPermission } from "@/lib/auth/permissions";
import { dashboardContext } from "@/lib/coverage/page-scope";
import { dashboardQuerySchema } from "@/lib/coverage/query";
import { regionSortSchema, shares, sortRegions } from "@/lib/coverage/region-sort";
import { dashboardFigures } from "@/lib/coverage/figures";
import { headlineOf, priorityComunas } from "@/lib/coverage/service";
import { formatDateTime, formatNumber, formatPercent } from "@/lib/format";
import { parseQuery } from "@/lib/query/parse";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function Section({ id, title, action, children }: { id: string; title: string; action?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-2xl font-bold text-sermig-blue-dark">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}

export default async function DashboardPage({ searchParams }: Props) {
  const { viewer, scope, regions, region } = await dashboardContext("/tablero", parseQuery(dashboardQuerySchema, await searchParams).values.region);
  const sort = parseQuery(regionSortSchema, await searchParams).values;
  const canPrioritise = hasPermission(viewer.role, "coverage.prioritise");
  const [{ computedAt, rows, timeline, method, byTypeAndStatus, months, sla, lines, derivations }, priorities] = await Promise.all([dashboardFigures(scope), priorityComunas(scope)]);
  const head = headlineOf(rows);
  const national = viewer.role === "NATIONAL_ADMIN";
  const scopeLabel = region ? region.name : "todo el país";
  // Coordinators' lists are already limited to their region; admins carry the region they chose.
  const regionQuery = scope.regionCode ? `region=${scope.regionCode}` : "";
  const regionParam = regionQuery ? `&${regionQuery}` : "";
  const exportHref = (table: string) => `/tablero/exportar/${table}${national && regionQuery ? `?${regionQuery}` : ""}`;
  const municipalities = (estado: string) => `/municipalidades?estado=${estado}${regionParam}`;
  const sortHref = (orden: string, sentido: string) => `/tablero?${new URLSearchParams({ ...(national && scope.regionCode ? { region: scope.regionCode } : {}), orden, sentido })}#regiones`;
  const covered = shares.foreigners(head);

  return (
    <div className="space-y-10">
      <div>
        <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { label: "Tablero" }]} />
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <PageHeading title="Tablero de cobertura" />
            <p className="mt-1 text-muted">
              {region ? region.name : "Todo el país"}. Cifras calculadas el {formatDateTime(computedAt)} (se actualizan cada minuto); cada cifra lleva a la lista que cuenta.
            </p>
          </div>
          {national && <RegionPicker action="/tablero" regions={regions} current={scope.regionCode} />}
        </div>
      </div>

      <Section id="cifras" title="Cifras principales">
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Figure
            label="Municipalidades adheridas"
            value={`${formatNumber(head.adhered)} de ${formatNumber(head.municipalities)}`}
            detail={`${head.municipalities === 0 ? "—" : formatPercent(head.adhered / head.municipalities)} de las municipalidades`}
            href={municipalities("ADHERIDAS")}
          />
          <Figure label="Con Sello" value={formatNumber(head.certified)} detail="Certificadas, revalidadas o en revalidación" href={municipalities("CON_SELLO")} />
          <Figure label="En evaluación" value={formatNumber(head.inEvaluation)} detail="Esperan la decisión de certificación" href={municipalities("EN_EVALUACION")} />
          <Figure label="Revalidaciones por vencer" value={formatNumber(head.revalidationsDue)} detail="Vencidas o dentro de 90 días" href={municipalities("REVALIDACION_PROXIMA")} />
          <Figure
            label="Personas extranjeras en comunas adheridas"
            value={
              <>
                {covered === null ? "—" : formatPercent(covered)}
                <a href="#nota-extranjeros" className="text-base font-normal" aria-label="Ver nota sobre la estimación">
                  <sup>*</sup>
                </a>
              </>
            }
            detail={`${formatNumber(head.foreignersCovered)} de ${formatNumber(head.foreigners)} (estimación${method ? ` ${method.year}` : ""})`}
          />
          <Figure label="Casos abiertos" value={formatNumber(head.openCases)} detail={`${formatNumber(head.overdueCases)} con el plazo vencido`} href={`/casos/bandeja?vista=abiertos${regionParam}`} />
        </div>
      </Section>

      <Section id="evolucion" title="Adhesión en el tiempo" action={<a href={exportHref("evolucion")}>Descargar CSV<span className="sr-only">: adhesión en el tiempo</span></a>}>
        <div className="rounded-xl bg-white p-4 shadow-sm">
          <AdhesionChart points={timeline} scopeLabel={scopeLabel} />
        </div>
      </Section>

      <Section id="regiones" title="Por región" action={<a href={exportHref("regiones")}>Descargar CSV<span className="sr-only">: cobertura por región</span></a>}>
        <RegionTable rows={sortRegions(rows, sort.orden, sort.sentido)} orden={sort.orden} sentido={sort.sentido} sortHref={sortHref} />
      </Section>

      <Section id="mapa" title="Mapa">
        <div className="flex flex-wrap items-center justify-between gap-4 rounded-xl bg-white p-5 shadow-sm">
          <p>
            {formatNumber(head.adheredComunas)} de {formatNumber(head.comunas)} comunas viven en una municipalidad adherida. El mapa las muestra coloreadas por estado, con una tabla
            equivalente.
          </p>
          <AppLink href={`/tablero/mapa${national && regionQuery ? `?${regionQuery}` : ""}`} className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white no-underline hover:bg-sermig-blue-dark">
            Ver el mapa de cobertura
          </AppLink>
        </div>
      </Section>

      <Section id="casos" title="Casos">
        <CaseStats sla={sla} byTypeAndStatus={byTypeAndStatus} months={months} derivations={derivations} regionParam={regionParam} scopeLabel={scopeLabel} exportHref={exportHref} />
      </Section>

      <Section id="planes" title="Planes de trabajo" action={<a href={exportHref("planes")}>Descargar CSV<span className="sr-only">: planes de trabajo</span></a>}>
        <p className="text-muted">Acciones aprobadas por la coordinación regional, por línea, en las municipalidades adheridas.</p>
        <WorkPlanProgress lines={lines} adhered={head.adhered} />
      </Section>

      <Section id="prioritarias" title="Comunas prioritarias" action={<a href={exportHref("prioritarias")}>Descargar CSV<span className="sr-only">: comunas prioritarias</span></a>}>
        <p className="text-muted">Comunas adheridas que SERMIG prioriza en sus acciones nacionales.</p>
        <PrioritySection rows={priorities} canEdit={canPrioritise} />
      </Section>

      <footer id="nota-extranjeros" className="border-t border-slate-200 pt-4 text-sm text-muted">
        <h2 className="font-bold text-ink">* Nota sobre las personas extranjeras</h2>
        {method ? (
          <p className="mt-1">
            Estimación INE–SERMIG de personas extranjeras residentes al 31-12-{method.year}: {formatNumber(method.nationalTotal)} en el país. El INE publica por separado solo las{" "}
            {method.publishedComunas} comunas con 10.000 o más ({formatNumber(method.publishedTotal)} personas); no publica cifras por región ni para las otras{" "}
            {method.unpublishedComunas} comunas. Para no dejarlas en cero, el resto del total nacional ({formatNumber(method.remainder)} personas) se reparte entre esas comunas en
            proporción a su población del Censo {method.populationYear}. Es una aproximación: de las {formatNumber(head.foreignersCovered)} personas cubiertas en{" "}
            {scopeLabel}, {formatNumber(head.foreignersCoveredAttributed)} salen de ese reparto y el resto de cifras publicadas.
          </p>
        ) : (
          <p className="mt-1">No hay una estimación de personas extranjeras cargada con su total nacional; el porcentaje cuenta solo las comunas publicadas.</p>
        )}
      </footer>
    </div>
  );
}
