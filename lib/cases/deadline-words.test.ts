import { describe, expect, it } from "vitest";
import { deadlineWords, governingDeadline, type DeadlineFields } from "./deadline-words";

// Friday 4 December 2026, 12:00 in Santiago (summer time, UTC−3). Tuesday 8 December is a holiday.
const now = new Date("2026-12-04T15:00:00Z");
const santiago = (local: string) => new Date(`${local}-03:00`);
const endOfDay = (day: string) => santiago(`${day}T23:59:59.999`);

const open = (fields: Partial<DeadlineFields> = {}): DeadlineFields => ({
  status: "INGRESADO",
  firstResponseAt: null,
  firstResponseDueAt: null,
  resolutionDueAt: endOfDay("2026-12-30"),
  waitingSince: null,
  resolvedAt: null,
  closedAt: null,
  ...fields,
});
const words = (fields: Partial<DeadlineFields>, at = now) => deadlineWords(open(fields), at);

describe("governingDeadline", () => {
  it("is the first answer's deadline until the answer is given, then the resolution's", () => {
    const first = endOfDay("2026-12-07");
    expect(governingDeadline(open({ firstResponseDueAt: first }))).toEqual({ due: first, which: "first" });
    expect(governingDeadline(open({ firstResponseDueAt: first, firstResponseAt: now }))).toEqual({ due: endOfDay("2026-12-30"), which: "resolution" });
  });
});

describe("deadlineWords", () => {
  it("counts hours and minutes when the deadline is close", () => {
    expect(words({ firstResponseDueAt: santiago("2026-12-04T15:10") })?.words).toBe("vence en 3 h");
    expect(words({ firstResponseDueAt: santiago("2026-12-04T12:40") })?.words).toBe("vence en 40 min");
  });

  it("names the time today, then the day", () => {
    expect(words({ firstResponseDueAt: santiago("2026-12-04T20:30") })?.words).toBe("vence hoy a las 20:30");
    expect(words({ firstResponseDueAt: endOfDay("2026-12-04") })?.words).toBe("vence hoy a las 23:59");
    expect(words({ firstResponseDueAt: endOfDay("2026-12-05") })?.words).toBe("vence mañana");
    expect(words({ firstResponseDueAt: santiago("2026-12-05T10:00") })?.words).toBe("vence mañana a las 10:00");
    expect(words({ firstResponseDueAt: endOfDay("2026-12-07") })?.words).toBe("vence el lunes 7");
    expect(words({ firstResponseDueAt: endOfDay("2026-12-21") })?.words).toBe("vence el lunes 21 de diciembre");
  });

  it("speaks of the resolution once the first answer was given, even if that answer's deadline is near", () => {
    const shown = words({ firstResponseDueAt: santiago("2026-12-04T13:00"), firstResponseAt: santiago("2026-12-03T09:00"), resolutionDueAt: endOfDay("2026-12-07") });
    expect(shown).toMatchObject({ words: "vence el lunes 7", label: "Plazo de resolución", tone: "running" });
  });

  it("marks the next 24 hours as soon, like «Vencen en 24 h», and later ones as running", () => {
    expect(words({ firstResponseDueAt: santiago("2026-12-05T11:59") })?.tone).toBe("soon");
    expect(words({ firstResponseDueAt: santiago("2026-12-05T12:01") })?.tone).toBe("running");
  });

  it("says how late a deadline is: minutes, hours, then working days over the holiday calendar", () => {
    expect(words({ firstResponseDueAt: santiago("2026-12-04T11:30") })).toMatchObject({ words: "vencido hace 30 min", tone: "overdue" });
    expect(words({ firstResponseDueAt: santiago("2026-12-04T07:00") })?.words).toBe("vencido hace 5 h");
    // Due Wednesday 2: Thursday 3 and Friday 4 have gone by.
    expect(words({ firstResponseDueAt: endOfDay("2026-12-02") })?.words).toBe("vencido hace 2 días hábiles");
    // Due Friday 4; seen Wednesday 9: Monday 7 and Wednesday 9 count, the holiday of Tuesday 8 does not.
    expect(words({ firstResponseDueAt: endOfDay("2026-12-04") }, santiago("2026-12-09T10:00"))?.words).toBe("vencido hace 2 días hábiles");
    expect(words({ firstResponseDueAt: endOfDay("2026-12-04") }, santiago("2026-12-07T10:00"))?.words).toBe("vencido hace 1 día hábil");
    // Over the weekend no working day has gone by yet.
    expect(words({ firstResponseDueAt: endOfDay("2026-12-04") }, santiago("2026-12-06T10:00"))?.words).toBe("vencido el viernes 4");
  });

  it("gives the exact moment in Chile's time beside the words", () => {
    const shown = words({ firstResponseDueAt: endOfDay("2026-12-07") });
    expect(shown).toMatchObject({ label: "Plazo de 1.ª respuesta", exact: "07-12-2026 23:59", long: "lunes 7 de diciembre de 2026, 23:59 (hora de Chile)" });
    expect(shown?.at.toISOString()).toBe("2026-12-08T02:59:59.999Z");
  });

  it("says a case waiting on the municipality is paused, since when, instead of a deadline state", () => {
    const since = santiago("2026-12-03T09:15");
    const shown = words({ status: "REQUIERE_INFO", firstResponseAt: santiago("2026-12-02T10:00"), resolutionDueAt: santiago("2026-12-04T11:00"), waitingSince: since });
    expect(shown).toMatchObject({ tone: "paused", words: "En pausa: esperando a la municipalidad", label: "Desde el", exact: "03-12-2026 09:15" });
    expect(shown?.note).toBeUndefined();
  });

  it("notes when a paused case had already missed its deadline", () => {
    const shown = words({ status: "REQUIERE_INFO", firstResponseAt: santiago("2026-12-01T10:00"), resolutionDueAt: endOfDay("2026-12-02"), waitingSince: santiago("2026-12-03T09:15") });
    expect(shown).toMatchObject({ tone: "paused", note: "El plazo ya había vencido el 02-12-2026 23:59." });
  });

  it("says when a finished case was resolved, and nothing for a draft", () => {
    expect(words({ status: "RESUELTO", resolvedAt: santiago("2026-12-04T09:00") })).toMatchObject({ tone: "finished", words: "Resuelto hoy", exact: "04-12-2026 09:00" });
    expect(words({ status: "CERRADO", resolvedAt: santiago("2026-12-03T09:00"), closedAt: santiago("2026-12-04T09:00") })?.words).toBe("Resuelto ayer");
    expect(words({ status: "CERRADO", resolvedAt: santiago("2026-11-20T09:00") })?.words).toBe("Resuelto el 20-11-2026");
    expect(words({ status: "BORRADOR" })).toBeNull();
  });
});
