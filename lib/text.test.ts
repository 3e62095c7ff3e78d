import { describe, expect, it } from "vitest";
import { searchKey } from "./text";

describe("searchKey", () => {
  it("folds accents, ñ, case and spacing so people can search without accents", () => {
    expect(searchKey("  Ñuñoa ")).toBe("nunoa");
    expect(searchKey("CONCEPCIÓN")).toBe("concepcion");
    expect(searchKey("Marchigüe")).toBe("marchigue");
    expect(searchKey("San   Pedro de la Paz")).toBe("san pedro de la paz");
  });
});
