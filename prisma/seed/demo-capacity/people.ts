/** The demo people who publish, visit, register and share in these features (lib/auth/demo-identities.ts). */
import type pg from "pg";
import { chileTime, type DemoToday, plusDays, workingDayFrom } from "../demo-today";

export type DemoPeople = Record<"andrea" | "rodrigo" | "fernanda" | "carolina" | "javiera" | "matias", { id: string; name: string }>;

const RUNS = { andrea: "44444444-4", rodrigo: "55555555-5", fernanda: "17333444-3", carolina: "88888888-8", javiera: "15111222-6", matias: "16222333-K" } as const;

export async function loadDemoPeople(client: pg.Client): Promise<DemoPeople> {
  const { rows } = await client.query<{ id: string; name: string; run: string }>(`SELECT id, name, run FROM "user" WHERE run = ANY($1)`, [Object.values(RUNS)]);
  const byRun = new Map(rows.map((r) => [r.run, { id: r.id, name: r.name }]));
  return Object.fromEntries(
    Object.entries(RUNS).map(([key, run]) => {
      const person = byRun.get(run);
      if (!person) throw new Error(`Datos de demostración: falta la persona de demostración ${run}.`);
      return [key, person];
    }),
  ) as DemoPeople;
}

/** A working day `days` calendar days from today (a weekend or holiday moves to the next working day), at a time in Chile. */
export function workingDayAt(today: DemoToday, days: number, time: string): string {
  return chileTime(workingDayFrom(plusDays(today.date, days)), time).toISOString();
}

/** A working day `days` calendar days from today, as AAAA-MM-DD. */
export function workingDate(today: DemoToday, days: number): string {
  return workingDayFrom(plusDays(today.date, days));
}
