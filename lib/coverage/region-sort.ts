import { z } from "zod";
import { choice } from "@/lib/query/fields";
import type { RegionRow } from "./service";

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** The derived shares shown in the region table; null where there is nothing to divide. */
export const shares = {
  comunas: (r: Pick<RegionRow, "adheredComunas" | "comunas">) => ratio(r.adheredComunas, r.comunas),
  foreigners: (r: Pick<RegionRow, "foreignersCovered" | "foreigners">) => ratio(r.foreignersCovered, r.foreigners),
  sla: (r: Pick<RegionRow, "finishedOnTime" | "finishedCases">) => ratio(r.finishedOnTime, r.finishedCases),
};

export const REGION_SORTS = {
  region: { label: "Región", value: (r: RegionRow) => r.order },
  adheridas: { label: "Adheridas", value: (r: RegionRow) => r.adhered },
  comunas: { label: "% de comunas", value: (r: RegionRow) => shares.comunas(r) ?? -1 },
  extranjeros: { label: "% de personas extranjeras", value: (r: RegionRow) => shares.foreigners(r) ?? -1 },
  certificadas: { label: "Con Sello", value: (r: RegionRow) => r.certified },
  casos: { label: "Casos abiertos", value: (r: RegionRow) => r.openCases },
  plazo: { label: "Resueltos en plazo", value: (r: RegionRow) => shares.sla(r) ?? -1 },
} as const;
export type RegionSort = keyof typeof REGION_SORTS;

export const regionSortSchema = z.object({
  orden: choice(Object.keys(REGION_SORTS) as RegionSort[]).default("region"),
  sentido: choice(["asc", "desc"]).optional(),
});

/** Regions keep north-to-south order by default; numbers sort largest first unless asked otherwise. */
export function sortRegions(rows: RegionRow[], orden: RegionSort, sentido?: "asc" | "desc"): RegionRow[] {
  const direction = sentido ?? (orden === "region" ? "asc" : "desc");
  const sign = direction === "asc" ? 1 : -1;
  const value = REGION_SORTS[orden].value;
  return [...rows].sort((a, b) => sign * (value(a) - value(b)) || a.order - b.order);
}
