import { STATUS_LABELS } from "@/lib/adhesion/lifecycle";
import { escapeMarkup } from "@/lib/markup";
import { MAP_CATEGORIES, mapCategory, type MapShape } from "./map";
import type { ComunaStatus } from "./service";

const FILL = Object.fromEntries(MAP_CATEGORIES.map((c) => [c.key, c.fill]));

export const comunaStatusLabel = (c: ComunaStatus) => `${c.status ? STATUS_LABELS[c.status] : "Sin adhesión"}${c.prioritised ? " · prioritaria" : ""}`;

/**
 * The inside of a map's <svg> as one string: a focusable link per comuna with its name in <title>.
 * The national map has 345 of them; as React elements they cost the server more to render and
 * serialise than everything else on the page, while a string is copied once.
 */
export function shapesMarkup(shapes: MapShape[], byCode: Map<string, ComunaStatus>, hrefFor: (code: string) => string): string {
  return shapes
    .map((shape) => {
      const comuna = byCode.get(shape.code)!;
      const label = comunaStatusLabel(comuna);
      const name = escapeMarkup(comuna.name);
      return (
        `<a href="${escapeMarkup(hrefFor(comuna.code))}" data-code="${comuna.code}" data-name="${name}" data-status="${escapeMarkup(label)}" data-municipality="${comuna.municipalityCode}">` +
        `<title>${name}: ${escapeMarkup(label)}</title><path d="${shape.d}" fill="${FILL[mapCategory(comuna.status)]}"></path></a>`
      );
    })
    .join("");
}
