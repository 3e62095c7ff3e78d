import { STATUS_LABELS } from "@/lib/adhesion/lifecycle";
import { escapeMarkup } from "@/lib/markup";
import { mapCategory, type MapShape } from "./map";
import { patternId } from "./map-patterns";
import type { ComunaStatus } from "./service";

export const comunaStatusLabel = (c: ComunaStatus) => `${c.status ? STATUS_LABELS[c.status] : "Sin adhesión"}${c.prioritised ? " · prioritaria" : ""}`;

/**
 * The inside of a map's <svg> as one string: a focusable link per comuna with its name in <title>,
 * filled with its class's pattern from the `<defs>` with prefix `patterns` (map-patterns.ts).
 * The national map has 345 of them; as React elements they cost the server more to render and
 * serialise than everything else on the page, while a string is copied once.
 */
export function shapesMarkup(shapes: MapShape[], byCode: Map<string, ComunaStatus>, hrefFor: (code: string) => string, patterns: string): string {
  return shapes
    .map((shape) => {
      const comuna = byCode.get(shape.code)!;
      const label = comunaStatusLabel(comuna);
      const name = escapeMarkup(comuna.name);
      return (
        `<a href="${escapeMarkup(hrefFor(comuna.code))}" data-code="${comuna.code}" data-name="${name}" data-status="${escapeMarkup(label)}" data-municipality="${comuna.municipalityCode}">` +
        `<title>${name}: ${escapeMarkup(label)}</title><path d="${shape.d}" fill="url(#${patternId(patterns, mapCategory(comuna.status))})"></path></a>`
      );
    })
    .join("");
}
