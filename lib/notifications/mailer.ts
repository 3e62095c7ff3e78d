import "server-only";
import nodemailer from "nodemailer";
import type { NotificationEmail } from "./email";

export const DEFAULT_MAIL_FROM = "Sello Migrante <no-responder@sermig.gob.cl>";

export type Mailer = { send: (to: string, message: NotificationEmail) => Promise<void> };

/** The mail server is configured: without SMTP_URL e-mails wait in the queue instead of failing. */
export function mailConfigured(): boolean {
  return Boolean(process.env.SMTP_URL);
}

/**
 * Sends through the SMTP server of SMTP_URL (`smtp://user:pass@host:587`, or `smtps://` for implicit
 * TLS; with `smtp://` the connection is upgraded with STARTTLS whenever the server offers it).
 */
export function smtpMailer(url = process.env.SMTP_URL, from = process.env.MAIL_FROM || DEFAULT_MAIL_FROM): Mailer {
  if (!url) throw new Error("SMTP_URL no está definida: no hay servidor de correo configurado.");
  const transport = nodemailer.createTransport(url);
  return {
    async send(to, { subject, text, html }) {
      await transport.sendMail({ from, to, subject, text, html });
    },
  };
}
