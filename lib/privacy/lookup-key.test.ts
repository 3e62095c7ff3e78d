import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditLookupKeys, subjectDigest } from "./lookup-key";

const key = (letter: string) => letter.repeat(32);

describe("the audit lookup key", () => {
  it("is required in production, and a short one is refused everywhere", () => {
    expect(() => auditLookupKeys({ APP_ENV: "production" })).toThrow("Falta AUDIT_LOOKUP_KEY");
    expect(() => auditLookupKeys({ APP_ENV: "production", AUDIT_LOOKUP_KEY: "corta" })).toThrow("al menos 32 bytes");
    expect(() => auditLookupKeys({ AUDIT_LOOKUP_KEY: key("a"), AUDIT_LOOKUP_KEY_PREVIOUS: "corta" })).toThrow("AUDIT_LOOKUP_KEY_PREVIOUS");
    expect(auditLookupKeys({ APP_ENV: "production", AUDIT_LOOKUP_KEY: key("a"), AUDIT_LOOKUP_KEY_PREVIOUS: key("b") })).toEqual([key("a"), key("b")]);
  });

  it("outside production is generated once under DATA_DIR and kept", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "lookup-key-"));
    const [first] = auditLookupKeys({ DATA_DIR: dataDir });
    expect(Buffer.byteLength(first)).toBeGreaterThanOrEqual(32);
    expect(auditLookupKeys({ DATA_DIR: dataDir })).toEqual([first]);
    expect(readFileSync(path.join(dataDir, "audit-lookup-key"), "utf8")).toBe(first);
  });

  it("gives each key its own digest of the same normalised number", () => {
    expect(subjectDigest("12.345.678-5", [key("a")])).toBe(subjectDigest("123456785", [key("a")]));
    expect(subjectDigest("12.345.678-5", [key("a")])).not.toBe(subjectDigest("12.345.678-5", [key("b")]));
  });
});
