/**
 * Demo data for trainings, technical visits, good practices and territorial activities, placed around
 * the demo's "today" (demo-today.ts): some already happened, some are ahead. Everything here is
 * INVENTED: sessions, people ("Persona Ficticia"), e-mails (@demo.example), visits, agreements,
 * practices, places and attendance figures. Only the programme names ("Migraciones en tu barrio",
 * "Apoya Mujer Migrante") are SERMIG's own. prisma/data/DEMO-DATA.md says the same in Spanish.
 */
import type pg from "pg";
import { seedDemoActivities } from "./demo-capacity/activities";
import { loadDemoPeople } from "./demo-capacity/people";
import { seedDemoPractices } from "./demo-capacity/practices";
import { seedDemoTrainings } from "./demo-capacity/trainings";
import { seedDemoVisits } from "./demo-capacity/visits";
import type { DemoToday } from "./demo-today";

export type CapacitySeeded = {
  trainings: Awaited<ReturnType<typeof seedDemoTrainings>>;
  visits: Awaited<ReturnType<typeof seedDemoVisits>>;
  practices: Awaited<ReturnType<typeof seedDemoPractices>>;
  activities: Awaited<ReturnType<typeof seedDemoActivities>>;
};

/** Runs inside the caller's transaction, after the demo users. Each row is written once, as everywhere in the demo. */
export async function seedDemoCapacity(client: pg.Client, today: DemoToday): Promise<CapacitySeeded> {
  const people = await loadDemoPeople(client);
  return {
    trainings: await seedDemoTrainings(client, today, people),
    visits: await seedDemoVisits(client, today, people),
    practices: await seedDemoPractices(client, today, people),
    activities: await seedDemoActivities(client, today, people),
  };
}
