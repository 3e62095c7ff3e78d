import { describe, expect, it } from "vitest";
import { HOLIDAY_YEARS, holidaysIn, isHoliday } from "./holidays";

function named(year: number, name: string): string[] {
  return holidaysIn(year)
    .filter((holiday) => holiday.name === name)
    .map((holiday) => holiday.date);
}

describe("feriados de Chile", () => {
  it("covers 2015 through 2028", () => {
    expect(HOLIDAY_YEARS).toEqual({ from: 2015, to: 2028 });
  });

  it("places Viernes Santo and Sábado Santo from the date of Easter", () => {
    const goodFriday: Record<number, string> = {
      2016: "2016-03-25",
      2019: "2019-04-19",
      2024: "2024-03-29",
      2025: "2025-04-18",
      2026: "2026-04-03",
      2027: "2027-03-26",
      2028: "2028-04-14",
    };
    for (const [year, date] of Object.entries(goodFriday)) {
      expect(named(Number(year), "Viernes Santo")).toEqual([date]);
    }
    expect(named(2024, "Sábado Santo")).toEqual(["2024-03-30"]);
    expect(named(2026, "Sábado Santo")).toEqual(["2026-04-04"]);
  });

  it("moves San Pedro y San Pablo and Encuentro de Dos Mundos to a Monday (Ley 19.668)", () => {
    expect(named(2018, "San Pedro y San Pablo")).toEqual(["2018-07-02"]); // viernes → lunes siguiente
    expect(named(2023, "San Pedro y San Pablo")).toEqual(["2023-06-26"]); // jueves → lunes anterior
    expect(named(2024, "San Pedro y San Pablo")).toEqual(["2024-06-29"]); // sábado: no se mueve
    expect(named(2017, "Encuentro de Dos Mundos")).toEqual(["2017-10-09"]);
    expect(named(2018, "Encuentro de Dos Mundos")).toEqual(["2018-10-15"]);
    expect(named(2022, "Encuentro de Dos Mundos")).toEqual(["2022-10-10"]);
    expect(isHoliday("2023-06-29")).toBe(false);
    expect(named(2028, "San Pedro y San Pablo")).toEqual(["2028-06-26"]); // jueves → lunes anterior
    expect(named(2028, "Encuentro de Dos Mundos")).toEqual(["2028-10-09"]);
  });

  it("moves the Iglesias Evangélicas day to a Friday when 31 October is a Tuesday or Wednesday (Ley 20.299)", () => {
    const name = "Día Nacional de las Iglesias Evangélicas y Protestantes";
    expect(named(2017, name)).toEqual(["2017-10-27"]);
    expect(named(2018, name)).toEqual(["2018-11-02"]);
    expect(named(2023, name)).toEqual(["2023-10-27"]);
    expect(named(2024, name)).toEqual(["2024-10-31"]);
    expect(named(2028, name)).toEqual(["2028-10-27"]); // martes → viernes anterior
    expect(isHoliday("2018-10-31")).toBe(false);
  });

  it("includes the extra Fiestas Patrias days that bridged a weekend", () => {
    expect(isHoliday("2018-09-17")).toBe(true);
    expect(isHoliday("2019-09-20")).toBe(true);
    expect(isHoliday("2022-09-16")).toBe(true);
    expect(isHoliday("2024-09-20")).toBe(true);
    expect(isHoliday("2025-09-17")).toBe(false);
    expect(isHoliday("2026-09-17")).toBe(false);
  });

  it("adds 2 January only when New Year falls on a Sunday", () => {
    expect(isHoliday("2017-01-02")).toBe(true);
    expect(isHoliday("2023-01-02")).toBe(true);
    expect(isHoliday("2024-01-02")).toBe(false);
  });

  it("has the Día Nacional de los Pueblos Indígenas from 2021 on the solstice", () => {
    const name = "Día Nacional de los Pueblos Indígenas";
    expect(named(2020, name)).toEqual([]);
    expect([2021, 2022, 2023, 2024, 2025, 2026].flatMap((year) => named(year, name))).toEqual([
      "2021-06-21",
      "2022-06-21",
      "2023-06-21",
      "2024-06-20",
      "2025-06-20",
      "2026-06-21",
    ]);
  });

  it("includes the plebiscites", () => {
    expect(isHoliday("2020-10-25")).toBe(true);
    expect(isHoliday("2022-09-04")).toBe(true);
    expect(isHoliday("2023-12-17")).toBe(true);
  });

  it("has the fixed holidays every year, with the irrenunciable ones marked", () => {
    for (let year = HOLIDAY_YEARS.from; year <= HOLIDAY_YEARS.to; year++) {
      const byDate = new Map(holidaysIn(year).map((holiday) => [holiday.date.slice(5), holiday]));
      for (const day of ["01-01", "05-01", "09-18", "09-19", "12-25"]) {
        expect(byDate.get(day)?.irrenunciable, `${year}-${day}`).toBe(true);
      }
      for (const day of ["05-21", "07-16", "08-15", "11-01", "12-08"]) {
        expect(byDate.get(day), `${year}-${day}`).toBeDefined();
        expect(byDate.get(day)?.irrenunciable, `${year}-${day}`).toBeUndefined();
      }
    }
  });

  it("lists each year's holidays in date order and within that year", () => {
    const dates = holidaysIn(2024).map((holiday) => holiday.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((date) => date.startsWith("2024-"))).toBe(true);
  });

  it("does not let callers alter the table", () => {
    holidaysIn(2026)[0].date = "2026-03-03";
    expect(holidaysIn(2026)[0].date).toBe("2026-01-01");
    expect(isHoliday("2026-03-03")).toBe(false);
  });

  it("refuses a year outside the table instead of counting it as having no holidays", () => {
    expect(() => holidaysIn(2030)).toThrow("No hay feriados cargados para el año 2030: actualice lib/sla/holidays.ts.");
    expect(() => holidaysIn(2014)).toThrow("No hay feriados cargados para el año 2014");
    expect(() => isHoliday("2029-12-25")).toThrow("No hay feriados cargados para el año 2029");
  });

  it("refuses malformed dates", () => {
    expect(() => isHoliday("25-12-2026")).toThrow("Fecha inválida");
    expect(() => isHoliday("2026-02-30")).toThrow("Fecha inválida");
  });
});
