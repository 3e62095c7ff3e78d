/**
 * `npm run db:restore -- <archivo> [--into <base>]`: restores a dump into a NEW database on the same
 * server (by default `<base>_restaurada_<fecha>`), then checks its migrations. Pointing the portal at
 * the copy is a deliberate, separate step: change DATABASE_URL.
 */
import path from "node:path";
import { restoreDatabase } from "./backup";
import { databaseName, withDatabase } from "./database-url";
import { migrationState } from "./migrate";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL no está definida.");
const args = process.argv.slice(2);
const intoIndex = args.indexOf("--into");
const into = intoIndex >= 0 ? args[intoIndex + 1] : undefined;
const file = args.filter((_, i) => intoIndex < 0 || (i !== intoIndex && i !== intoIndex + 1))[0];
if (!file) {
  console.error("Uso: npm run db:restore -- <archivo.dump> [--into <nombre-de-base>]");
  process.exit(2);
}
const stamp = new Date().toISOString().slice(0, 19).replace(/[-:T]/g, "");
const target = withDatabase(url, into ?? `${databaseName(url)}_restaurada_${stamp}`);

function withoutPassword(connection: string): string {
  const parsed = new URL(connection);
  if (parsed.password) parsed.password = "****";
  return parsed.toString();
}

async function main(): Promise<number> {
  const result = await restoreDatabase(path.resolve(file!), target);
  const state = await migrationState(target);
  const clean = state.pending.length === 0 && state.failed.length === 0 && state.unknown.length === 0;
  console.log(`Restaurado en la base ${databaseName(target)} en ${(result.milliseconds / 1000).toFixed(1)} s.`);
  console.log(clean ? "Migraciones: al día." : `Migraciones: ${state.pending.length} pendiente(s), ${state.failed.length} fallida(s). Ejecute npm run db:migrate con esa base.`);
  console.log(`Para usarla: DATABASE_URL=${withoutPassword(target)}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
