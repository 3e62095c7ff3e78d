import type { AdhesionStatus } from "@/lib/generated/prisma/enums";
import shapesFile from "./map-shapes.json";

/** A comuna's precomputed SVG path (scripts/build-coverage-map.ts) and its box in map units. */
export type MapShape = { code: string; region: string; d: string; box: number[] };

export const MAINLAND: MapShape[] = shapesFile.shapes;
/** Isla de Pascua and Juan Fernández, each drawn in its own 100 × 100 inset. */
export const INSETS: MapShape[] = shapesFile.insets;

export type MapCategory = "SELLO" | "ADHERIDA" | "INTERESADA" | "RETIRADA" | "SIN_ADHESION";

/** Five classes are as many as a reader tells apart on a map; the table and the tooltip give the exact status. */
export const MAP_CATEGORIES: { key: MapCategory; label: string; fill: string }[] = [
  { key: "SELLO", label: "Con Sello (certificada, revalidada o en revalidación)", fill: "#1d6b38" },
  { key: "ADHERIDA", label: "Adherida, en camino al Sello", fill: "#5b9fe3" },
  { key: "INTERESADA", label: "Interesada", fill: "#f0c35a" },
  { key: "RETIRADA", label: "Retirada", fill: "#8a95a3" },
  { key: "SIN_ADHESION", label: "Sin adhesión", fill: "#e4e9ef" },
];

export function mapCategory(status: AdhesionStatus | null): MapCategory {
  switch (status) {
    case "CERTIFICADA":
    case "REVALIDADA":
    case "EN_REVALIDACION":
      return "SELLO";
    case "CARTA_FIRMADA":
    case "EN_IMPLEMENTACION":
    case "EN_EVALUACION":
      return "ADHERIDA";
    case "INTERESADA":
      return "INTERESADA";
    case "RETIRADA":
      return "RETIRADA";
    case null:
      return "SIN_ADHESION";
  }
}

/**
 * The country in three columns so a long, thin Chile fits a screen: the north down to Coquimbo, the
 * centre from Valparaíso to Los Ríos, the south from Los Lagos to Magallanes.
 */
export const PANELS: { label: string; regions: string[] }[] = [
  { label: "Norte", regions: ["15", "01", "02", "03", "04"] },
  { label: "Centro", regions: ["05", "13", "06", "07", "16", "08", "09", "14"] },
  { label: "Sur", regions: ["10", "11", "12"] },
];

/** The box around some shapes with a margin, as an SVG viewBox. */
export function viewBoxOf(shapes: MapShape[], margin = 4): string {
  const x0 = Math.min(...shapes.map((s) => s.box[0])) - margin;
  const y0 = Math.min(...shapes.map((s) => s.box[1])) - margin;
  const x1 = Math.max(...shapes.map((s) => s.box[2])) + margin;
  const y1 = Math.max(...shapes.map((s) => s.box[3])) + margin;
  return [x0, y0, x1 - x0, y1 - y0].map((n) => Math.round(n * 10) / 10).join(" ");
}
