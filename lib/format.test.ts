import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, formatPercent } from "./format";

describe("es-CL formatting", () => {
  it("groups thousands with dots", () => {
    expect(formatNumber(1_625_074)).toBe("1.625.074");
    expect(formatNumber(138)).toBe("138");
  });
  it("writes percentages with a decimal comma", () => {
    expect(formatPercent(0.2345)).toBe("23,5%");
  });
  it("writes dates day-month-year", () => {
    expect(formatDate(new Date(Date.UTC(2026, 10, 21)))).toBe("21-11-2026");
  });
});
