/**
 * Bulletins of the last ten weeks, national and regional, written as SERMIG's editors write them and
 * stored as the portal stores them (formatting turned into sanitised HTML). The demo officers have
 * read the older ones; the newest wait unread for some of them. One carries a PDF. Texts are invented.
 */
import type pg from "pg";
import { ADHERED } from "../../../lib/adhesion/lifecycle";
import { formattedTextToHtml } from "../../../lib/content/formatting";
import { sanitizeRichText } from "../../../lib/content/sanitize";
import type { DemoPeople } from "../demo-capacity/people";
import { insertMissing } from "../demo-adhesion/insert";
import { demoId } from "../demo-adhesion/random";
import { chileTime, type DemoToday, plusDays } from "../demo-today";
import { type DemoFile, fileIdOf, storeDemoFiles } from "./files";
import { simplePdf } from "./pdf";

const STAMP = "timestamp(3)";
const HOUR = 3_600_000;
const FOOTER = "Documento de demostración (ficticio) · Portal Sello Migrante";

type Bulletin = {
  key: string;
  title: string;
  body: string;
  region: string | null;
  by: "andrea" | "rodrigo" | "fernanda";
  daysAgo: number;
  /** Demo officers (by municipality) who have not opened it yet. */
  unreadBy: string[];
  attachment?: { name: string; title: string; paragraphs: string[] };
};

const BULLETINS: Bulletin[] = [
  {
    key: "calendario-capacitaciones",
    title: "Nuevo calendario de capacitaciones para equipos municipales",
    body: [
      "## Capacitaciones de las próximas semanas",
      "SERMIG abrió las inscripciones para el nuevo ciclo de charlas dirigidas a los equipos municipales del programa.",
      "- Ley 21.325 y atención municipal (en línea, nacional)\n- Orientación en regularización migratoria (presencial, Región Metropolitana)\n- Atención intercultural en salud primaria (presencial, Región de Antofagasta)",
      "Las encargadas y los encargados municipales inscriben a su personal desde **Canal SERMIG → Capacitaciones y charlas**. El detalle de cada sesión va en el documento adjunto.",
    ].join("\n\n"),
    region: null,
    by: "andrea",
    daysAgo: 2,
    unreadBy: ["13501", "02101"],
    attachment: {
      name: "calendario-capacitaciones.pdf",
      title: "Calendario de capacitaciones para equipos municipales",
      paragraphs: [
        "Ley 21.325 y atención municipal. Modalidad en línea, de alcance nacional. Principios de la Ley de Migración y Extranjería aplicados a la atención en DIDECO y oficinas de migrantes.",
        "Orientación en regularización migratoria. Modalidad presencial, Región Metropolitana. Cómo orientar trámites de residencia temporal y definitiva, y cuándo derivar a SERMIG.",
        "Atención intercultural en salud primaria. Modalidad presencial, Región de Antofagasta. Charla para equipos municipales de salud y educación.",
        "Las inscripciones se hacen en el portal, en Canal SERMIG, Capacitaciones y charlas. Cada municipalidad inscribe a su personal hasta completar los cupos.",
      ],
    },
  },
  {
    key: "rm-operativo",
    title: "Operativo de regularización en la Región Metropolitana: cupos para municipalidades",
    body: [
      "La Dirección Regional Metropolitana organiza un nuevo operativo de regularización junto a la PDI.",
      "Las municipalidades que quieran acoger una jornada pueden pedirlo desde **Dispositivos territoriales**, indicando el lugar y las fechas posibles. Se priorizarán las comunas con más casos de regularización pendientes.",
    ].join("\n\n"),
    region: "13",
    by: "rodrigo",
    daysAgo: 6,
    unreadBy: ["13501"],
  },
  {
    key: "antof-reunion",
    title: "Reunión regional de encargadas y encargados municipales",
    body: [
      "Convocamos a la reunión de coordinación de la Región de Antofagasta, en la Dirección Regional y en línea.",
      "Temas:\n1. Avance de los planes de trabajo\n2. Operativos de regularización del próximo mes\n3. Casos que esperan respuesta de las municipalidades",
    ].join("\n\n"),
    region: "02",
    by: "fernanda",
    daysAgo: 9,
    unreadBy: ["02101"],
  },
  {
    key: "plazos-casos",
    title: "Recordatorio: plazos de respuesta de los casos Sello",
    body: [
      "Los casos Sello se responden en días hábiles, como los demás trámites de SERMIG. Los de niñas, niños y adolescentes y los de violencia tienen una primera respuesta en **un día hábil**.",
      "Cuando SERMIG pide información, el plazo queda en pausa hasta que la municipalidad responde. Les pedimos revisar a diario la vista **Esperando a la municipalidad** de sus casos.",
    ].join("\n\n"),
    region: null,
    by: "andrea",
    daysAgo: 13,
    unreadBy: [],
  },
  {
    key: "materiales-idiomas",
    title: "Material nuevo en la biblioteca: afiches en kreyòl e inglés",
    body: [
      "La biblioteca de materiales suma afiches y folletos en criollo haitiano y en inglés, listos para imprimir.",
      "Pueden filtrarlos por idioma en **Canal SERMIG → Materiales**. Si necesitan material en otro idioma, escríbannos a través de su coordinación regional.",
    ].join("\n\n"),
    region: null,
    by: "andrea",
    daysAgo: 27,
    unreadBy: [],
  },
  {
    key: "balance-semestre",
    title: "Balance del programa Sello Migrante en el semestre",
    body: [
      "## Lo que hicimos juntos",
      "Este semestre se sumaron nuevas municipalidades al programa y varias renovaron su Sello. Agradecemos a los equipos municipales el trabajo en los planes de las cinco líneas de acción.",
      "Las cifras del programa están siempre al día en el tablero de cobertura del portal.",
    ].join("\n\n"),
    region: null,
    by: "andrea",
    daysAgo: 48,
    unreadBy: [],
  },
  {
    key: "rm-atencion",
    title: "Cambios en la atención de la Dirección Regional Metropolitana",
    body: "Desde este mes, la atención presencial a equipos municipales es con hora reservada, de lunes a jueves. Las consultas de casos se siguen haciendo por el portal.",
    region: "13",
    by: "rodrigo",
    daysAgo: 70,
    unreadBy: [],
  },
];

