import { describe, expect, it } from "vitest";
import { computeSlaClock, reopenSlaClock, SLA_STATE_LABELS, type SlaClockInput } from "./clock";

// Lunes 2 de marzo de 2026; 10 días hábiles vencen al final del lunes 16.
const startedAt = new Date("2026-03-02T09:00:00-03:00");
const due = new Date("2026-03-16T23:59:59.999-03:00");

function clock(now: string, extra: Partial<SlaClockInput> = {}) {
  return computeSlaClock({ startedAt, targetWorkingDays: 10, pauses: [], now: new Date(now), ...extra });
}

describe("computeSlaClock", () => {
  it("is on time early in the deadline", () => {
    expect(clock("2026-03-03T12:00:00-03:00")).toEqual({ dueAt: due, state: "A_TIEMPO", workingDaysLeft: 9 });
    expect(clock("2026-03-11T12:00:00-03:00").state).toBe("A_TIEMPO");
  });

  it("is due soon within the last N working days", () => {
    expect(clock("2026-03-12T12:00:00-03:00")).toEqual({ dueAt: due, state: "POR_VENCER", workingDaysLeft: 2 });
    expect(clock("2026-03-16T23:59:59.999-03:00")).toEqual({ dueAt: due, state: "POR_VENCER", workingDaysLeft: 0 });
    expect(clock("2026-03-11T12:00:00-03:00", { dueSoonWorkingDays: 3 }).state).toBe("POR_VENCER");
  });

  it("is overdue once the due moment has passed", () => {
    expect(clock("2026-03-17T00:00:00-03:00")).toEqual({ dueAt: due, state: "VENCIDO", workingDaysLeft: -1 });
    expect(clock("2026-03-20T10:00:00-03:00").workingDaysLeft).toBe(-4);
  });

  it("moves the due date by the 3 working days a closed pause covered", () => {
    // Miércoles 4, 10:00 → lunes 9, 15:00 cubre jueves 5, viernes 6 y lunes 9.
    const pauses = [{ from: new Date("2026-03-04T10:00:00-03:00"), to: new Date("2026-03-09T15:00:00-03:00") }];
    expect(clock("2026-03-10T12:00:00-03:00", { pauses })).toEqual({
      dueAt: new Date("2026-03-19T23:59:59.999-03:00"),
      state: "A_TIEMPO",
      workingDaysLeft: 7,
    });
  });

  it("does not move the due date for a pause within one day or over a weekend", () => {
    const sameDay = [{ from: new Date("2026-03-04T10:00:00-03:00"), to: new Date("2026-03-04T17:00:00-03:00") }];
    const weekend = [{ from: new Date("2026-03-07T10:00:00-03:00"), to: new Date("2026-03-08T17:00:00-03:00") }];
    expect(clock("2026-03-10T12:00:00-03:00", { pauses: sameDay }).dueAt).toEqual(due);
    expect(clock("2026-03-10T12:00:00-03:00", { pauses: weekend }).dueAt).toEqual(due);
  });

  it("counts overlapping pauses once", () => {
    const pauses = [
      { from: new Date("2026-03-04T10:00:00-03:00"), to: new Date("2026-03-09T15:00:00-03:00") },
      { from: new Date("2026-03-05T10:00:00-03:00"), to: new Date("2026-03-06T15:00:00-03:00") },
    ];
    expect(clock("2026-03-10T12:00:00-03:00", { pauses }).dueAt).toEqual(new Date("2026-03-19T23:59:59.999-03:00"));
  });

  it("is paused while a pause is open, keeping the working days that were left", () => {
    const pauses = [{ from: new Date("2026-03-04T10:00:00-03:00"), to: null }];
    expect(clock("2026-03-10T12:00:00-03:00", { pauses })).toEqual({
      dueAt: new Date("2026-03-20T23:59:59.999-03:00"),
      state: "PAUSADO",
      workingDaysLeft: 8,
    });
    // Mucho después del plazo original sigue en pausa, no vencido.
    expect(clock("2026-04-20T12:00:00-04:00", { pauses })).toMatchObject({ state: "PAUSADO", workingDaysLeft: 8 });
  });

  it("is paused at a moment inside a pause that has since ended", () => {
    const pauses = [{ from: new Date("2026-03-04T10:00:00-03:00"), to: new Date("2026-03-09T15:00:00-03:00") }];
    expect(clock("2026-03-06T12:00:00-03:00", { pauses }).state).toBe("PAUSADO");
  });

  it("keeps an overdue case overdue when a pause starts after the due moment", () => {
    const pauses = [{ from: new Date("2026-03-18T10:00:00-03:00"), to: null }];
    expect(clock("2026-03-19T12:00:00-03:00", { pauses })).toMatchObject({ dueAt: due, state: "VENCIDO" });
  });

  it("refuses a pause that ends before it starts and a target that is not a whole number of days", () => {
    const pauses = [{ from: new Date("2026-03-05T10:00:00-03:00"), to: new Date("2026-03-04T10:00:00-03:00") }];
    expect(() => clock("2026-03-10T12:00:00-03:00", { pauses })).toThrow(RangeError);
    expect(() => clock("2026-03-10T12:00:00-03:00", { targetWorkingDays: 0 })).toThrow(RangeError);
  });
});

describe("reopenSlaClock", () => {
  const closedPause = { from: new Date("2026-03-04T10:00:00-03:00"), to: new Date("2026-03-09T15:00:00-03:00") };
  const input: SlaClockInput = { startedAt, targetWorkingDays: 10, pauses: [closedPause], now: new Date("2026-03-26T12:00:00-03:00") };

  it("starts a full new deadline at the reopening, ignoring earlier pauses", () => {
    // Reabierto el miércoles 25; el Viernes Santo (3 de abril) no cuenta.
    expect(computeSlaClock(input).state).toBe("VENCIDO");
    expect(reopenSlaClock(input, new Date("2026-03-25T11:00:00-03:00"))).toEqual({
      dueAt: new Date("2026-04-09T23:59:59.999-04:00"),
      state: "A_TIEMPO",
      workingDaysLeft: 9,
    });
  });

  it("refuses a reopening before the case was filed", () => {
    expect(() => reopenSlaClock(input, new Date("2026-03-01T11:00:00-03:00"))).toThrow(RangeError);
  });
});

describe("SLA_STATE_LABELS", () => {
  it("names every state in Spanish", () => {
    expect(SLA_STATE_LABELS).toEqual({ A_TIEMPO: "A tiempo", POR_VENCER: "Por vencer", VENCIDO: "Vencido", PAUSADO: "En pausa" });
  });
});
