import { describe, expect, it } from "vitest";
import { formatRun, normalizeRun, runSchema } from "./run";

describe("RUN", () => {
  it.each([
    ["44.444.444-4", "44444444-4"],
    ["12.345.678-5", "12345678-5"],
    [" 12.345.678-5 ", "12345678-5"],
    ["16222333k", "16222333-K"],
    ["100.000.008-2", "100000008-2"],
  ])("accepts %s", (input, canonical) => {
    expect(normalizeRun(input)).toBe(canonical);
  });

  it.each(["12.345.678-6", "12345678", "abc", "0-0", "", "1234567890-1", "12.345.678-5; DROP TABLE user"])("rejects %s", (input) => {
    expect(normalizeRun(input)).toBeNull();
  });

  it("formats with dots", () => {
    expect(formatRun("16222333-K")).toBe("16.222.333-K");
    expect(formatRun("9999999-3")).toBe("9.999.999-3");
  });

  it("gives a Spanish message for a wrong check digit", () => {
    const result = runSchema.safeParse("12.345.678-6");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/dígito verificador/);
  });
});