/** What this run wrote; `kept`, what an earlier run (or the portal) had left. */
export type BulletinsSeeded = { national: number; regional: number; withAttachment: number; kept: number; notifications: { inserted: number; unread: number } };

/** The active officers of adhered municipalities, who receive bulletins. */
async function readers(client: pg.Client) {
  const { rows } = await client.query<{ id: string; municipality_code: string; region_code: string }>(
    `SELECT u.id, u.municipality_code, u.region_code FROM "user" u JOIN adhesion a ON a.municipality_code = u.municipality_code
      WHERE u.active AND u.role = 'MUNICIPAL_OFFICER' AND a.status::text = ANY($1)`,
    [ADHERED],
  );
  return rows;
}

export async function seedDemoBulletins(client: pg.Client, today: DemoToday, people: DemoPeople): Promise<BulletinsSeeded> {
  const published = (b: Bulletin) => chileTime(plusDays(today.date, -b.daysAgo), "12:30");
  const rows = BULLETINS.map((b) => ({
    id: demoId("bulletin", b.key),
    title: b.title,
    body_html: sanitizeRichText(formattedTextToHtml(b.body)),
    audience: b.region ? "REGION" : "NATIONAL",
    region_code: b.region,
    author_id: people[b.by].id,
    author_name: people[b.by].name,
    published_at: published(b).toISOString(),
    idempotency_key: demoId("bulletin-key", b.key),
  }));
  const inserted = new Set(
    await insertMissing(
      client,
      "bulletin",
      ["id"],
      { id: "text", title: "text", body_html: "text", audience: '"BulletinAudience"', region_code: "text", author_id: "text", author_name: "text", published_at: STAMP, idempotency_key: "text" },
      rows,
    ),
  );
  const fresh = BULLETINS.filter((b) => inserted.has(demoId("bulletin", b.key)));

  const files: DemoFile[] = fresh.flatMap((b) =>
    b.attachment
      ? [{ key: `bulletin:${b.key}`, name: b.attachment.name, contentType: "application/pdf" as const, bytes: simplePdf(b.attachment.title, b.attachment.paragraphs, FOOTER), ownerType: "BulletinAttachment" as const, uploadedById: people[b.by].id, uploadedAt: published(b).toISOString() }]
      : [],
  );
  await storeDemoFiles(client, files);
  await insertMissing(
    client,
    "bulletin_attachment",
    ["id"],
    { id: "text", bulletin_id: "text", file_id: "text" },
    fresh.filter((b) => b.attachment).map((b) => ({ id: demoId("bulletin-attachment", b.key), bulletin_id: demoId("bulletin", b.key), file_id: fileIdOf(`bulletin:${b.key}`) })),
  );

  // Each addressed officer was notified on publication; those who opened it did so within a day or two.
  const officers = await readers(client);
  const receipts: { bulletin_id: string; user_id: string; municipality_code: string; read_at: string }[] = [];
  const notices: { id: string; user_id: string; kind: string; title: string; case_id: null; read_at: string | null; created_at: string }[] = [];
  for (const b of fresh) {
    const at = published(b);
    for (const officer of officers.filter((o) => !b.region || o.region_code === b.region)) {
      const read = !b.unreadBy.includes(officer.municipality_code);
      const readAt = read ? new Date(Math.min(at.getTime() + (4 + (b.daysAgo % 3) * 19) * HOUR, today.now.getTime() - HOUR)).toISOString() : null;
      if (readAt) receipts.push({ bulletin_id: demoId("bulletin", b.key), user_id: officer.id, municipality_code: officer.municipality_code, read_at: readAt });
      notices.push({ id: demoId("notification", "bulletin", b.key, officer.id), user_id: officer.id, kind: "BULLETIN_PUBLISHED", title: `Nuevo boletín de SERMIG: ${b.title}`, case_id: null, read_at: readAt, created_at: at.toISOString() });
    }
  }
  await insertMissing(client, "bulletin_read", ["bulletin_id", "user_id"], { bulletin_id: "text", user_id: "text", municipality_code: "text", read_at: STAMP }, receipts);
  const notified = new Set(
    await insertMissing(client, "notification", ["id"], { id: "text", user_id: "text", kind: "text", title: "text", case_id: "text", read_at: STAMP, created_at: STAMP }, notices),
  );
  return {
    national: fresh.filter((b) => !b.region).length,
    regional: fresh.filter((b) => b.region).length,
    withAttachment: fresh.filter((b) => b.attachment).length,
    kept: BULLETINS.length - fresh.length,
    notifications: { inserted: notified.size, unread: notices.filter((n) => notified.has(n.id) && !n.read_at).length },
  };
}
