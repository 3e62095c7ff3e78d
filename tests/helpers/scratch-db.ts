import { randomBytes } from "node:crypto";
import { createDatabase, databaseName, dropDatabase, withDatabase } from "@/scripts/db/database-url";

export function baseDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL no está definida: ejecute las pruebas con `npm test` o `npm run test:unit`.");
  return url;
}

/** An empty database of its own on the test server, for tests that must start from nothing. */
export async function scratchDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = baseDatabaseUrl();
  const url = withDatabase(base, `${databaseName(base)}_${label}_${randomBytes(3).toString("hex")}`);
  await createDatabase(url);
  return { url, drop: () => dropDatabase(url) };
}
