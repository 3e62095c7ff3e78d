import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * A secret for development, demo and tests, one per checkout, kept beside the embedded database so it
 * survives a restart. Never used by a deployment: production reads its secrets from the environment.
 * Created under a temporary name and linked into place, so that two processes starting at once (the
 * server and a test worker) end up reading the same complete secret.
 */
export function localSecret(name: string, env: Record<string, string | undefined> = process.env): string {
  const file = path.join(env.DATA_DIR ?? path.resolve(".data"), name);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    fs.writeFileSync(draft, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
    try {
      fs.linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      fs.unlinkSync(draft);
    }
  }
  return fs.readFileSync(file, "utf8").trim();
}
