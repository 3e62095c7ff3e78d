/**
 * `npm run db:seed`: reference data (territory and statistics), then the demo data of each feature.
 * Everything runs in one transaction and is idempotent, so it can run on every start.
 */
import pg from "pg";
import { formatNumber } from "../lib/format";
import { seedDemoAdhesion } from "./seed/demo-adhesion";
import { seedDemoCapacity } from "./seed/demo-capacity";
import { seedDemoCases } from "./seed/demo-cases";
import { seedDemoComms } from "./seed/demo-comms";
import { seedDemoContacts } from "./seed/demo-contacts";
import { seedDemoSavedViews } from "./seed/demo-saved-views";
import { seedDemoPrivacy } from "./seed/demo-privacy";
import { demoTodayFrom } from "./seed/demo-today";
import { seedDemoUsers } from "./seed/demo-users";
import { describeDemo } from "./seed/summary";
import { seedTerritory } from "./seed/territory";

// Demo data (fictional people and records) never goes into a production database.
const withDemo = process.env.APP_ENV !== "production" && process.env.SEED_DEMO !== "0";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL no está definida.");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  const report: string[] = [];
  try {
    await client.query("BEGIN");
    await seedTerritory(client);
    if (withDemo) {
      const today = demoTodayFrom();
      await seedDemoUsers(client);
      const adhesions = await seedDemoAdhesion(client, today);
      const cases = await seedDemoCases(client, today);
      const capacity = await seedDemoCapacity(client, today);
      const comms = await seedDemoComms(client, today);
      await seedDemoContacts(client);
      await seedDemoSavedViews(client);
      await seedDemoPrivacy(client, today);
      const regions = await client.query<{ code: string; name: string }>("SELECT code, name FROM region");
      report.push(...describeDemo(today, { adhesions, cases, capacity, comms }, new Map(regions.rows.map((r) => [r.code, r.name]))));
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
  console.log(`[seed] Datos de referencia: 16 regiones, 56 provincias, 346 comunas y 345 municipalidades${withDemo ? "." : " (sin datos de demostración)."}`);
  for (const line of report) console.log(`[seed] ${line}`);
  console.log(`[seed] Listo en ${formatNumber(Date.now() - started)} ms.`);
}

main().catch((error: Error) => {
  console.error(`[seed] ${error.message}`);
  process.exit(1);
});
