/** `npm run db:backup [-- --out <archivo>]`: a compressed dump of DATABASE_URL (or the embedded server). */
import path from "node:path";
import { backupDatabase, backupFileName } from "./backup";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL no está definida.");
const args = process.argv.slice(2);
const outIndex = args.indexOf("--out");
const dir = process.env.BACKUP_DIR ?? path.join(process.env.DATA_DIR ?? path.resolve(".data"), "backups");
const file = outIndex >= 0 && args[outIndex + 1] ? path.resolve(args[outIndex + 1]) : path.join(dir, backupFileName());

backupDatabase(url, file).then(
  (result) => {
    console.log(`Respaldo escrito: ${result.file}`);
    console.log(`  ${(result.bytes / 1024 / 1024).toFixed(2)} MB en ${(result.milliseconds / 1000).toFixed(1)} s · SHA-256 ${result.sha256}`);
    process.exit(0);
  },
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
