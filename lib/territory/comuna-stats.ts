import type { StatIndicator } from "@/lib/generated/prisma/enums";

export type StatRow = {
  indicator: StatIndicator;
  year: number;
  value: number | null;
  dataset: { id: string; title: string; publisher: string; notes: string };
};

export type Figure = { label: string; value: number | null };
export type StatSection = {
  id: string;
  title: string;
  figures: Figure[];
  /** What to say where the source publishes no figure (distinct from zero). */
  missingLabel: string;
  source: { title: string; publisher: string; notes: string } | null;
};

const FOREIGN_MISSING = "No publicado (menos de 10.000)";

/** The latest year of an indicator: an admin may have imported a newer release than the reference files. */
function pick(stats: StatRow[], indicator: StatIndicator) {
  return stats.filter((s) => s.indicator === indicator).reduce<StatRow | undefined>((latest, s) => (!latest || s.year > latest.year ? s : latest), undefined);
}

function sourceOf(rows: (StatRow | undefined)[]) {
  const row = rows.find(Boolean);
  return row ? { title: row.dataset.title, publisher: row.dataset.publisher, notes: row.dataset.notes } : null;
}

/** Groups a comuna's statistics into the sections its page and minuta show, each with its source. */
export function comunaStatSections(stats: StatRow[]): StatSection[] {
  const census = (["POPULATION_TOTAL", "POPULATION_MEN", "POPULATION_WOMEN"] as const).map((i) => pick(stats, i));
  const foreign = stats.filter((s) => s.indicator === "FOREIGN_RESIDENTS_ESTIMATE").sort((a, b) => a.year - b.year);
  const permits = (
    ["TEMPORARY_RESIDENCE_APPLICATIONS", "TEMPORARY_RESIDENCE_GRANTS", "DEFINITIVE_RESIDENCE_APPLICATIONS", "DEFINITIVE_RESIDENCE_GRANTS"] as const
  ).map((i) => pick(stats, i));
  const years = (rows: (StatRow | undefined)[]) => [...new Set(rows.filter(Boolean).map((r) => r!.year))].sort().join(" y ");

  return [
    {
      id: "poblacion",
      title: census[0] ? `Población (${census[0].year === 2017 ? "Censo 2017" : census[0].year})` : "Población",
      figures: [
        { label: "Total", value: census[0]?.value ?? null },
        { label: "Hombres", value: census[1]?.value ?? null },
        { label: "Mujeres", value: census[2]?.value ?? null },
      ],
      missingLabel: "Sin datos",
      source: sourceOf(census),
    },
    {
      id: "extranjeros",
      title: "Personas extranjeras residentes (estimación al 31 de diciembre)",
      figures: foreign.map((s) => ({ label: String(s.year), value: s.value })),
      missingLabel: FOREIGN_MISSING,
      source: sourceOf(foreign),
    },
    {
      id: "residencias",
      title: `Residencias solicitadas y otorgadas en ${years(permits) || "el último año publicado"}`,
      figures: [
        { label: "Residencia temporal: solicitudes acogidas", value: permits[0]?.value ?? null },
        { label: "Residencia temporal: otorgadas", value: permits[1]?.value ?? null },
        { label: "Residencia definitiva: solicitudes acogidas", value: permits[2]?.value ?? null },
        { label: "Residencia definitiva: otorgadas", value: permits[3]?.value ?? null },
      ],
      missingLabel: "Sin datos",
      source: sourceOf(permits),
    },
  ];
}
