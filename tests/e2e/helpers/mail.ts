import fs from "node:fs/promises";
import path from "node:path";

/**
 * Messages the run's mail catcher received (scripts/local-mail.ts, one folder per test run in
 * MAIL_DIR) whose stored JSON mentions `text`: a folio, a bulletin's title, an address.
 */
export async function mailsAbout(text: string): Promise<string[]> {
  const dir = process.env.MAIL_DIR;
  if (!dir) throw new Error("MAIL_DIR no está definida: las pruebas de punta a punta corren con `npm run test:e2e`, que inicia el receptor de correo.");
  const names = (await fs.readdir(dir)).filter((name) => name.endsWith(".json"));
  const bodies = await Promise.all(names.map((name) => fs.readFile(path.join(dir, name), "utf8")));
  return bodies.filter((body) => body.includes(text));
}
