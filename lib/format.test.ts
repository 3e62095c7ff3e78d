import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, formatPercent } from "./format";

describe("es-CL formatting", () => {
  it("groups thousands with dots", () => {
    expect(formatNumber(1_625_074)).toBe("1.625.074");
    expect(formatNumber(138)).toBe("138");
  });
  it("writes percentages with a decimal comma", () => {
    expect(formatPercent(0.2345)).toBe("23,5%");
  });
  it("writes moments in Chile's time zone", () => {
    expect(formatDateTime(new Date("2026-11-21T22:23:05Z"))).toBe("21-11-2026 19:23:05");
    expect(formatDateTime(new Date("2026-07-01T12:00:00Z"))).toBe("01-07-2026 08:00:00");
  });
  it("writes dates day-month-year", () => {
    expect(formatDate(new Date(Date.UTC(2026, 10, 21)))).toBe("21-11-2026");
  });
});
