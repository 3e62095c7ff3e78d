/**
 * Feriados legales nacionales de Chile, 2015–2028, para contar plazos en días hábiles.
 *
 * Fuentes legales:
 * - Ley 2.977 (1915) y sus modificaciones: feriados de fecha fija (1 de enero, 1 de mayo, 21 de mayo,
 *   15 de agosto, 18 y 19 de septiembre, 1 de noviembre, 8 y 25 de diciembre) y Semana Santa.
 * - Ley 19.668 (2000): San Pedro y San Pablo (29 de junio) y Encuentro de Dos Mundos (12 de octubre)
 *   pasan al lunes de esa semana si caen martes, miércoles o jueves, y al lunes siguiente si caen viernes.
 * - Ley 19.973 (2004): feriados irrenunciables para el comercio (1/1, 1/5, 18/9, 19/9, 25/12).
 * - Ley 20.148 (2007): Día de la Virgen del Carmen (16 de julio).
 * - Ley 20.215 (2007): 17 de septiembre es feriado si cae lunes; 20 de septiembre, si cae viernes.
 * - Ley 20.299 (2008): Día de las Iglesias Evangélicas y Protestantes (31 de octubre); si cae martes pasa
 *   al viernes anterior y si cae miércoles, al viernes siguiente.
 * - Ley 20.983 (2016): 2 de enero es feriado cuando el 1 de enero cae domingo.
 * - Ley 21.357 (2021): Día Nacional de los Pueblos Indígenas, el día del solsticio de invierno.
 * - Ley 18.700 (votaciones populares y escrutinios): el día de una elección o plebiscito es feriado legal.
 * - Leyes especiales de cada año: feriados adicionales de Fiestas Patrias, elecciones en dos días, Censo 2017.
 *
 * REVISIÓN ANUAL OBLIGATORIA: antes de que empiece cada año, compare esta tabla con lo publicado en el
 * Diario Oficial (o un calendario oficial de feriados) y agregue el año siguiente. Fuera de
 * HOLIDAY_YEARS las funciones lanzan un error en vez de contar con una tabla incompleta.
 *
 * Fechas NO incluidas por falta de certeza (revisar contra el Diario Oficial):
 * - Elecciones primarias (2-7-2017, 18-7-2021, 9-6-2024, 29-6-2025): todas en domingo, no alteran el conteo.
 * - 17-9-2027 (viernes; el 18 cae sábado): en 2021 una ley especial lo declaró feriado; para 2027 no hay ley
 *   conocida al escribir esta tabla.
 * - 2-1-2026 (viernes): no se conoce ley que lo declare feriado.
 * - 2028 se agregó en diciembre de 2026 con las reglas permanentes de arriba, antes de su publicación oficial.
 *   Falta confirmar: las elecciones municipales y regionales de octubre de 2028 (caen en fin de semana, así que
 *   no cambian el conteo de días hábiles), el día de los Pueblos Indígenas (solsticio el martes 20-6-2028 en
 *   Chile) y cualquier ley especial de ese año.
 * - Las leyes especiales de 17-9-2021, 16-9-2022, Censo 2017 y elecciones de dos días se citan sin número
 *   porque no se tuvo el texto a la vista; las fechas sí se consideran confirmadas.
 * - La marca "irrenunciable" de los días de elección sigue la práctica de los últimos procesos; confirmarla.
 *
 * Solo feriados nacionales: los regionales (7 de junio en Arica y Parinacota, 20 de agosto en Chillán y
 * Chillán Viejo, 16-1-2018 en la Región Metropolitana por la visita papal) no están, porque un plazo de
 * SERMIG no se detiene en una sola región.
 */

export interface Holiday {
  /** Fecha civil en Chile, AAAA-MM-DD. */
  date: string;
  name: string;
  /** Irrenunciable para los trabajadores del comercio (Ley 19.973; en elecciones, la ley electoral). */
  irrenunciable?: boolean;
}

