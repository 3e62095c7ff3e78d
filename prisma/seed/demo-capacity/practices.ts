/**
 * Good practices: three published (Antofagasta, Melipilla, Santiago) and one of Melipilla waiting for
 * review. Titles, texts, results and contacts are invented.
 */
import type pg from "pg";
import { insertMissing } from "../demo-adhesion/insert";
import { demoId } from "../demo-adhesion/random";
import type { DemoToday } from "../demo-today";
import { type DemoPeople, workingDayAt } from "./people";

const STAMP = "timestamptz";

type Practice = {
  key: string;
  municipality: string;
  region: string;
  line: string;
  title: string;
  description: string;
  results: string;
  /** Calendar days from today: when it was sent, and when SERMIG published it (null: still in review). */
  sentDays: number;
  publishedDays: number | null;
  by: "carolina" | "javiera" | "matias";
};

const PRACTICES: Practice[] = [
  {
    key: "antof-ventanilla",
    municipality: "02101",
    region: "02",
    line: "INSTITUCIONALIDAD",
    title: "Ventanilla única de orientación migratoria",
    description: "Un mesón en el edificio consistorial atiende consultas de trámites migratorios y deriva a los programas municipales.\nAtiende de lunes a viernes con dos funcionarias capacitadas.",
    results: "Atenciones registradas por mes y derivaciones con seguimiento (cifras ficticias de demostración).",
    sentDays: -104,
    publishedDays: -92,
    by: "matias",
  },
  {
    key: "melipilla-monitores",
    municipality: "13501",
    region: "13",
    line: "CAPACITACIONES",
    title: "Monitores municipales en derechos de las personas migrantes",
    description: "Funcionarias y funcionarios de distintas unidades se forman como monitores y replican talleres en sus equipos.",
    results: "Talleres replicados en cuatro unidades municipales (cifras ficticias).",
    sentDays: -104,
    publishedDays: -92,
    by: "carolina",
  },
  {
    key: "santiago-ferias",
    municipality: "13101",
    region: "13",
    line: "REGULARIDAD_MIGRATORIA",
    title: "Orientación migratoria en ferias libres",
    description: "Una vez al mes, un módulo de la oficina de migrantes se instala en una feria libre distinta y orienta sobre trámites de residencia.\nLas consultas que necesitan a SERMIG se ingresan como casos Sello.",
    results: "Personas orientadas por jornada y casos ingresados a SERMIG (cifras ficticias de demostración).",
    sentDays: -47,
    publishedDays: -35,
    by: "javiera",
  },
  {
    key: "melipilla-mesa",
    municipality: "13501",
    region: "13",
    line: "ASOCIATIVIDAD_PARTICIPACION",
    title: "Mesa comunal de organizaciones migrantes",
    description: "Encuentro mensual de organizaciones de personas migrantes con la alcaldía.",
    results: "Agenda de trabajo acordada con las organizaciones (demostración).",
    sentDays: -9,
    publishedDays: null,
    by: "carolina",
  },
];

export async function seedDemoPractices(client: pg.Client, today: DemoToday, people: DemoPeople): Promise<{ published: number; inReview: number; kept: number }> {
  const inserted = await insertMissing(
    client,
    "good_practice",
    ["id"],
    { id: "text", municipality_code: "text", region_code: "text", line: '"CommitmentLine"', title: "text", description: "text", results: "text", contact: "text", status: '"PracticeStatus"', published_at: STAMP, reviewed_at: STAMP, submitted_by_id: "text", version: "int", created_at: STAMP, updated_at: STAMP },
    PRACTICES.map((p) => {
      const sent = workingDayAt(today, p.sentDays, "12:00");
      const published = p.publishedDays === null ? null : workingDayAt(today, p.publishedDays, "12:00");
      return {
        id: demoId("practice", p.key),
        municipality_code: p.municipality,
        region_code: p.region,
        line: p.line,
        title: p.title,
        description: p.description,
        results: p.results,
        contact: "Oficina municipal de migrantes (contacto ficticio), oficina@demo.example",
        status: published ? "PUBLISHED" : "SUBMITTED",
        published_at: published,
        reviewed_at: published,
        submitted_by_id: people[p.by].id,
        version: published ? 2 : 1,
        created_at: sent,
        updated_at: published ?? sent,
      };
    }),
  );
  const fresh = PRACTICES.filter((p) => inserted.includes(demoId("practice", p.key)));
  return { published: fresh.filter((p) => p.publishedDays !== null).length, inReview: fresh.filter((p) => p.publishedDays === null).length, kept: PRACTICES.length - fresh.length };
}
