/**
 * `npm run db:seed`: reference data (territory and statistics), then the demo data of each feature.
 * Everything runs in one transaction and is idempotent, so it can run on every start.
 */
import pg from "pg";
import { seedTerritory } from "./seed/territory";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL no está definida.");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  try {
    await client.query("BEGIN");
    await seedTerritory(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
  console.log(`[seed] Datos de referencia cargados en ${Date.now() - started} ms: 16 regiones, 56 provincias, 346 comunas, 345 municipalidades.`);
}

main().catch((error: Error) => {
  console.error(`[seed] ${error.message}`);
  process.exit(1);
});
