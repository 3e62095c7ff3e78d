import { escapeMarkup } from "@/lib/markup";

/**
 * The notification e-mail. It is built from the notification's title (folio and a short statement) and
 * a link to the portal, and from nothing else: the function cannot see the case, its participants or
 * the narrative, so none of it can reach an inbox outside the portal (Ley 21.719).
 */
export type NotificationEmail = { subject: string; text: string; html: string };

/** The portal's public address, as people reach it (the same one ClaveÚnica returns to). */
export function portalUrl(): string {
  return (process.env.AUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
}

/** Where a notification takes the reader: its case, the bulletin inbox, or the notification centre. */
export function notificationLink(caseId: string | null, kind?: string): string {
  if (caseId) return `${portalUrl()}/casos/${encodeURIComponent(caseId)}`;
  return kind === "BULLETIN_PUBLISHED" ? `${portalUrl()}/boletines` : `${portalUrl()}/notificaciones`;
}

export function notificationEmail({ title, link }: { title: string; link: string }): NotificationEmail {
  // A title is one line; a line break would let it pose as the rest of the message.
  const line = title.replace(/\s+/g, " ").trim();
  const preferences = `${portalUrl()}/preferencias`;
  const text = [
    "Tiene un nuevo aviso en el portal Sello Migrante:",
    "",
    `    ${line}`,
    "",
    "Para ver el detalle, ingrese al portal con su ClaveÚnica:",
    link,
    "",
    "Por resguardo de las personas atendidas, este correo no incluye sus datos.",
    `Puede dejar de recibir estos avisos por correo en ${preferences}`,
    "",
    "Servicio Nacional de Migraciones · Este mensaje se envió automáticamente; no lo responda.",
  ].join("\n");
  const html = `<!doctype html>
<html lang="es-CL">
<body style="font-family: Arial, sans-serif; color: #1f2933; line-height: 1.5;">
<p>Tiene un nuevo aviso en el portal Sello Migrante:</p>
<p style="font-size: 1.1em; font-weight: bold;">${escapeMarkup(line)}</p>
<p><a href="${escapeMarkup(link)}" style="color: #0a4a8a;">Ver el detalle en el portal</a> (ingrese con su ClaveÚnica).</p>
<p style="color: #52606d; font-size: 0.9em;">Por resguardo de las personas atendidas, este correo no incluye sus datos.
Puede dejar de recibir estos avisos por correo en <a href="${escapeMarkup(preferences)}" style="color: #0a4a8a;">sus preferencias</a>.</p>
<p style="color: #52606d; font-size: 0.9em;">Servicio Nacional de Migraciones · Este mensaje se envió automáticamente; no lo responda.</p>
</body>
</html>`;
  return { subject: `Sello Migrante: ${line}`, text, html };
}
