/**
 * The materials library: posters, leaflets, guides and infographics in Spanish, Haitian Creole,
 * English and French, each with a file in the portal's file store (PDFs, and PNG images for the posters
 * and infographics, which the library previews). Texts are invented; the Kreyòl, English and French ones say what the
 * Spanish ones say.
 */
import type pg from "pg";
import type { MaterialCategory, MaterialLanguage } from "../../../lib/materials/labels";
import type { DemoPeople } from "../demo-capacity/people";
import { insertMissing } from "../demo-adhesion/insert";
import { demoId } from "../demo-adhesion/random";
import { chileTime, type DemoToday, plusDays } from "../demo-today";
import { type DemoFile, fileIdOf, storeDemoFiles } from "./files";
import { simplePdf } from "./pdf";
import { posterPng, type Rgb, type Shape } from "./png";

const BLUE: Rgb = [15, 105, 196];
const RED: Rgb = [226, 44, 44];
const WHITE: Rgb = [255, 255, 255];
const SKY: Rgb = [214, 232, 250];
const INK: Rgb = [30, 41, 59];
const SIZE = { width: 480, height: 640 };

/** A poster: blue ground, a white panel with the title and three topics, the red stripe of the government look. */
function poster(title: [string, string], topics: string[]): Uint8Array {
  const shapes: Shape[] = [
    { x: 40, y: 60, width: 400, height: 440, color: WHITE },
    { text: title[0], y: 100, scale: 5, color: BLUE },
    { text: title[1], y: 150, scale: 5, color: BLUE },
    ...topics.flatMap((topic, i): Shape[] => [
      { x: 90, y: 250 + i * 70, width: 16, height: 16, color: RED },
      { text: topic, x: 130, y: 244 + i * 70, scale: 4, color: INK },
    ]),
    { x: 0, y: 530, width: 480, height: 20, color: RED },
    { text: "SERMIG - SELLO MIGRANTE", y: 580, scale: 3, color: WHITE },
  ];
  return posterPng(SIZE.width, SIZE.height, BLUE, shapes);
}

/** Four numbered steps, one under the other. */
function steps(title: string, names: string[]): Uint8Array {
  const shapes: Shape[] = [
    { text: title, y: 30, scale: 6, color: BLUE },
    ...names.flatMap((name, i): Shape[] => [
      { x: 40, y: 110 + i * 125, width: 400, height: 105, color: SKY },
      { x: 60, y: 127 + i * 125, width: 70, height: 70, color: i === names.length - 1 ? RED : BLUE },
      { text: String(i + 1), x: 81, y: 141 + i * 125, scale: 6, color: WHITE },
      { text: name, x: 150, y: 148 + i * 125, scale: 4, color: INK },
    ]),
  ];
  return posterPng(SIZE.width, SIZE.height, WHITE, shapes);
}

type Material = {
  key: string;
  title: string;
  description: string;
  category: MaterialCategory;
  language: MaterialLanguage;
  daysAgo: number;
  file: { name: string } & ({ pdf: { title: string; paragraphs: string[]; footer: string } } | { png: () => Uint8Array });
};

const ES_FOOTER = "Documento de demostración (ficticio) · Portal Sello Migrante";

