/**
 * Runs a command with DATABASE_URL pointing at a ready database.
 *
 *   tsx scripts/run-with-db.ts [--prepare | --test-db] -- <command...>
 *
 * DATABASE_URL set → that server. Unset → the embedded PostgreSQL under .data/ (started when needed,
 * stopped when the last command using it ends). --prepare applies migrations and loads the seed
 * (reference + demo data); --test-db recreates a separate `<db>_test` database and prepares it;
 * --simulator also runs the local ClaveÚnica simulator and points sign-in at it, and a local mail
 * catcher (scripts/local-mail.ts) that keeps outgoing e-mail under <DATA_DIR>/mail/.
 */
import { spawn } from "node:child_process";
import { createDatabase, databaseName, withDatabase } from "./db/database-url";
import { localAuthEnv } from "./local-auth";
import { deployMigrations } from "./db/migrate";

const args = process.argv.slice(2);
const separator = args.indexOf("--");
const flags = new Set(separator === -1 ? [] : args.slice(0, separator));
const command = separator === -1 ? args : args.slice(separator + 1);
if (command.length === 0) {
  console.error("Uso: run-with-db.ts [--prepare|--test-db] -- <comando>");
  process.exit(2);
}

const external = process.env.DATABASE_URL;
// Imported only when needed: deployments set DATABASE_URL and install no embedded server.
const embedded = external ? null : await import("./db/embedded");
const baseUrl = external ?? embedded!.connectionUrl(await embedded!.acquireEmbedded(), "sello");
let released = false;
async function release() {
  if (embedded && !released) {
    released = true;
    await embedded.releaseEmbedded();
  }
}

function runChild(cmd: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd[0], cmd.slice(1), { stdio: "inherit", env, shell: false });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("error", (error) => {
      console.error(error.message);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 + 15 : 1)));
  });
}

let code = 1;
try {
  const testDb = flags.has("--test-db");
  const url = testDb ? withDatabase(baseUrl, `${databaseName(baseUrl)}_test`) : baseUrl;
  await createDatabase(url, { recreate: testDb });
  if (testDb || flags.has("--prepare")) {
    await deployMigrations(url, undefined, (line) => console.log(`[db] ${line}`));
    const env = { ...process.env, DATABASE_URL: url };
    const seeded = await runChild(["npx", "tsx", "prisma/seed.ts"], env);
    if (seeded !== 0) throw new Error("La carga de datos (seed) falló.");
  }
  const auth = flags.has("--simulator") ? await localAuthEnv() : null;
  // Imported only when needed, like the embedded server: the catcher's packages are for development.
  const mail = flags.has("--simulator") ? await (await import("./local-mail")).localMailEnv({ ownFolder: testDb }) : null;
  try {
    code = await runChild(command, { ...process.env, ...auth?.env, ...mail?.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" });
  } finally {
    await mail?.close();
    await auth?.close();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await release();
}
process.exit(code);
