import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createDatabase, databaseName, dropDatabase, withDatabase } from "@/scripts/db/database-url";
import { deployMigrations } from "@/scripts/db/migrate";

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

/** A database of its own with the migrations and the seed (reference and demo data), for tests that write freely. */
export async function seededScratchDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const scratch = await scratchDatabase(label);
  await deployMigrations(scratch.url);
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { env: { ...process.env, DATABASE_URL: scratch.url }, stdio: "ignore" });
  return scratch;
}
