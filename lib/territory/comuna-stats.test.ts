import { describe, expect, it } from "vitest";
import { comunaStatSections, type StatRow } from "./comuna-stats";

const dataset = { id: "d", title: "T", publisher: "P", notes: "N" };
const row = (indicator: StatRow["indicator"], year: number, value: number | null): StatRow => ({ indicator, year, value, dataset });

describe("comunaStatSections", () => {
  it("keeps unpublished figures as null with the label of their source", () => {
    const sections = comunaStatSections([row("POPULATION_TOTAL", 2017, 4000), row("FOREIGN_RESIDENTS_ESTIMATE", 2022, null), row("FOREIGN_RESIDENTS_ESTIMATE", 2021, 0)]);
    const foreign = sections.find((s) => s.id === "extranjeros")!;
    expect(foreign.figures).toEqual([
      { label: "2021", value: 0 },
      { label: "2022", value: null },
    ]);
    expect(foreign.missingLabel).toBe("No publicado (menos de 10.000)");
    expect(sections.find((s) => s.id === "poblacion")!.figures[0]).toEqual({ label: "Total", value: 4000 });
  });
});

describe("comunaStatSections after an import", () => {
  it("shows the latest year of each indicator and names it in the title", () => {
    const sections = comunaStatSections([row("TEMPORARY_RESIDENCE_GRANTS", 2023, 705), row("TEMPORARY_RESIDENCE_GRANTS", 2024, 812), row("POPULATION_TOTAL", 2017, 4000)]);
    const permits = sections.find((s) => s.id === "residencias")!;
    expect(permits.title).toBe("Residencias solicitadas y otorgadas en 2024");
    expect(permits.figures[1]).toEqual({ label: "Residencia temporal: otorgadas", value: 812 });
    expect(sections.find((s) => s.id === "poblacion")!.title).toBe("Población (Censo 2017)");
  });
});
