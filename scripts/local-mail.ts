/**
 * E-mail for development, demo and tests: an SMTP server on 127.0.0.1 that delivers nothing and keeps
 * every message it receives under <DATA_DIR>/mail/, as the raw `.eml` (opens in any mail program) and
 * a `.json` with sender, recipients, subject and bodies (what tests read). With SMTP_URL already set,
 * the portal uses that server and no catcher starts.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CaughtMail = { receivedAt: string; from: string; to: string[]; subject: string; text: string; html: string };

export type MailCatcher = { url: string; dir: string; close: () => Promise<void> };

/** MAIL_DIR when a test run chose its own, else <DATA_DIR>/mail. */
export function mailDir(): string {
  return process.env.MAIL_DIR || path.join(process.env.DATA_DIR ?? path.resolve(".data"), "mail");
}

export async function startMailCatcher({ dir = mailDir(), port = 0 }: { dir?: string; port?: number } = {}): Promise<MailCatcher> {
  fs.mkdirSync(dir, { recursive: true });
  const server = new SMTPServer({
    // Plain local SMTP: no TLS to negotiate and no credentials to check.
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    size: 10 * 1024 * 1024,
    // Stopping `npm run dev` should not wait the default 30 s for idle connections.
    closeTimeout: 2_000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", async () => {
        try {
          const raw = Buffer.concat(chunks);
          const parsed = await simpleParser(raw);
          const receivedAt = new Date().toISOString();
          const base = path.join(dir, `${receivedAt.replace(/[:.]/g, "-")}-${randomBytes(3).toString("hex")}`);
          const mail: CaughtMail = {
            receivedAt,
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
          };
          fs.writeFileSync(`${base}.eml`, raw);
          // Written aside and renamed: a reader polling the folder never sees half a message.
          fs.writeFileSync(`${base}.json.partial`, JSON.stringify(mail, null, 2));
          fs.renameSync(`${base}.json.partial`, `${base}.json`);
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const { port: bound } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${bound}`,
    dir,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Every message caught so far in `dir`, oldest first. */
export function caughtMail(dir = mailDir()): CaughtMail[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as CaughtMail);
}

/**
 * For run-with-db's --simulator: the catcher, and the SMTP_URL that points the portal at it. A test run
 * gets a folder of its own (MAIL_DIR, removed at the end): the test database starts its folios again
 * each run, so a folder shared with earlier runs and with `npm run dev` held other cases' mail under
 * the same folio.
 */
export async function localMailEnv({ ownFolder = false } = {}): Promise<{ env: Record<string, string>; close: () => Promise<void> }> {
  if (process.env.SMTP_URL) return { env: {}, close: async () => {} };
  const dir = ownFolder ? fs.mkdtempSync(path.join(os.tmpdir(), "sello-mail-")) : mailDir();
  const catcher = await startMailCatcher({ dir });
  console.log(`[mail] Correo de ${ownFolder ? "prueba" : "desarrollo"}: los mensajes quedan en ${catcher.dir}`);
  const close = async () => {
    await catcher.close();
    if (ownFolder) fs.rmSync(dir, { recursive: true, force: true });
  };
  // The catcher never has an outage to ride out: a refused delivery is tried again in 2 s, not 30.
  return { env: { SMTP_URL: catcher.url, MAIL_DIR: dir, MAIL_RETRY_SECONDS: process.env.MAIL_RETRY_SECONDS || "2" }, close };
}
