import { describe, expect, it } from "vitest";
import { santiagoWallClock } from "./santiago-clock";

const intl = new Intl.DateTimeFormat("en-US", {
  timeZone: "America/Santiago",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  hourCycle: "h23",
});
const fromIntl = (instant: Date) => {
  const part = Object.fromEntries(intl.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  return { year: part.year, month: part.month, day: part.day, hour: part.hour, minute: part.minute, second: part.second };
};

describe("Chile's wall clock", () => {
  it("reads both sides of the clock changes", () => {
    // April 2026: 24:00 of Saturday the 4th (−03) becomes 23:00 (−04).
    expect(santiagoWallClock(new Date("2026-04-05T02:59:59.999Z"))).toEqual({ year: 2026, month: 4, day: 4, hour: 23, minute: 59, second: 59 });
    expect(santiagoWallClock(new Date("2026-04-05T03:00:00Z"))).toEqual({ year: 2026, month: 4, day: 4, hour: 23, minute: 0, second: 0 });
    // September 2026: 24:00 of Saturday the 5th (−04) becomes 01:00 (−03).
    expect(santiagoWallClock(new Date("2026-09-06T03:59:59Z"))).toEqual({ year: 2026, month: 9, day: 5, hour: 23, minute: 59, second: 59 });
    expect(santiagoWallClock(new Date("2026-09-06T04:00:00Z"))).toEqual({ year: 2026, month: 9, day: 6, hour: 1, minute: 0, second: 0 });
  });

  it("agrees with the time zone database at every hour and minute of the years the portal counts", () => {
    const step = 59 * 60_000 + 7_000; // not a whole hour, so every minute of the hour gets its turn
    const mismatches: string[] = [];
    for (let t = Date.UTC(2015, 0, 1); t < Date.UTC(2028, 0, 1); t += step) {
      const instant = new Date(t);
      if (JSON.stringify(santiagoWallClock(instant)) !== JSON.stringify(fromIntl(instant))) mismatches.push(instant.toISOString());
    }
    expect(mismatches).toEqual([]);
  });

  it("refuses an invalid date", () => {
    expect(() => santiagoWallClock(new Date("no"))).toThrow(RangeError);
  });
});
