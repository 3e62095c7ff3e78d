/**
 * Demo data for trainings, technical visits, good practices and territorial activities, as of the
 * demo's "today" (2026-11-21). Everything here is INVENTED: sessions, people ("Persona Ficticia"),
 * e-mails (@demo.example), visits, agreements, practices, places and attendance figures. Only the
 * programme names ("Migraciones en tu barrio", "Apoya Mujer Migrante") are SERMIG's own.
 * prisma/data/DEMO-DATA.md says the same in Spanish.
 */
import type pg from "pg";
import { insertMissing } from "./demo-adhesion/insert";
import { demoId } from "./demo-adhesion/random";

const STAMP = "timestamptz";
const DATE = "date";

async function userId(client: pg.Client, run: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM "user" WHERE run = $1`, [run]);
  return rows[0].id;
}

export async function seedDemoCapacity(client: pg.Client): Promise<void> {
  const andrea = await userId(client, "44444444-4");
  const rodrigo = await userId(client, "55555555-5");
  const fernanda = await userId(client, "17333444-3");
  const carolina = await userId(client, "88888888-8");
  const matias = await userId(client, "16222333-K");

  const session = (key: string, topic: string, description: string, startsAt: string, modality: "PRESENCIAL" | "ONLINE", where: string, region: string | null, capacity: number, by: [string, string], recorded: string | null) => ({
    id: demoId("training-session", key),
    topic,
    description,
    starts_at: startsAt,
    modality,
    place: modality === "PRESENCIAL" ? where : null,
    url: modality === "ONLINE" ? where : null,
    region_code: region,
    capacity,
    published_by_id: by[0],
    published_by_name: by[1],
    attendance_recorded_at: recorded,
    version: recorded ? 2 : 1,
    created_at: "2026-10-15T12:00:00Z",
  });
  const sessions = [
    session("ley-21325", "Ley 21.325 y atención municipal", "Principios de la Ley de Migración y Extranjería aplicados a la atención en DIDECO y oficinas de migrantes.", "2026-12-03T13:00:00Z", "ONLINE", "https://reuniones.demo.example/sermig/ley-21325", null, 120, [andrea, "Andrea Paz Valdés Moreno"], null),
    session("rm-regularizacion", "Orientación en regularización migratoria", "Cómo orientar trámites de residencia temporal y definitiva, y cuándo derivar a SERMIG.", "2026-12-10T14:00:00Z", "PRESENCIAL", "Sala de capacitación, Dirección Regional Metropolitana (dirección ficticia)", "13", 30, [rodrigo, "Rodrigo Sepúlveda Araya"], null),
    session("antof-interculturalidad", "Atención intercultural en salud primaria", "Charla para equipos municipales de salud y educación.", "2026-12-15T13:00:00Z", "PRESENCIAL", "Centro cultural (dirección ficticia), Antofagasta", "02", 40, [fernanda, "Fernanda Castillo Vega"], null),
    session("trata", "Detección de trata y tráfico de personas", "Señales de alerta y ruta de derivación para funcionarias y funcionarios municipales.", "2026-10-22T13:00:00Z", "ONLINE", "https://reuniones.demo.example/sermig/trata", null, 200, [andrea, "Andrea Paz Valdés Moreno"], "2026-10-23T15:00:00Z"),
  ];
  await insertMissing(
    client,
    "training_session",
    ["id"],
    { id: "text", topic: "text", description: "text", starts_at: STAMP, modality: '"TrainingModality"', place: "text", url: "text", region_code: "text", capacity: "int", published_by_id: "text", published_by_name: "text", attendance_recorded_at: STAMP, version: "int", created_at: STAMP },
    sessions,
  );

  // The past national session: three Melipilla staff registered, two attended and were evaluated.
  const past = sessions[3].id;
  const people = [
    { n: 1, position: "DIDECO", attended: true, score: 6 },
    { n: 2, position: "Oficina de la Mujer", attended: true, score: 7 },
    { n: 3, position: "OMIL", attended: false, score: null },
  ];
  await insertMissing(
    client,
    "training_registration",
    ["id"],
    { id: "text", session_id: "text", municipality_code: "text", region_code: "text", name: "text", position: "text", email: "text", attended: "boolean", score: "int", comment: "text", registered_by_id: "text", created_at: STAMP },
    people.map((p) => ({
      id: demoId("training-registration", past, p.n),
      session_id: past,
      municipality_code: "13501",
      region_code: "13",
      name: `Persona Ficticia ${900 + p.n}`,
      position: p.position,
      email: `persona${900 + p.n}@demo.example`,
      attended: p.attended ? "true" : "false",
      score: p.score,
      comment: null,
      registered_by_id: carolina,
      created_at: "2026-10-16T12:00:00Z",
    })),
  );
  const record = demoId("training-record-from-session", past, "13501");
  const newRecord = await insertMissing(
    client,
    "training_record",
    ["id"],
    { id: "text", municipality_code: "text", held_on: DATE, topic: "text", trainer: "text", units_attending: "text", trained_count: "int", evaluation: "text", created_at: STAMP },
    [{ id: record, municipality_code: "13501", held_on: "2026-10-22", topic: sessions[3].topic, trainer: "SERMIG (sesión nacional)", units_attending: "DIDECO, Oficina de la Mujer", trained_count: 2, evaluation: "Nota promedio 6,5 (2 evaluaciones de participantes)", created_at: "2026-10-23T15:00:00Z" }],
  );
  if (newRecord.length) await client.query(`INSERT INTO training_session_record (session_id, municipality_code, training_record_id) VALUES ($1, '13501', $2) ON CONFLICT DO NOTHING`, [past, record]);

  // A technical visit to Melipilla with one open and one done agreement.
  const visit = demoId("visit", "13501", "2026-11-05");
  await insertMissing(
    client,
    "technical_visit",
    ["id"],
    { id: "text", municipality_code: "text", region_code: "text", visit_on: DATE, participants: "text", topics: "text", notes: "text", created_by_id: "text", version: "int", created_at: STAMP },
    [{ id: visit, municipality_code: "13501", region_code: "13", visit_on: "2026-11-05", participants: "Rodrigo Sepúlveda (SERMIG)\nCarolina Muñoz (encargada municipal)\nDirección de DIDECO", topics: "Avance del plan de trabajo, línea 2 y registro de atenciones.", notes: null, created_by_id: rodrigo, version: 1, created_at: "2026-11-05T20:00:00Z" }],
  );
  await insertMissing(
    client,
    "visit_agreement",
    ["id"],
    { id: "text", visit_id: "text", municipality_code: "text", region_code: "text", description: "text", due_on: DATE, done_at: STAMP, done_by_name: "text", created_at: STAMP },
    [
      { id: demoId("agreement", visit, 1), visit_id: visit, municipality_code: "13501", region_code: "13", description: "Enviar el registro de atenciones de octubre a la coordinación regional.", due_on: "2026-11-30", done_at: null, done_by_name: null, created_at: "2026-11-05T20:00:00Z" },
      { id: demoId("agreement", visit, 2), visit_id: visit, municipality_code: "13501", region_code: "13", description: "Inscribir a dos funcionarias en la charla de regularización.", due_on: "2026-11-15", done_at: "2026-11-12T14:00:00Z", done_by_name: "Carolina Andrea Muñoz Pizarro", created_at: "2026-11-05T20:00:00Z" },
    ],
  );

  // Good practices: two published, one waiting for review.
  const practice = (key: string, municipality: string, region: string, line: string, title: string, description: string, results: string, status: string, by: string) => ({
    id: demoId("practice", key),
    municipality_code: municipality,
    region_code: region,
    line,
    title,
    description,
    results,
    contact: "Oficina municipal de migrantes (contacto ficticio), oficina@demo.example",
    status,
    published_at: status === "PUBLISHED" ? "2026-09-01T12:00:00Z" : null,
    reviewed_at: status === "PUBLISHED" ? "2026-09-01T12:00:00Z" : null,
    submitted_by_id: by,
    version: status === "PUBLISHED" ? 2 : 1,
    created_at: "2026-08-20T12:00:00Z",
    updated_at: "2026-09-01T12:00:00Z",
  });
  await insertMissing(
    client,
    "good_practice",
    ["id"],
    { id: "text", municipality_code: "text", region_code: "text", line: '"CommitmentLine"', title: "text", description: "text", results: "text", contact: "text", status: '"PracticeStatus"', published_at: STAMP, reviewed_at: STAMP, submitted_by_id: "text", version: "int", created_at: STAMP, updated_at: STAMP },
    [
      practice("antof-ventanilla", "02101", "02", "INSTITUCIONALIDAD", "Ventanilla única de orientación migratoria", "Un mesón en el edificio consistorial atiende consultas de trámites migratorios y deriva a los programas municipales.\nAtiende de lunes a viernes con dos funcionarias capacitadas.", "Atenciones registradas por mes y derivaciones con seguimiento (cifras ficticias de demostración).", "PUBLISHED", matias),
      practice("melipilla-monitores", "13501", "13", "CAPACITACIONES", "Monitores municipales en derechos de las personas migrantes", "Funcionarias y funcionarios de distintas unidades se forman como monitores y replican talleres en sus equipos.", "Talleres replicados en cuatro unidades municipales (cifras ficticias).", "PUBLISHED", carolina),
      practice("melipilla-mesa", "13501", "13", "ASOCIATIVIDAD_PARTICIPACION", "Mesa comunal de organizaciones migrantes", "Encuentro mensual de organizaciones de personas migrantes con la alcaldía.", "Agenda de trabajo acordada con las organizaciones (demostración).", "SUBMITTED", carolina),
    ],
  );

  // Territorial activities in the two demo regions, and one request from Melipilla.
  const activity = (key: string, type: string, comuna: string, municipality: string, region: string, startsAt: string, place: string, partners: string, people: number | null, by: string) => ({
    id: demoId("activity", key),
    type,
    comuna_code: comuna,
    municipality_code: municipality,
    region_code: region,
    starts_at: startsAt,
    place,
    partners,
    people_attended: people,
    created_by_id: by,
    version: 1,
    created_at: "2026-10-01T12:00:00Z",
  });
  const activities = [
    activity("barrio-melipilla", "MIGRACIONES_EN_TU_BARRIO", "13501", "13501", "13", "2026-11-07T14:00:00Z", "Plaza de Armas de Melipilla", "Municipalidad de Melipilla, SERMIG", 85, rodrigo),
    activity("mujer-santiago", "APOYA_MUJER_MIGRANTE", "13101", "13101", "13", "2026-11-26T13:00:00Z", "Centro comunitario (lugar ficticio), Santiago", "Municipalidad de Santiago, SernamEG", null, rodrigo),
    activity("enrolamiento-curacavi", "OPERATIVO_ENROLAMIENTO", "13503", "13503", "13", "2026-12-04T12:00:00Z", "Gimnasio municipal de Curacaví", "PDI, SERMIG, Municipalidad de Curacaví", null, rodrigo),
    activity("regularizacion-antof", "OPERATIVO_REGULARIZACION", "02101", "02101", "02", "2026-11-28T13:00:00Z", "Sede vecinal (lugar ficticio), Antofagasta", "SERMIG, PDI, Municipalidad de Antofagasta", null, fernanda),
  ];
  await insertMissing(
    client,
    "territorial_activity",
    ["id"],
    { id: "text", type: '"ActivityType"', comuna_code: "text", municipality_code: "text", region_code: "text", starts_at: STAMP, place: "text", partners: "text", people_attended: "int", created_by_id: "text", version: "int", created_at: STAMP },
    activities,
  );
  await insertMissing(
    client,
    "activity_request",
    ["id"],
    { id: "text", kind: '"ActivityRequestKind"', activity_id: "text", activity_type: '"ActivityType"', municipality_code: "text", region_code: "text", message: "text", status: '"ActivityRequestStatus"', requested_by_id: "text", created_at: STAMP },
    [{ id: demoId("activity-request", "melipilla-host"), kind: "HOST", activity_id: null, activity_type: "OPERATIVO_REGULARIZACION", municipality_code: "13501", region_code: "13", message: "Podemos ofrecer el gimnasio municipal en enero para un operativo de regularización.", status: "PENDING", requested_by_id: carolina, created_at: "2026-11-18T15:00:00Z" }],
  );
}
