/** The core of `npm run db:migrate:new`: writes the next migration in Prisma's standard layout. */
import fs from "node:fs/promises";
import path from "node:path";
import { MIGRATIONS_DIR } from "./migrate";
import { diffMigrationsToSchema, LOCKFILE_CONTENT, LOCKFILE_NAME, SCHEMA_PATH } from "./schema-engine";

const NAME_PATTERN = /^[a-z0-9_]+$/;

export class InvalidMigrationNameError extends Error {}

/** Prisma's folder prefix: the UTC time as YYYYMMDDHHMMSS. */
export function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

export type CreateMigrationOptions = { schemaPath?: string; migrationsDir?: string; now?: Date };

/**
 * Writes `<migrationsDir>/<timestamp>_<name>/migration.sql` with the SQL that brings the migrations up
 * to schema.prisma, and the lockfile if the folder has none. Returns the file written, or null when
 * schema.prisma adds nothing to the migrations.
 */
export async function createMigration(
  url: string,
  name: string,
  { schemaPath = SCHEMA_PATH, migrationsDir = MIGRATIONS_DIR, now = new Date() }: CreateMigrationOptions = {},
): Promise<string | null> {
  if (!NAME_PATTERN.test(name)) {
    throw new InvalidMigrationNameError(
      `Nombre de migración no válido: "${name}". Use solo letras minúsculas, dígitos y guiones bajos (por ejemplo: agrega_tabla_solicitudes).`,
    );
  }
  const sql = await diffMigrationsToSchema(url, schemaPath, migrationsDir);
  if (sql === "") return null;
  const dir = path.join(migrationsDir, `${migrationTimestamp(now)}_${name}`);
  await fs.mkdir(migrationsDir, { recursive: true });
  // Non-recursive so that an existing folder (same name in the same second) is never overwritten.
  await fs.mkdir(dir);
  const file = path.join(dir, "migration.sql");
  await fs.writeFile(file, sql, "utf8");
  await fs.writeFile(path.join(migrationsDir, LOCKFILE_NAME), LOCKFILE_CONTENT, { flag: "wx" }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
  });
  return file;
}
