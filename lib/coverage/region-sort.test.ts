import { describe, expect, it } from "vitest";
import { parseQuery } from "@/lib/query/parse";
import { regionSortSchema, sortRegions } from "./region-sort";
import type { RegionRow } from "./service";

const row = (code: string, order: number, adhered: number, finished: number, onTime: number): RegionRow => ({
  code, name: code, order, municipalities: 10, adhered, certified: 0, inEvaluation: 0, revalidationsDue: 0, comunas: 10, adheredComunas: adhered,
  foreigners: 100, foreignersCovered: adhered * 10, foreignersCoveredAttributed: 0, openCases: 0, overdueCases: 0, finishedCases: finished, finishedOnTime: onTime,
});

describe("region table sorting", () => {
  const rows = [row("02", 3, 4, 0, 0), row("15", 1, 9, 10, 5), row("01", 2, 1, 4, 4)];
  it("keeps north-to-south order by default and puts the largest first for numbers", () => {
    expect(sortRegions(rows, "region").map((r) => r.code)).toEqual(["15", "01", "02"]);
    expect(sortRegions(rows, "adheridas").map((r) => r.code)).toEqual(["15", "02", "01"]);
    expect(sortRegions(rows, "adheridas", "asc").map((r) => r.code)).toEqual(["01", "02", "15"]);
  });
  it("puts regions without finished cases last when sorting by compliance", () => {
    expect(sortRegions(rows, "plazo").map((r) => r.code)).toEqual(["01", "15", "02"]);
  });
  it("reads anything unexpected in the URL as the default", () => {
    expect(parseQuery(regionSortSchema, { orden: "'; drop", sentido: "sideways" }).values).toEqual({ orden: "region", sentido: undefined });
  });
});
