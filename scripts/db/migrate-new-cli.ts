/** `npm run db:migrate:new -- --name <name>`: creates the next migration from the changes in schema.prisma. */
import path from "node:path";
import { parseArgs } from "node:util";
import { createMigration, InvalidMigrationNameError } from "./migrate-new";

const USAGE = "Uso: npm run db:migrate:new -- --name <nombre>";

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL no está definida.");
  let name: string | undefined;
  try {
    name = parseArgs({ options: { name: { type: "string" } } }).values.name;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!name) {
    console.error(`Falta el nombre de la migración.\n${USAGE}`);
    return 2;
  }
  try {
    const file = await createMigration(url, name);
    console.log(
      file === null
        ? "No hay cambios en schema.prisma: no se creó ninguna migración."
        : `Migración creada: ${path.relative(process.cwd(), file)}\nRevísela y aplíquela con: npm run db:migrate`,
    );
    return 0;
  } catch (error) {
    if (error instanceof InvalidMigrationNameError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
