import { MAP_CATEGORIES, type MapCategory } from "./map";

/**
 * A second cue besides colour for each class of the map (WCAG 1.4.1): neighbours such as "Adherida"
 * and "Retirada" are 1.09:1 apart in lightness, so each class also has its own texture. Classes far
 * apart in lightness (the dark "Con Sello", the pale "Sin adhesión") stay plain.
 */
const TEXTURE: Record<MapCategory, "plain" | "stripes" | "dots" | "crosshatch"> = {
  SELLO: "plain",
  ADHERIDA: "stripes",
  INTERESADA: "dots",
  RETIRADA: "crosshatch",
  SIN_ADHESION: "plain",
};

export const patternId = (prefix: string, category: MapCategory) => `${prefix}-${category.toLowerCase()}`;

/** The overlay of one texture in a square of side `size`, drawn in `ink`. */
function overlay(texture: (typeof TEXTURE)[MapCategory], size: number, ink: string): string {
  const line = `stroke="${ink}" stroke-width="${(size / 6).toFixed(2)}"`;
  switch (texture) {
    case "stripes":
      return `<path d="M0 ${size}L${size} 0" ${line}/>`;
    case "crosshatch":
      return `<path d="M0 ${size}L${size} 0M0 0L${size} ${size}" ${line}/>`;
    case "dots":
      return `<circle cx="${size / 2}" cy="${size / 2}" r="${(size / 5).toFixed(2)}" fill="${ink}"/>`;
    case "plain":
      return "";
  }
}

/**
 * The `<defs>` of one map: a pattern per class, sized in the map's own units so the texture shows at
 * about 6 px whatever the zoom. Ids carry `prefix` so several maps on one page never share one.
 */
export function patternDefs(prefix: string, size: number, only?: MapCategory): string {
  const patterns = MAP_CATEGORIES.filter((category) => !only || category.key === only).map((category) => {
    const ink = category.key === "INTERESADA" ? "#7a5a00" : "#ffffff";
    return (
      `<pattern id="${patternId(prefix, category.key)}" patternUnits="userSpaceOnUse" width="${size}" height="${size}">` +
      `<rect width="${size}" height="${size}" fill="${category.fill}"/>${overlay(TEXTURE[category.key], size, ink)}</pattern>`
    );
  });
  return `<defs>${patterns.join("")}</defs>`;
}

/** The texture size for a map drawn from a viewBox "x y width height": about a hundredth of its height. */
export function textureSize(viewBox: string): number {
  const height = Number(viewBox.split(" ")[3]);
  return Math.max(0.5, Math.round(height) / 100);
}
