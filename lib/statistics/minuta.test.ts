import { afterAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { readCsv, TERRITORY_DIR } from "@/prisma/seed/csv";
import { canSeeMinuta, getMinuta } from "./minuta";

const viewer = (role: Role, place: Partial<Viewer> = {}): Viewer => ({ id: `test-${role}`, name: "Prueba", run: "1-9", role, municipalityCode: null, regionCode: null, ...place });
const melipillaOfficer = viewer("MUNICIPAL_OFFICER", { municipalityCode: "13501", regionCode: "13" });
const santiagoOfficer = viewer("MUNICIPAL_OFFICER", { municipalityCode: "13101", regionCode: "13" });
const caboDeHornosOfficer = viewer("MUNICIPAL_OFFICER", { municipalityCode: "12201", regionCode: "12" });
const metropolitanCoordinator = viewer("REGIONAL_COORDINATOR", { regionCode: "13" });
const antofagastaCoordinator = viewer("REGIONAL_COORDINATOR", { regionCode: "02" });
const admin = viewer("NATIONAL_ADMIN");

const csv = (file: string) => readCsv(TERRITORY_DIR, file);
const comunas = csv("comunas.csv");

afterAll(async () => {
  await db.$disconnect();
});

describe("minuta access", () => {
  it("opens for the municipality's officers, the region's coordinators and admins; 404 for everyone else", async () => {
    for (const v of [melipillaOfficer, metropolitanCoordinator, admin]) await expect(getMinuta(v, "13501")).resolves.toMatchObject({ comuna: { code: "13501" } });
    for (const v of [santiagoOfficer, antofagastaCoordinator, caboDeHornosOfficer]) await expect(getMinuta(v, "13501")).rejects.toThrow(NotFoundError);
    for (const code of ["99999", "1350", "13501' OR '1'='1"]) await expect(getMinuta(admin, code)).rejects.toThrow(NotFoundError);
  });

  it("lets Cabo de Hornos's officers open Antártica, the comuna their municipality administers", async () => {
    const minuta = await getMinuta(caboDeHornosOfficer, "12202");
    expect(minuta.comuna.municipality).toMatchObject({ code: "12201", comunas: [{ code: "12202" }, { code: "12201" }] });
    expect(canSeeMinuta(caboDeHornosOfficer, { municipalityCode: "12201", regionCode: "12" })).toBe(true);
  });

  it("links to the minuta exactly where the page would open", async () => {
    const viewers = [melipillaOfficer, santiagoOfficer, caboDeHornosOfficer, metropolitanCoordinator, antofagastaCoordinator, admin];
    for (const code of ["13501", "12202", "02101"]) {
      const comuna = await db.comuna.findUniqueOrThrow({ where: { code }, select: { municipalityCode: true, regionCode: true } });
      for (const v of viewers) {
        const opens = await getMinuta(v, code).then(() => true, () => false);
        expect(canSeeMinuta(v, comuna), `${v.role} ${v.municipalityCode ?? v.regionCode} → ${code}`).toBe(opens);
      }
    }
    expect(canSeeMinuta(null, { municipalityCode: "13501", regionCode: "13" })).toBe(false);
  });
});

describe("minuta figures", () => {
  it("shows Melipilla's figures from the reference files, beside sums over its region and the country", async () => {
    const { figures } = await getMinuta(melipillaOfficer, "13501");
    const figure = (indicator: string) => figures.find((f) => f.indicator === indicator)!;
    const census = csv("poblacion_censo2017_comunas.csv");
    const permits = csv("residencias_sermig_2023_comunas.csv");
    const row = census.find((r) => r.comuna_code === "13501")!;
    const region13 = new Set(comunas.filter((c) => c.region_code === "13").map((c) => c.comuna_code));
    const sum = (rows: Record<string, string>[], column: string, only?: Set<string>) =>
      rows.filter((r) => !only || only.has(r.comuna_code)).reduce((n, r) => n + (r[column] === "" ? 0 : Number(r[column])), 0);

    expect(figure("POPULATION_TOTAL")).toMatchObject({
      year: 2017,
      value: Number(row.poblacion_total),
      region: { sum: sum(census, "poblacion_total", region13), published: 52, comunas: 52 },
      country: { sum: 17_574_003, published: 346, comunas: 346 },
      source: { title: "Censo de Población y Vivienda 2017" },
    });
    const rd = permits.find((r) => r.comuna_code === "13501")!;
    expect(figure("DEFINITIVE_RESIDENCE_GRANTS")).toMatchObject({ year: 2023, value: Number(rd.rd_otorgadas), country: { sum: 114_448, published: 345, comunas: 346 } });
    expect(figure("TEMPORARY_RESIDENCE_APPLICATIONS")).toMatchObject({ value: Number(rd.rt_solicitudes_acogidas), region: { sum: sum(permits, "rt_solicitudes_acogidas", region13) } });
  });

  it("says the foreign-resident estimate is not published for comunas under 10,000, and sums only the published ones", async () => {
    const estimates = csv("extranjeros_estimacion_comunas_2018_2022.csv");
    const { figures } = await getMinuta(admin, "13502");
    expect(estimates.some((r) => r.comuna_code === "13502")).toBe(false);
    expect(figures.find((f) => f.indicator === "FOREIGN_RESIDENTS_ESTIMATE")).toMatchObject({
      year: 2022,
      value: null,
      country: { sum: 1_177_226, published: 42, comunas: 346 },
      region: { published: estimates.filter((r) => r.comuna_code.startsWith("13")).length, comunas: 52 },
    });
  });

  it("counts the municipality's cases in its scope, without drafts and without any personal data", async () => {
    const { cases } = await getMinuta(melipillaOfficer, "13501");
    const expected = await db.case.count({ where: { municipalityCode: "13501", status: { not: "BORRADOR" } } });
    expect(cases.filed).toBe(expected);
    expect(cases.open + cases.resolved).toBeLessThanOrEqual(cases.filed);
    expect(cases.byType.reduce((n, t) => n + t.filed, 0)).toBe(expected);
    expect(Object.keys(cases.byType[0] ?? { type: 0, label: 0, filed: 0, open: 0, resolved: 0 }).sort()).toEqual(["filed", "label", "open", "resolved", "type"]);
  });
});
