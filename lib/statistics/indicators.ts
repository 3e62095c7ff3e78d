import type { StatIndicator } from "@/lib/generated/prisma/enums";

/** How the portal names each indicator, in the import form, the minuta and the audit trail. */
export const INDICATOR_LABELS: Record<StatIndicator, string> = {
  POPULATION_TOTAL: "Población total",
  POPULATION_MEN: "Población: hombres",
  POPULATION_WOMEN: "Población: mujeres",
  FOREIGN_RESIDENTS_ESTIMATE: "Personas extranjeras residentes (estimación al 31 de diciembre)",
  TEMPORARY_RESIDENCE_APPLICATIONS: "Residencia temporal: solicitudes acogidas",
  TEMPORARY_RESIDENCE_GRANTS: "Residencia temporal: otorgadas",
  DEFINITIVE_RESIDENCE_APPLICATIONS: "Residencia definitiva: solicitudes acogidas",
  DEFINITIVE_RESIDENCE_GRANTS: "Residencia definitiva: otorgadas",
};

export const INDICATORS = Object.keys(INDICATOR_LABELS) as StatIndicator[];

/**
 * INE–SERMIG publish the foreign-resident estimate only for comunas with 10,000 or more foreigners
 * (STATS-SOURCE.md); a missing figure means exactly that, so it is said in those words.
 */
export function unpublishedLabel(indicator: StatIndicator): string {
  return indicator === "FOREIGN_RESIDENTS_ESTIMATE" ? "No publicado (menos de 10.000)" : "No publicado";
}
