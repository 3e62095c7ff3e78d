import { describe, expect, it } from "vitest";
import { parseQuery } from "@/lib/query/parse";
import { comunaSearchSchema } from "./schemas";
import { getComunaProfile, getRegionDetail, listRegions, searchComunas } from "./service";

const search = (params: Record<string, string>) => searchComunas(parseQuery(comunaSearchSchema, params).values);

describe("comuna directory", () => {
  it("lists the 16 regions from north to south with their counts", async () => {
    const regions = await listRegions();
    expect(regions).toHaveLength(16);
    expect(regions[0]).toMatchObject({ code: "15", provinceCount: 2, comunaCount: 4 });
    expect(regions.find((r) => r.code === "13")).toMatchObject({ provinceCount: 6, comunaCount: 52 });
    expect(regions.reduce((sum, r) => sum + r.comunaCount, 0)).toBe(346);
  });

  it("finds comunas by name with or without accents", async () => {
    for (const q of ["nunoa", "Ñuñoa", "ÑUÑOA"]) {
      const result = await search({ q });
      expect(result.items.map((c) => c.code)).toEqual(["13120"]);
    }
    const sanPedro = await search({ q: "san pedro" });
    expect(sanPedro.items.map((c) => c.name).sort()).toEqual(["San Pedro", "San Pedro de Atacama", "San Pedro de la Paz"]);
  });

  it("filters by region and paginates on the server", async () => {
    const first = await search({ region: "13" });
    expect(first).toMatchObject({ total: 52, page: 1, pageCount: 3 });
    expect(first.items).toHaveLength(25);
    const last = await search({ region: "13", page: "3" });
    expect(last.items).toHaveLength(2);
    const all = [...first.items, ...(await search({ region: "13", page: "2" })).items, ...last.items];
    expect(new Set(all.map((c) => c.code)).size).toBe(52);
  });

  it("treats hostile or malformed parameters as no filter, never as an error", async () => {
    expect((await search({ q: "%" })).total).toBe(346);
    expect((await search({ q: "' OR 1=1 --" })).total).toBe(0);
    expect((await search({ region: "13; DROP TABLE comuna", page: "-4" })).total).toBe(346);
    expect((await search({ q: "\u0000", region: "13\u0000", page: "1e99" })).total).toBe(346);
    expect(await search({ region: "13", page: "999" })).toMatchObject({ page: 3 });
  });

  it("returns nothing for unknown or malformed codes", async () => {
    expect(await getComunaProfile("99999")).toBeNull();
    expect(await getComunaProfile("abc")).toBeNull();
    expect(await getComunaProfile("13501' OR '1'='1")).toBeNull();
    expect(await getRegionDetail("99")).toBeNull();
  });

  it("shows a comuna with its province, region, municipality and statistics", async () => {
    const melipilla = await getComunaProfile("13501");
    expect(melipilla).toMatchObject({ name: "Melipilla", province: { code: "135" }, region: { code: "13" }, municipality: { code: "13501" } });
    expect(melipilla!.stats.find((s) => s.indicator === "POPULATION_TOTAL")?.value).toBe(123_627);
    const antartica = await getComunaProfile("12202");
    expect(antartica!.municipality).toEqual({ code: "12201", name: "Cabo de Hornos" });
  });
});