const MATERIALS: Material[] = [
  {
    key: "afiche-derechos-es",
    title: "Afiche: sus derechos como persona migrante en Chile",
    description: "Afiche para oficinas municipales y centros de salud: acceso a salud, educación y trámites migratorios sin discriminación.",
    category: "AFICHE",
    language: "es",
    daysAgo: 118,
    file: { name: "afiche-derechos.png", png: () => poster(["SUS DERECHOS", "EN CHILE"], ["SALUD", "ESCUELA", "TRABAJO"]) },
  },
  {
    key: "afiche-derechos-ht",
    title: "Afich: dwa ou kòm moun migran nan Chili",
    description: "Versión en criollo haitiano del afiche de derechos de las personas migrantes.",
    category: "AFICHE",
    language: "ht",
    daysAgo: 27,
    file: { name: "afich-dwa-kreyol.png", png: () => poster(["DWA OU", "NAN CHILI"], ["SANTE", "TRAVAY", "DOKIMAN"]) },
  },
  {
    key: "guia-regularizacion-es",
    title: "Guía de orientación para la regularización migratoria",
    description: "Para equipos municipales: qué trámite corresponde en cada situación y cuándo ingresar un caso Sello.",
    category: "GUIA",
    language: "es",
    daysAgo: 96,
    file: {
      name: "guia-orientacion-regularizacion.pdf",
      pdf: {
        title: "Guía de orientación para la regularización migratoria",
        paragraphs: [
          "Esta guía ayuda a los equipos municipales a orientar a las personas que consultan por su situación migratoria.",
          "Residencia temporal: para quienes quieren vivir en Chile por un tiempo definido. Las niñas, niños y adolescentes pueden obtenerla desde su ingreso, sin importar la situación de sus padres, y es gratuita.",
          "Residencia definitiva: en general, después de dos años con residencia temporal en la misma subcategoría.",
          "Cuándo ingresar un caso Sello: cuando la persona necesita que SERMIG revise una solicitud, cuando hay vulneración de derechos o cuando se trata de niñas, niños y adolescentes sin regularizar.",
        ],
        footer: ES_FOOTER,
      },
    },
  },
  {
    key: "gid-rezidans-ht",
    title: "Gid pou mande rezidans tanporè",
    description: "Guía breve en criollo haitiano sobre la solicitud de residencia temporal.",
    category: "GUIA",
    language: "ht",
    daysAgo: 25,
    file: {
      name: "gid-rezidans-tanpore.pdf",
      pdf: {
        title: "Gid pou mande rezidans tanporè",
        paragraphs: [
          "Enfòmasyon sa a se pou moun migran ki vle mande rezidans tanporè nan Chili.",
          "Ale nan biwo migrasyon minisipalite w la pou yo ka ede w.",
          "Sèvis sa a gratis.",
        ],
        footer: "Dokiman demonstrasyon (fiktif) · Documento de demostración (ficticio)",
      },
    },
  },
  {
    key: "help-leaflet-en",
    title: "Where to get help in your municipality",
    description: "Folleto en inglés: qué hace la oficina municipal de migrantes y cómo pedir una atención.",
    category: "FOLLETO",
    language: "en",
    daysAgo: 24,
    file: {
      name: "where-to-get-help.pdf",
      pdf: {
        title: "Where to get help in your municipality",
        paragraphs: [
          "Your municipality has a migration office that gives free guidance on residence permits, health, education and work.",
          "Bring any identity document you have. If you do not have one, you can still be helped.",
          "When your situation needs the National Migration Service (SERMIG), the office sends your case directly to SERMIG and follows it up with you.",
        ],
        footer: "Demonstration document (fictional) · Documento de demostración (ficticio)",
      },
    },
  },
  {
    key: "infografia-residencia-es",
    title: "Infografía: cuatro pasos para solicitar la residencia temporal",
    description: "Reunir documentos, postular en el portal de trámites de SERMIG, hacer seguimiento y recibir la resolución.",
    category: "INFOGRAFIA",
    language: "es",
    daysAgo: 61,
    file: { name: "infografia-residencia-temporal.png", png: () => steps("4 PASOS", ["DOCUMENTOS", "POSTULAR", "SEGUIMIENTO", "RESPUESTA"]) },
  },
  {
    key: "residence-steps-en",
    title: "Temporary residence in Chile: four steps",
    description: "Versión en inglés de la infografía sobre la residencia temporal.",
    category: "INFOGRAFIA",
    language: "en",
    daysAgo: 24,
    file: { name: "temporary-residence-steps.png", png: () => steps("4 STEPS", ["DOCUMENTS", "APPLY", "FOLLOW UP", "DECISION"]) },
  },
  {
    key: "diptico-atencion-es",
    title: "Díptico: atención municipal sin discriminación",
    description: "Para el personal de atención de público: trato digno, lenguaje claro y derivación a la oficina de migrantes.",
    category: "FOLLETO",
    language: "es",
    daysAgo: 75,
    file: {
      name: "diptico-atencion-sin-discriminacion.pdf",
      pdf: {
        title: "Atención municipal sin discriminación",
        paragraphs: [
          "Toda persona tiene derecho a ser atendida en la municipalidad, cualquiera sea su nacionalidad o situación migratoria.",
          "Use un lenguaje claro y pregunte si la persona necesita apoyo en otro idioma.",
          "Si la consulta es sobre trámites migratorios, derive a la oficina de migrantes de la municipalidad.",
        ],
        footer: ES_FOOTER,
      },
    },
  },
  {
    key: "plantilla-registro-es",
    title: "Plantilla para el registro mensual de atenciones",
    description: "Formato sugerido para la línea 1 del plan de trabajo: registrar las atenciones a personas migrantes y refugiadas.",
    category: "OTRO",
    language: "es",
    daysAgo: 40,
    file: {
      name: "plantilla-registro-atenciones.pdf",
      pdf: {
        title: "Registro mensual de atenciones a personas migrantes",
        paragraphs: [
          "Columnas sugeridas: fecha de la atención, unidad municipal, tipo de consulta, derivación y seguimiento.",
          "No registre nombres ni documentos en la planilla resumen: basta con el número de atenciones por tipo.",
          "Envíe el resumen a su coordinación regional cada mes como medio de verificación de la línea 1.",
        ],
        footer: ES_FOOTER,
      },
    },
  },
  {
    key: "droits-fr",
    title: "Vos droits en tant que personne migrante au Chili",
    description: "Versión en francés del folleto de derechos, para la comunidad haitiana y africana francófona.",
    category: "FOLLETO",
    language: "fr",
    daysAgo: 12,
    file: {
      name: "vos-droits.pdf",
      pdf: {
        title: "Vos droits en tant que personne migrante au Chili",
        paragraphs: [
          "Au Chili, toute personne peut être soignée dans un centre de santé public et les enfants peuvent aller à l'école, quelle que soit leur situation migratoire.",
          "Le bureau des migrants de votre municipalité vous oriente gratuitement.",
        ],
        footer: "Document de démonstration (fictif) · Documento de demostración (ficticio)",
      },
    },
  },
];

