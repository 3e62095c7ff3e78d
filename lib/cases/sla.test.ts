import { describe, expect, it } from "vitest";
import { addWorkingDays } from "@/lib/sla/working-days";
import { slaStateOf, type SlaFields } from "./sla";

// Monday 16-11-2026, 10:00 in Chile.
const now = new Date("2026-11-16T13:00:00Z");
const open = (fields: Partial<SlaFields>): SlaFields => ({
  status: "EN_REVISION",
  firstResponseAt: null,
  firstResponseDueAt: addWorkingDays(now, 5),
  resolutionDueAt: addWorkingDays(now, 10),
  waitingSince: null,
  ...fields,
});

describe("slaStateOf", () => {
  it("runs no clock for drafts and finished cases", () => {
    for (const status of ["BORRADOR", "RESUELTO", "CERRADO"] as const) expect(slaStateOf(open({ status }), now)).toBeNull();
  });

  it("counts the first-response deadline until SERMIG answers, then the resolution", () => {
    const firstMissed = open({ firstResponseDueAt: new Date(now.getTime() - 1) });
    expect(slaStateOf(firstMissed, now)).toBe("VENCIDO");
    expect(slaStateOf({ ...firstMissed, firstResponseAt: new Date(now.getTime() - 3_600_000) }, now)).toBe("A_TIEMPO");
  });

  it("warns in the last two working days and says overdue once the due moment passed", () => {
    expect(slaStateOf(open({ firstResponseDueAt: addWorkingDays(now, 2) }), now)).toBe("POR_VENCER");
    expect(slaStateOf(open({ firstResponseDueAt: addWorkingDays(now, 3) }), now)).toBe("A_TIEMPO");
    // Due at the end of the day in Chile: still on time at 22:00, overdue at 01:00.
    const dueToday = open({ firstResponseAt: now, resolutionDueAt: addWorkingDays(now, 0) });
    expect(slaStateOf(dueToday, new Date(now.getTime() + 12 * 3_600_000))).toBe("POR_VENCER");
    expect(slaStateOf(dueToday, new Date(now.getTime() + 15 * 3_600_000))).toBe("VENCIDO");
  });

  it("pauses while the case waits on the municipality, as the inbox's views and the case header say", () => {
    expect(slaStateOf(open({ status: "REQUIERE_INFO", waitingSince: now }), now)).toBe("PAUSADO");
    // A deadline missed before the wait began: the header notes it, but the clock is paused all the same.
    const missedBefore = open({ status: "REQUIERE_INFO", firstResponseDueAt: new Date(now.getTime() - 86_400_000), waitingSince: now });
    expect(slaStateOf(missedBefore, now)).toBe("PAUSADO");
  });
});