export const HOLIDAY_YEARS = { from: 2015, to: 2028 } as const;

const SUNDAY = 0;
const MONDAY = 1;
const TUESDAY = 2;
const WEDNESDAY = 3;
const THURSDAY = 4;
const FRIDAY = 5;

/** Works in UTC so that the calendar arithmetic never crosses a daylight-saving change. */
function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function shift(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher), as a UTC midnight. */
function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utcDay(year, month, day);
}

/** Ley 19.668: Tuesday–Thursday go back to that week's Monday, Friday goes on to the next Monday. */
function movedToMonday(date: Date): Date {
  const weekday = date.getUTCDay();
  if (weekday === TUESDAY || weekday === WEDNESDAY || weekday === THURSDAY) return shift(date, MONDAY - weekday);
  if (weekday === FRIDAY) return shift(date, 3);
  return date;
}

/** Ley 20.299: Tuesday goes back to the previous Friday, Wednesday on to the next Friday. */
function movedToFriday(date: Date): Date {
  const weekday = date.getUTCDay();
  if (weekday === TUESDAY) return shift(date, -4);
  if (weekday === WEDNESDAY) return shift(date, 2);
  return date;
}

/** The solstice falls on the 20th or 21st depending on the year; each date is decreed, not computed. */
const PUEBLOS_INDIGENAS: Record<number, string> = {
  2021: "2021-06-21",
  2022: "2022-06-21",
  2023: "2023-06-21",
  2024: "2024-06-20",
  2025: "2025-06-20",
  2026: "2026-06-21",
  2027: "2027-06-21",
  2028: "2028-06-20",
};

const FIESTAS_PATRIAS_ADICIONAL = "Feriado adicional de Fiestas Patrias";
const SEGUNDA_VUELTA_PRESIDENCIAL = "Segunda Vuelta Presidencial";
const SEGUNDA_VUELTA_GORE = "Segunda Vuelta de Gobernadores Regionales";

/** Holidays each created by its own law or by an election date, not by a recurring rule. */
const ONE_OFF: Holiday[] = [
  { date: "2016-10-23", name: "Elecciones Municipales", irrenunciable: true },
  { date: "2017-04-19", name: "Censo de Población y Vivienda 2017" },
  { date: "2017-11-19", name: "Elecciones Presidenciales, Parlamentarias y de Consejeros Regionales", irrenunciable: true },
  { date: "2017-12-17", name: SEGUNDA_VUELTA_PRESIDENCIAL, irrenunciable: true },
  { date: "2020-10-25", name: "Plebiscito Nacional", irrenunciable: true },
  { date: "2021-05-15", name: "Elecciones de Convencionales Constituyentes, Gobernadores, Alcaldes y Concejales", irrenunciable: true },
  { date: "2021-05-16", name: "Elecciones de Convencionales Constituyentes, Gobernadores, Alcaldes y Concejales", irrenunciable: true },
  { date: "2021-06-13", name: SEGUNDA_VUELTA_GORE, irrenunciable: true },
  { date: "2021-09-17", name: FIESTAS_PATRIAS_ADICIONAL },
  { date: "2021-11-21", name: "Elecciones Presidenciales, Parlamentarias y de Consejeros Regionales", irrenunciable: true },
  { date: "2021-12-19", name: SEGUNDA_VUELTA_PRESIDENCIAL, irrenunciable: true },
  { date: "2022-09-04", name: "Plebiscito Constitucional", irrenunciable: true },
  { date: "2022-09-16", name: FIESTAS_PATRIAS_ADICIONAL },
  { date: "2023-05-07", name: "Elección de Consejeros Constitucionales", irrenunciable: true },
  { date: "2023-12-17", name: "Plebiscito Constitucional", irrenunciable: true },
  { date: "2024-10-26", name: "Elecciones Municipales y Regionales", irrenunciable: true },
  { date: "2024-10-27", name: "Elecciones Municipales y Regionales", irrenunciable: true },
  { date: "2024-11-24", name: SEGUNDA_VUELTA_GORE, irrenunciable: true },
  { date: "2025-11-16", name: "Elecciones Presidenciales, Parlamentarias y de Consejeros Regionales", irrenunciable: true },
  { date: "2025-12-14", name: SEGUNDA_VUELTA_PRESIDENCIAL, irrenunciable: true },
];

function recurringHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const day = (month: number, dayOfMonth: number) => utcDay(year, month, dayOfMonth);
  const list: [Date, string, boolean?][] = [
    [day(1, 1), "Año Nuevo", true],
    [shift(easter, -2), "Viernes Santo"],
    [shift(easter, -1), "Sábado Santo"],
    [day(5, 1), "Día Nacional del Trabajo", true],
    [day(5, 21), "Día de las Glorias Navales"],
    [movedToMonday(day(6, 29)), "San Pedro y San Pablo"],
    [day(7, 16), "Día de la Virgen del Carmen"],
    [day(8, 15), "Asunción de la Virgen"],
    [day(9, 18), "Independencia Nacional", true],
    [day(9, 19), "Día de las Glorias del Ejército", true],
    [movedToMonday(day(10, 12)), "Encuentro de Dos Mundos"],
    [movedToFriday(day(10, 31)), "Día Nacional de las Iglesias Evangélicas y Protestantes"],
    [day(11, 1), "Día de Todos los Santos"],
    [day(12, 8), "Inmaculada Concepción"],
    [day(12, 25), "Navidad", true],
  ];
  if (day(1, 1).getUTCDay() === SUNDAY) list.push([day(1, 2), "Feriado adicional de Año Nuevo"]);
  if (day(9, 17).getUTCDay() === MONDAY) list.push([day(9, 17), FIESTAS_PATRIAS_ADICIONAL]);
  if (day(9, 20).getUTCDay() === FRIDAY) list.push([day(9, 20), FIESTAS_PATRIAS_ADICIONAL]);
  return list.map(([date, name, irrenunciable]) => ({ date: isoDate(date), name, ...(irrenunciable && { irrenunciable }) }));
}

function buildTable(): Map<number, readonly Holiday[]> {
  const table = new Map<number, readonly Holiday[]>();
  for (let year = HOLIDAY_YEARS.from; year <= HOLIDAY_YEARS.to; year++) {
    const indigenas = PUEBLOS_INDIGENAS[year];
    const holidays = [
      ...recurringHolidays(year),
      ...(indigenas ? [{ date: indigenas, name: "Día Nacional de los Pueblos Indígenas" }] : []),
      ...ONE_OFF.filter((holiday) => holiday.date.startsWith(`${year}-`)),
    ].sort((a, b) => a.date.localeCompare(b.date));
    table.set(year, Object.freeze(holidays));
  }
  return table;
}

const TABLE = buildTable();
const DATES = new Set([...TABLE.values()].flat().map((holiday) => holiday.date));

function loadedYear(year: number): readonly Holiday[] {
  const holidays = TABLE.get(year);
  if (!holidays) throw new Error(`No hay feriados cargados para el año ${year}: actualice lib/sla/holidays.ts.`);
  return holidays;
}

/** The holidays of one year, in date order. Throws for a year the table does not cover. */
export function holidaysIn(year: number): Holiday[] {
  return loadedYear(year).map((holiday) => ({ ...holiday }));
}

/** Whether a civil date (AAAA-MM-DD) is a national holiday. Throws for a year the table does not cover. */
export function isHoliday(date: string): boolean {
  const [year, month, day] = date.split("-").map(Number);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || isoDate(utcDay(year, month, day)) !== date) {
    throw new Error(`Fecha inválida "${date}": se espera una fecha real con formato AAAA-MM-DD.`);
  }
  loadedYear(year);
  return DATES.has(date);
}
