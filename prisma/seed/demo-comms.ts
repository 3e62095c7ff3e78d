/**
 * SERMIG's channel to the municipalities in the demo: bulletins (some read, some not, one with a PDF)
 * and the materials library, with their files in the portal's file store. Everything is INVENTED and
 * dated from the demo's "today"; prisma/data/DEMO-DATA.md says the same in Spanish.
 */
import type pg from "pg";
import { loadDemoPeople } from "./demo-capacity/people";
import { type BulletinsSeeded, seedDemoBulletins } from "./demo-comms/bulletins";
import { type MaterialsSeeded, seedDemoMaterials } from "./demo-comms/materials";
import type { DemoToday } from "./demo-today";

export type CommsSeeded = { bulletins: BulletinsSeeded; materials: MaterialsSeeded };

/** Runs inside the caller's transaction, after the demo users and adhesions (bulletins reach adhered municipalities). */
export async function seedDemoComms(client: pg.Client, today: DemoToday): Promise<CommsSeeded> {
  const people = await loadDemoPeople(client);
  return { bulletins: await seedDemoBulletins(client, today, people), materials: await seedDemoMaterials(client, today, people) };
}
