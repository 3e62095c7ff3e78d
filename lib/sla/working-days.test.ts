import { describe, expect, it } from "vitest";
import { HOLIDAY_YEARS } from "./holidays";
import { addWorkingDays, isWorkingDay, localDateOf, workingDaysBetween } from "./working-days";

describe("isWorkingDay", () => {
  it("excludes Saturdays and Sundays", () => {
    expect(isWorkingDay("2026-03-06")).toBe(true); // viernes
    expect(isWorkingDay("2026-03-07")).toBe(false);
    expect(isWorkingDay("2026-03-08")).toBe(false);
    expect(isWorkingDay("2026-03-09")).toBe(true); // lunes
  });

  it("never counts 18 and 19 September or Christmas", () => {
    for (let year = HOLIDAY_YEARS.from; year <= HOLIDAY_YEARS.to; year++) {
      for (const day of ["09-18", "09-19", "12-25"]) expect(isWorkingDay(`${year}-${day}`), `${year}-${day}`).toBe(false);
    }
  });

  it("excludes a holiday on a weekday", () => {
    expect(isWorkingDay("2026-04-03")).toBe(false); // Viernes Santo
    expect(isWorkingDay("2026-04-02")).toBe(true);
  });
});

describe("localDateOf", () => {
  it("reads the calendar date in Chile, not in UTC", () => {
    expect(localDateOf(new Date("2026-07-01T02:00:00Z"))).toBe("2026-06-30"); // 22:00 en Chile (UTC−4)
    expect(localDateOf(new Date("2026-12-01T02:30:00Z"))).toBe("2026-11-30"); // 23:30 en Chile (UTC−3)
  });
});

describe("addWorkingDays", () => {
  it("is due at the end of the first working day after a long Fiestas Patrias weekend", () => {
    // Jueves 17: el 18 (viernes) y 19 son feriados y el 20 domingo.
    expect(addWorkingDays(new Date("2026-09-17T10:00:00-03:00"), 1)).toEqual(new Date("2026-09-21T23:59:59.999-03:00"));
  });

  it("starts counting the day after, even for a filing late at night", () => {
    // 23:30 del lunes en Chile ya es martes en UTC; el plazo sigue contando desde el lunes.
    expect(addWorkingDays(new Date("2026-03-09T23:30:00-03:00"), 1)).toEqual(new Date("2026-03-10T23:59:59.999-03:00"));
    expect(addWorkingDays(new Date("2026-03-06T09:00:00-03:00"), 1)).toEqual(new Date("2026-03-09T23:59:59.999-03:00"));
  });

  it("with zero days is due at the end of the same day", () => {
    expect(addWorkingDays(new Date("2026-03-09T08:00:00-03:00"), 0)).toEqual(new Date("2026-03-09T23:59:59.999-03:00"));
  });

  it("counts 10 working days across Fiestas Patrias 2026", () => {
    expect(addWorkingDays(new Date("2026-09-14T10:00:00-03:00"), 10)).toEqual(new Date("2026-09-29T23:59:59.999-03:00"));
  });

  it("counts 10 working days across Christmas and New Year", () => {
    expect(addWorkingDays(new Date("2026-12-21T10:00:00-03:00"), 10)).toEqual(new Date("2027-01-06T23:59:59.999-03:00"));
  });

  it("skips Viernes Santo and ends the day in winter time after the April clock change", () => {
    expect(addWorkingDays(new Date("2026-03-30T10:00:00-03:00"), 5)).toEqual(new Date("2026-04-07T23:59:59.999-04:00"));
  });

  it("refuses a count that reaches a year without holidays loaded", () => {
    expect(() => addWorkingDays(new Date("2028-12-20T10:00:00-03:00"), 10)).toThrow("No hay feriados cargados para el año 2029");
  });

  it("refuses negative or fractional days", () => {
    expect(() => addWorkingDays(new Date("2026-03-09T10:00:00-03:00"), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date("2026-03-09T10:00:00-03:00"), 1.5)).toThrow(RangeError);
  });
});

describe("workingDaysBetween", () => {
  const monday = new Date("2026-09-14T10:00:00-03:00");

  it("is the inverse of addWorkingDays", () => {
    for (const days of [0, 1, 3, 4, 10, 20]) expect(workingDaysBetween(monday, addWorkingDays(monday, days))).toBe(days);
  });

  it("counts from the day after the first date to the second date included", () => {
    expect(workingDaysBetween(monday, new Date("2026-09-14T18:00:00-03:00"))).toBe(0);
    expect(workingDaysBetween(monday, new Date("2026-09-21T09:00:00-03:00"))).toBe(4); // 15, 16, 17, 21
    expect(workingDaysBetween(new Date("2026-03-06T10:00:00-03:00"), new Date("2026-03-08T10:00:00-03:00"))).toBe(0);
  });

  it("is negative when the second date comes first", () => {
    expect(workingDaysBetween(new Date("2026-09-21T09:00:00-03:00"), monday)).toBe(-4);
    expect(workingDaysBetween(new Date("2026-03-08T10:00:00-03:00"), new Date("2026-03-06T10:00:00-03:00"))).toBe(0);
  });
});
