/** `npm run db:start` keeps the embedded server running until `npm run db:stop`. */
import { acquireEmbedded, connectionUrl, releaseEmbedded } from "./embedded";

const command = process.argv[2];
if (process.env.DATABASE_URL) {
  console.log("DATABASE_URL está definida: el servidor embebido no se usa.");
} else if (command === "start") {
  const port = await acquireEmbedded("pinned");
  console.log(`PostgreSQL embebido en marcha: ${connectionUrl(port, "sello")}`);
} else if (command === "stop") {
  const stopped = await releaseEmbedded("pinned");
  console.log(stopped ? "PostgreSQL embebido detenido." : "PostgreSQL embebido sigue en uso por otros comandos (o no estaba en marcha).");
} else {
  console.error("Uso: embedded-cli.ts start|stop");
  process.exit(2);
}
