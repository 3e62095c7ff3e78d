/** `npm run db:migrate` (deploy), `npm run db:status`, and `db:migrate -- resolve --rolled-back <name>`. */
import { blockedMessage, deployMigrations, migrationState, resolveRolledBack } from "./migrate";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL no está definida.");
const [command = "deploy", ...rest] = process.argv.slice(2);

async function status(): Promise<number> {
  const state = await migrationState(url!);
  console.log(`Aplicadas (${state.applied.length}):`);
  for (const name of state.applied) console.log(`  ✓ ${name}${state.modified.includes(name) ? "  (el archivo cambió después de aplicarse)" : ""}`);
  console.log(`Pendientes (${state.pending.length}):`);
  for (const name of state.pending) console.log(`  · ${name}`);
  if (state.failed.length > 0) {
    console.log(`Fallidas (${state.failed.length}):`);
    for (const f of state.failed) console.log(`  ✗ ${f.name}\n    ${f.logs.split("\n")[0]}\n    ${blockedMessage(f.name)}`);
  }
  for (const name of state.unknown) console.log(`  ? ${name} está aplicada en la base de datos pero no existe en prisma/migrations`);
  const clean = state.pending.length === 0 && state.failed.length === 0 && state.unknown.length === 0;
  console.log(clean ? "La base de datos está al día." : "La base de datos no está al día.");
  return clean ? 0 : 1;
}

async function main(): Promise<number> {
  if (command === "deploy") {
    const applied = await deployMigrations(url!, undefined, console.log);
    console.log(applied.length === 0 ? "Sin migraciones pendientes." : `${applied.length} migración(es) aplicada(s).`);
    return 0;
  }
  if (command === "status") return status();
  if (command === "resolve" && rest[0] === "--rolled-back" && rest[1]) {
    const ok = await resolveRolledBack(url!, rest[1]);
    console.log(ok ? `${rest[1]} marcada como revertida.` : `No hay una migración fallida llamada ${rest[1]}.`);
    return ok ? 0 : 1;
  }
  console.error("Uso: migrate-cli.ts deploy | status | resolve --rolled-back <nombre>");
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
