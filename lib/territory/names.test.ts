import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { inboxFilterOptions } from "@/lib/cases/inbox";
import { db } from "@/lib/db";
import { territoryNames } from "./names";

const coordinator = (regionCode: string): Viewer => ({ id: "x", name: "x", run: "1-9", role: "REGIONAL_COORDINATOR", municipalityCode: null, regionCode });
const admin: Viewer = { id: "x", name: "x", run: "1-9", role: "NATIONAL_ADMIN", municipalityCode: null, regionCode: null };

describe("territory names kept by the server", () => {
  it("names every region and municipality as the official tables do", async () => {
    const names = await territoryNames();
    const [regions, municipalities] = await Promise.all([
      db.region.findMany({ orderBy: { northSouthOrder: "asc" }, select: { code: true, name: true } }),
      db.municipality.findMany({ select: { code: true, name: true, regionCode: true } }),
    ]);
    expect(names.regions).toEqual(regions);
    expect(names.municipalities).toHaveLength(345);
    for (const m of municipalities) expect(names.municipalityName(m.code)).toBe(m.name);
    expect(names.regionName("13")).toBe(regions.find((r) => r.code === "13")!.name);
    expect(() => names.municipalityName("99999")).toThrow(/no existe/);
  });

  it("orders municipalities as Spanish does: Ñuñoa after Nogales and before Olmué", async () => {
    const order = (await territoryNames()).municipalities.map((m) => m.name);
    expect(order.indexOf("Ñuñoa")).toBeGreaterThan(order.indexOf("Nogales"));
    expect(order.indexOf("Ñuñoa")).toBeLessThan(order.indexOf("Olmué"));
  });

  it("offers the inbox's filters only the viewer's territory, and an admin's chosen region", async () => {
    const inRegion = async (code: string) => (await db.municipality.findMany({ where: { regionCode: code }, select: { code: true } })).map((m) => m.code).sort();
    const antofagasta = await inboxFilterOptions(coordinator("02"), undefined);
    expect(antofagasta.municipalities.map((m) => m.code).sort()).toEqual(await inRegion("02"));
    expect(antofagasta.regions).toEqual([]);
    expect(antofagasta.regionName).toMatch(/Antofagasta/);
    // Another region in the address narrows the scope to nothing; it never widens it.
    expect((await inboxFilterOptions(coordinator("02"), "13")).municipalities).toEqual([]);
    const chosen = await inboxFilterOptions(admin, "13");
    expect(chosen.municipalities.map((m) => m.code).sort()).toEqual(await inRegion("13"));
    expect((await inboxFilterOptions(admin, undefined)).municipalities).toHaveLength(345);
    expect((await inboxFilterOptions(admin, undefined)).regions).toHaveLength(16);
  });
});
