import { INSETS, MAINLAND, MAP_CATEGORIES, PANELS, viewBoxOf, type MapShape } from "@/lib/coverage/map";
import { comunaStatusLabel, shapesMarkup } from "@/lib/coverage/map-markup";
import { patternDefs, patternId, textureSize } from "@/lib/coverage/map-patterns";
import type { ComunaStatus } from "@/lib/coverage/service";
import { type ComunaDetails, MapDetails } from "./map-details";

type Props = {
  comunas: ComunaStatus[];
  /** Zoomed to one region, or the whole country in three columns. */
  regionCode: string | null;
  /** The link each shape opens (the same page with the comuna chosen). */
  hrefFor: (code: string) => string;
  selected: string | null;
};

/** Shared by every map: a dark edge on hover and a thick black one on keyboard focus, edges that do not scale with zoom. */
const BASE_STYLE =
  "[&_path]:[fill-rule:evenodd] [&_path]:[vector-effect:non-scaling-stroke] [&_a:hover>path]:stroke-ink [&_a:hover>path]:[stroke-width:1.5px] [&_a:focus-visible>path]:stroke-black [&_a:focus-visible>path]:[stroke-width:3px]";
const MAP_STYLE = `${BASE_STYLE} [&_path]:stroke-white [&_path]:[stroke-width:0.6px]`;
/** Islands a few pixels wide need a dark edge to show at all. */
const INSET_STYLE = `${BASE_STYLE} [&_path]:stroke-[#52606d] [&_path]:[stroke-width:1.5px]`;

/** A comuna shown in its own inset box (the oceanic islands). */
function Inset({ shape, byCode, hrefFor }: { shape: MapShape; byCode: Map<string, ComunaStatus>; hrefFor: (code: string) => string }) {
  const comuna = byCode.get(shape.code)!;
  return (
    <figure className="w-28 text-center">
      <svg
        viewBox={shape.box.join(" ")}
        role="group"
        aria-label={`Recuadro: ${comuna.name}`}
        className={`h-24 w-24 rounded border border-slate-300 bg-sky-50 ${INSET_STYLE}`}
        dangerouslySetInnerHTML={{ __html: patternDefs(`recuadro-${shape.code}`, textureSize(shape.box.join(" "))) + shapesMarkup([shape], byCode, hrefFor, `recuadro-${shape.code}`) }}
      />
      <figcaption className="text-xs text-muted">{comuna.name} (fuera de escala)</figcaption>
    </figure>
  );
}

/**
 * The comunas coloured by their municipality's adhesion, drawn on the server from precomputed paths.
 * Each shape is a link with a name (keyboard and screen readers reach every comuna); the panel beside
 * it shows the comuna under the pointer or focus.
 */
export function CoverageMap({ comunas, regionCode, hrefFor, selected }: Props) {
  const byCode = new Map(comunas.map((c) => [c.code, c]));
  const drawn = MAINLAND.filter((s) => byCode.has(s.code));
  const insets = INSETS.filter((s) => byCode.has(s.code));
  const chosen = selected ? byCode.get(selected) : undefined;
  const initial: ComunaDetails | null = chosen ? { code: chosen.code, name: chosen.name, status: comunaStatusLabel(chosen), municipality: chosen.municipalityCode } : null;
  const panels = regionCode
    ? [{ label: "Región", shapes: drawn }]
    : PANELS.map((panel) => ({ label: panel.label, shapes: drawn.filter((s) => panel.regions.includes(s.region)) })).filter((p) => p.shapes.length > 0);

  return (
    <MapDetails initial={initial}>
      <div className="rounded-xl bg-white p-4 shadow-sm">
        {/* Every comuna is a link: without this a keyboard user tabs through up to 345 of them. */}
        <a href="#detalle" className="sr-only focus:not-sr-only focus:mb-3 focus:inline-block focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Saltar el mapa ({drawn.length + insets.length} comunas) e ir al detalle
        </a>
        <div className={regionCode ? "" : "flex flex-wrap items-start justify-center gap-4"}>
          {panels.map((panel, index) => (
            <figure key={panel.label}>
              <svg
                viewBox={viewBoxOf(panel.shapes)}
                role="group"
                aria-label={regionCode ? "Mapa de la región" : `Mapa: zona ${panel.label.toLowerCase()}`}
                data-testid="coverage-map"
                className={`${regionCode ? "mx-auto block max-h-[42rem] w-full" : "block h-[36rem] w-auto max-w-full"} ${MAP_STYLE}`}
                dangerouslySetInnerHTML={{ __html: patternDefs(`mapa-${index}`, textureSize(viewBoxOf(panel.shapes))) + shapesMarkup(panel.shapes, byCode, hrefFor, `mapa-${index}`) }}
              />
              {!regionCode && <figcaption className="mt-1 text-center text-sm font-medium text-muted">{panel.label}</figcaption>}
            </figure>
          ))}
        </div>
        {insets.length > 0 && (
          <div className="mt-4 flex flex-wrap gap-4 border-t border-slate-200 pt-3">
            <p className="w-full text-sm text-muted">Territorio insular, en recuadros fuera de escala:</p>
            {insets.map((shape) => (
              <Inset key={shape.code} shape={shape} byCode={byCode} hrefFor={hrefFor} />
            ))}
          </div>
        )}
      </div>
    </MapDetails>
  );
}

export function MapLegend() {
  return (
    <div className="rounded-xl bg-white p-4 shadow-sm">
      <h2 className="font-bold">Leyenda</h2>
      <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2 lg:grid-cols-3" aria-label="Leyenda del mapa">
        {MAP_CATEGORIES.map((category) => (
          <li key={category.key} className="flex items-center gap-2">
            <svg viewBox="0 0 16 16" className="h-5 w-5 shrink-0" aria-hidden="true" dangerouslySetInnerHTML={{ __html: `${patternDefs("leyenda", 5, category.key)}<rect width="16" height="16" rx="3" fill="url(#${patternId("leyenda", category.key)})" stroke="#52606d" stroke-width="1"/>` }} />
            {category.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
