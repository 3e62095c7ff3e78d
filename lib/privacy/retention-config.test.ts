import { describe, expect, it } from "vitest";
import { DEFAULT_RETENTION_MONTHS, retentionCutoff, retentionMonths } from "./retention-config";

describe("retention period", () => {
  it("defaults to 60 months when unset or empty, and reads a whole number of months", () => {
    expect(retentionMonths({})).toBe(DEFAULT_RETENTION_MONTHS);
    expect(retentionMonths({ CASE_RETENTION_MONTHS: " " })).toBe(60);
    expect(retentionMonths({ CASE_RETENTION_MONTHS: "36" })).toBe(36);
  });

  it("refuses values that would erase data early by mistake or never", () => {
    for (const value of ["0", "-5", "12.5", "5 años", "601", "1e2"]) {
      expect(() => retentionMonths({ CASE_RETENTION_MONTHS: value }), value).toThrow(/CASE_RETENTION_MONTHS/);
    }
  });

  it("counts calendar months back from now", () => {
    expect(retentionCutoff(new Date("2031-06-01T12:00:00Z"), 60).toISOString()).toBe("2026-06-01T12:00:00.000Z");
  });
});
