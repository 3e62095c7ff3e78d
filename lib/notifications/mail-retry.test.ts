import { describe, expect, it } from "vitest";
import { DEFAULT_MAIL_RETRY_SECONDS, mailRetrySeconds } from "./mail-retry";

describe("mailRetrySeconds", () => {
  it("waits 30 s by default and takes a whole number of seconds", () => {
    expect(mailRetrySeconds({})).toBe(DEFAULT_MAIL_RETRY_SECONDS);
    expect(mailRetrySeconds({ MAIL_RETRY_SECONDS: " " })).toBe(30);
    expect(mailRetrySeconds({ MAIL_RETRY_SECONDS: "2" })).toBe(2);
  });

  it("refuses what is not a whole number of seconds from 1 to an hour", () => {
    for (const value of ["0", "-1", "1.5", "3601", "abc", "2s"]) {
      expect(() => mailRetrySeconds({ MAIL_RETRY_SECONDS: value })).toThrow(/MAIL_RETRY_SECONDS/);
    }
  });
});
