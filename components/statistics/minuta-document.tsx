import { StatusBadge } from "@/components/adhesion/status-badge";
import { PageHeading } from "@/components/ui/page-heading";
import { formatDate, formatDateTime, formatNumber } from "@/lib/format";
import type { Minuta } from "@/lib/statistics/minuta";
import { MinutaFigures, numberSources } from "./minuta-figures";

function CaseFigures({ cases }: { cases: Minuta["cases"] }) {
  if (cases.filed === 0) return <p className="mt-3 text-muted">La municipalidad aún no ha ingresado casos Sello.</p>;
  return (
    <>
      <dl className="mt-3 grid gap-3 sm:grid-cols-3">
        {[
          ["Casos ingresados", cases.filed],
          ["En curso", cases.open],
          ["Resueltos o cerrados", cases.resolved],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-slate-200 px-3 py-2">
            <dt className="text-xs text-muted">{label}</dt>
            <dd className="text-xl font-bold tabular-nums text-sermig-blue-dark">{formatNumber(value as number)}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-3 overflow-x-auto print:overflow-visible" role="region" aria-label="Casos Sello por tipo" tabIndex={0}>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Casos Sello de la municipalidad por tipo</caption>
          <thead className="border-b-2 border-slate-200">
            <tr>
              <th scope="col" className="py-1.5 pr-3 font-semibold">
                Tipo de caso
              </th>
              <th scope="col" className="px-3 py-1.5 text-right font-semibold">
                Ingresados
              </th>
              <th scope="col" className="px-3 py-1.5 text-right font-semibold">
                En curso
              </th>
              <th scope="col" className="py-1.5 pl-3 text-right font-semibold">
                Resueltos o cerrados
              </th>
            </tr>
          </thead>
          <tbody>
            {cases.byType.map((t) => (
              <tr key={t.type} className="border-t border-slate-100">
                <th scope="row" className="py-1.5 pr-3 font-normal">
                  {t.label}
                </th>
                <td className="px-3 py-1.5 text-right tabular-nums">{formatNumber(t.filed)}</td>
                <td className="px-3 py-1.5 text-right tabular-nums">{formatNumber(t.open)}</td>
                <td className="py-1.5 pl-3 text-right tabular-nums">{formatNumber(t.resolved)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * The minuta as one document: on screen inside the portal, and through the print stylesheet a clean
 * A4 page with its own header (who issues it, when) and footer (sources), without navigation.
 */
export function MinutaDocument({ minuta }: { minuta: Minuta }) {
  const { comuna, figures, cases, issuedAt } = minuta;
  const { municipality } = comuna;
  const { notes } = numberSources(figures);
  const sharedMunicipality = municipality.comunas.length > 1;
  const adhesion = municipality.adhesion;

  return (
    <article className="space-y-6 text-ink print:space-y-4 print:text-[10.5pt]">
      <header className="border-b-4 border-sermig-blue pb-3 print:pb-2">
        <p className="text-sm font-medium text-muted">Servicio Nacional de Migraciones · Programa Sello Migrante</p>
        <PageHeading title={`Minuta estadística de ${comuna.name}`} className="mt-1 text-3xl font-bold text-sermig-blue-dark print:text-2xl">
          Minuta estadística: comuna de {comuna.name}
        </PageHeading>
        <p className="mt-1 text-muted">
          {comuna.region.name} · Provincia de {comuna.province.name} · Código territorial {comuna.code} · Municipalidad de {municipality.name}
        </p>
        <p className="mt-1 text-sm">
          Emitida el <time dateTime={issuedAt.toISOString()}>{formatDateTime(issuedAt).slice(0, 10)}</time>
        </p>
      </header>

      <section aria-labelledby="minuta-cifras">
        <h2 id="minuta-cifras" className="mb-2 text-xl font-bold print:text-base">
          Población, personas extranjeras y residencias
        </h2>
        <MinutaFigures figures={figures} comunaName={comuna.name} regionName={comuna.region.name} />
        <p className="mt-2 text-xs text-muted">
          Cada cifra es la del año más reciente cargado en el portal. «No publicado» significa que la fuente no entrega la cifra de esa comuna,
          no que sea cero. Las sumas de la región y del país se calculan sobre las comunas que publican la cifra; cuando alguna no la publica, se indica
          cuántas comunas entran en la suma («solo N de M comunas») y la suma no es el total de la región o del país.
        </p>
      </section>

      <section aria-labelledby="minuta-sello" className="break-inside-avoid">
        <h2 id="minuta-sello" className="text-xl font-bold print:text-base">
          Sello Migrante en la Municipalidad de {municipality.name}
        </h2>
        {sharedMunicipality && (
          <p className="mt-1 text-sm text-muted">
            La municipalidad administra las comunas de {municipality.comunas.map((c) => c.name).join(" y ")}; la adhesión y los casos son de la
            municipalidad.
          </p>
        )}
        <p className="mt-2">
          Adhesión: <StatusBadge status={adhesion?.status ?? null} />
          {adhesion?.letterSignedOn && <span className="ml-2 text-sm">carta firmada el {formatDate(adhesion.letterSignedOn)}</span>}
          {adhesion?.certifiedOn && <span className="ml-2 text-sm">· certificada el {formatDate(adhesion.certifiedOn)}</span>}
        </p>
        <CaseFigures cases={cases} />
        <p className="mt-2 text-xs text-muted">
          Casos Sello ingresados por la municipalidad a SERMIG desde el portal (sin borradores), al {formatDateTime(issuedAt)}. Solo cifras agregadas: la
          minuta no contiene datos de personas.
        </p>
      </section>

      <footer className="break-inside-avoid border-t border-slate-300 pt-3 text-xs leading-relaxed text-muted">
        <h2 className="text-sm font-semibold text-ink">Fuentes</h2>
        <ol className="mt-1 space-y-0.5">
          {notes.map((n) => (
            <li key={n.number}>
              [{n.number}] {n.publisher}, «{n.title}», cifras de {n.years.sort().join(", ")}.
            </li>
          ))}
          <li>Casos y adhesión: portal Sello Migrante, SERMIG.</li>
        </ol>
        <p className="mt-2">
          Minuta emitida el {formatDateTime(issuedAt)} por el portal Sello Migrante del Servicio Nacional de Migraciones. Códigos únicos territoriales
          oficiales (CUT).
        </p>
      </footer>
    </article>
  );
}
