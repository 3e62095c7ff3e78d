/** Whether prisma/migrations produce exactly the database that schema.prisma describes. */
import { diffMigrationsToSchema } from "./schema-engine";

export type DriftReport = {
  inSync: boolean;
  /** What a new migration would need to contain; "" when in sync. */
  sql: string;
};

export async function checkDrift(url: string, schemaPath?: string, migrationsDir?: string): Promise<DriftReport> {
  const sql = await diffMigrationsToSchema(url, schemaPath, migrationsDir);
  return { inSync: sql === "", sql };
}