/** What this run wrote; `kept`, what an earlier run (or the portal) had left. */
export type MaterialsSeeded = { inserted: number; languages: MaterialLanguage[]; kept: number };

export async function seedDemoMaterials(client: pg.Client, today: DemoToday, people: DemoPeople): Promise<MaterialsSeeded> {
  const uploaded = (m: Material) => chileTime(plusDays(today.date, -m.daysAgo), "11:00").toISOString();
  const rows = MATERIALS.map((m) => ({
    id: demoId("material", m.key),
    title: m.title,
    description: m.description,
    category: m.category,
    language: m.language,
    file_id: fileIdOf(`material:${m.key}`),
    uploaded_by_id: people.andrea.id,
    version: 1,
    created_at: uploaded(m),
    updated_at: uploaded(m),
  }));
  const existing = new Set((await client.query<{ id: string }>(`SELECT id FROM material WHERE id = ANY($1)`, [rows.map((r) => r.id)])).rows.map((r) => r.id));
  const fresh = MATERIALS.filter((m) => !existing.has(demoId("material", m.key)));
  // The file row comes first: a material points at its file.
  await storeDemoFiles(
    client,
    fresh.map(
      (m): DemoFile => ({
        key: `material:${m.key}`,
        name: m.file.name,
        contentType: "png" in m.file ? "image/png" : "application/pdf",
        bytes: "png" in m.file ? m.file.png() : simplePdf(m.file.pdf.title, m.file.pdf.paragraphs, m.file.pdf.footer),
        ownerType: "Material",
        uploadedById: people.andrea.id,
        uploadedAt: uploaded(m),
      }),
    ),
  );
  const inserted = await insertMissing(
    client,
    "material",
    ["id"],
    { id: "text", title: "text", description: "text", category: '"MaterialCategory"', language: "text", file_id: "text", uploaded_by_id: "text", version: "int", created_at: "timestamp(3)", updated_at: "timestamp(3)" },
    rows.filter((r) => !existing.has(r.id)),
  );
  return { inserted: inserted.length, languages: [...new Set(fresh.map((m) => m.language))], kept: MATERIALS.length - fresh.length };
}
