/**
 * Territorial activities in the two demo regions, two already held (with people attended) and three
 * ahead, and Melipilla's request to host an operativo. Places, partners and figures are invented; only
 * the programme names ("Migraciones en tu barrio", "Apoya Mujer Migrante") are SERMIG's own.
 */
import type pg from "pg";
import { insertMissing } from "../demo-adhesion/insert";
import { demoId } from "../demo-adhesion/random";
import type { DemoToday } from "../demo-today";
import { type DemoPeople, workingDayAt } from "./people";

const STAMP = "timestamptz";

type Activity = { key: string; type: string; comuna: string; region: string; days: number; time: string; place: string; partners: string; attended: number | null; by: "rodrigo" | "fernanda" };

const ACTIVITIES: Activity[] = [
  { key: "barrio-melipilla", type: "MIGRACIONES_EN_TU_BARRIO", comuna: "13501", region: "13", days: -27, time: "11:00", place: "Plaza de Armas de Melipilla", partners: "Municipalidad de Melipilla, SERMIG", attended: 85, by: "rodrigo" },
  { key: "regularizacion-calama", type: "OPERATIVO_REGULARIZACION", comuna: "02201", region: "02", days: -20, time: "10:00", place: "Gimnasio municipal (lugar ficticio), Calama", partners: "SERMIG, PDI, Municipalidad de Calama", attended: 62, by: "fernanda" },
  { key: "mujer-santiago", type: "APOYA_MUJER_MIGRANTE", comuna: "13101", region: "13", days: 5, time: "10:00", place: "Centro comunitario (lugar ficticio), Santiago", partners: "Municipalidad de Santiago, SernamEG", attended: null, by: "rodrigo" },
  { key: "regularizacion-antof", type: "OPERATIVO_REGULARIZACION", comuna: "02101", region: "02", days: 7, time: "10:00", place: "Sede vecinal (lugar ficticio), Antofagasta", partners: "SERMIG, PDI, Municipalidad de Antofagasta", attended: null, by: "fernanda" },
  { key: "enrolamiento-curacavi", type: "OPERATIVO_ENROLAMIENTO", comuna: "13503", region: "13", days: 13, time: "09:00", place: "Gimnasio municipal de Curacaví", partners: "PDI, SERMIG, Municipalidad de Curacaví", attended: null, by: "rodrigo" },
];

export async function seedDemoActivities(client: pg.Client, today: DemoToday, people: DemoPeople): Promise<{ held: number; upcoming: number; kept: number }> {
  const inserted = await insertMissing(
    client,
    "territorial_activity",
    ["id"],
    { id: "text", type: '"ActivityType"', comuna_code: "text", municipality_code: "text", region_code: "text", starts_at: STAMP, place: "text", partners: "text", people_attended: "int", created_by_id: "text", version: "int", created_at: STAMP },
    ACTIVITIES.map((a) => ({
      id: demoId("activity", a.key),
      type: a.type,
      comuna_code: a.comuna,
      municipality_code: a.comuna,
      region_code: a.region,
      starts_at: workingDayAt(today, a.days, a.time),
      place: a.place,
      partners: a.partners,
      people_attended: a.attended,
      created_by_id: people[a.by].id,
      // People attended are recorded after the activity, which bumps its version.
      version: a.attended === null ? 1 : 2,
      created_at: workingDayAt(today, Math.min(a.days, 0) - 25, "12:00"),
    })),
  );
  await insertMissing(
    client,
    "activity_request",
    ["id"],
    { id: "text", kind: '"ActivityRequestKind"', activity_id: "text", activity_type: '"ActivityType"', municipality_code: "text", region_code: "text", message: "text", status: '"ActivityRequestStatus"', requested_by_id: "text", created_at: STAMP },
    [
      {
        id: demoId("activity-request", "melipilla-host"),
        kind: "HOST",
        activity_id: null,
        activity_type: "OPERATIVO_REGULARIZACION",
        municipality_code: "13501",
        region_code: "13",
        message: "Podemos ofrecer el gimnasio municipal el próximo mes para un operativo de regularización.",
        status: "PENDING",
        requested_by_id: people.carolina.id,
        created_at: workingDayAt(today, -3, "12:00"),
      },
    ],
  );
  const fresh = ACTIVITIES.filter((a) => inserted.includes(demoId("activity", a.key)));
  return { held: fresh.filter((a) => a.days < 0).length, upcoming: fresh.filter((a) => a.days > 0).length, kept: ACTIVITIES.length - fresh.length };
}
