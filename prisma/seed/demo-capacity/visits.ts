/**
 * Technical visits: Rodrigo visited Melipilla a little over two weeks ago and left three agreements,
 * one done, one past its date and one still ahead; Fernanda visited Antofagasta six weeks ago and its
 * agreement is done. Visits, participants and agreements are invented.
 */
import type pg from "pg";
import { insertMissing } from "../demo-adhesion/insert";
import { demoId } from "../demo-adhesion/random";
import type { DemoToday } from "../demo-today";
import { type DemoPeople, workingDate, workingDayAt } from "./people";

const STAMP = "timestamptz";

type Agreement = { description: string; dueDays: number; doneDays: number | null };
type Visit = { municipality: string; region: string; days: number; participants: string; topics: string; by: "rodrigo" | "fernanda"; doneBy: "carolina" | "matias"; agreements: Agreement[] };

const VISITS: Visit[] = [
  {
    municipality: "13501",
    region: "13",
    days: -16,
    participants: "Rodrigo Sepúlveda (SERMIG)\nCarolina Muñoz (encargada municipal)\nDirección de DIDECO",
    topics: "Avance del plan de trabajo, línea 2 y registro de atenciones.",
    by: "rodrigo",
    doneBy: "carolina",
    agreements: [
      { description: "Enviar el registro de atenciones del último mes a la coordinación regional.", dueDays: -6, doneDays: null },
      { description: "Inscribir a dos funcionarias en la charla de regularización.", dueDays: -8, doneDays: -12 },
      { description: "Presentar a la coordinación regional la propuesta de mesa comunal de organizaciones migrantes.", dueDays: 20, doneDays: null },
    ],
  },
  {
    municipality: "02101",
    region: "02",
    days: -42,
    participants: "Fernanda Castillo (SERMIG)\nMatías Rojas (encargado municipal)",
    topics: "Ventanilla de orientación migratoria y preparación del operativo de regularización.",
    by: "fernanda",
    doneBy: "matias",
    agreements: [{ description: "Definir la sede vecinal del operativo de regularización.", dueDays: -28, doneDays: -31 }],
  },
];

export async function seedDemoVisits(client: pg.Client, today: DemoToday, people: DemoPeople): Promise<{ visits: number; overdueAgreements: number; kept: number }> {
  const rows = VISITS.map((v) => ({ ...v, id: demoId("visit", v.municipality), visitOn: workingDate(today, v.days), createdAt: workingDayAt(today, v.days, "17:00") }));
  const inserted = new Set(
    await insertMissing(
      client,
      "technical_visit",
      ["id"],
      { id: "text", municipality_code: "text", region_code: "text", visit_on: "date", participants: "text", topics: "text", notes: "text", created_by_id: "text", version: "int", created_at: STAMP },
      rows.map((v) => ({ id: v.id, municipality_code: v.municipality, region_code: v.region, visit_on: v.visitOn, participants: v.participants, topics: v.topics, notes: null, created_by_id: people[v.by].id, version: 1, created_at: v.createdAt })),
    ),
  );
  await insertMissing(
    client,
    "visit_agreement",
    ["id"],
    { id: "text", visit_id: "text", municipality_code: "text", region_code: "text", description: "text", due_on: "date", done_at: STAMP, done_by_name: "text", created_at: STAMP },
    rows
      .filter((v) => inserted.has(v.id))
      .flatMap((v) =>
        v.agreements.map((a, n) => ({
          id: demoId("agreement", v.id, n + 1),
          visit_id: v.id,
          municipality_code: v.municipality,
          region_code: v.region,
          description: a.description,
          due_on: workingDate(today, a.dueDays),
          done_at: a.doneDays === null ? null : workingDayAt(today, a.doneDays, "11:00"),
          done_by_name: a.doneDays === null ? null : people[v.doneBy].name,
          created_at: v.createdAt,
        })),
      ),
  );
  const fresh = rows.filter((v) => inserted.has(v.id));
  const overdueAgreements = fresh.flatMap((v) => v.agreements).filter((a) => a.doneDays === null && a.dueDays < 0).length;
  return { visits: fresh.length, overdueAgreements, kept: VISITS.length - fresh.length };
}
