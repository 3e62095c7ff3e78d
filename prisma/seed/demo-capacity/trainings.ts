/**
 * Training sessions around today: three ahead (two national, one per demo region; Santiago's staff
 * registered for the regional one, Melipilla's for the national one) and two held, whose attendance counts on line 2 of Melipilla's
 * and Santiago's work plans. Sessions, people ("Persona Ficticia 9xx") and links are invented.
 */
import type pg from "pg";
import { insertMissing } from "../demo-adhesion/insert";
import { demoId } from "../demo-adhesion/random";
import type { DemoToday } from "../demo-today";
import { type DemoPeople, workingDate, workingDayAt } from "./people";

const STAMP = "timestamptz";

type Session = {
  key: string;
  topic: string;
  description: string;
  /** Calendar days from today, and the time in Chile. */
  days: number;
  time: string;
  modality: "PRESENCIAL" | "ONLINE";
  where: string;
  region: string | null;
  capacity: number;
  by: keyof DemoPeople;
};

const SESSIONS: Session[] = [
  { key: "ley-21325", topic: "Ley 21.325 y atención municipal", description: "Principios de la Ley de Migración y Extranjería aplicados a la atención en DIDECO y oficinas de migrantes.", days: 12, time: "10:00", modality: "ONLINE", where: "https://reuniones.demo.example/sermig/ley-21325", region: null, capacity: 120, by: "andrea" },
  { key: "rm-regularizacion", topic: "Orientación en regularización migratoria", description: "Cómo orientar trámites de residencia temporal y definitiva, y cuándo derivar a SERMIG.", days: 19, time: "11:00", modality: "PRESENCIAL", where: "Sala de capacitación, Dirección Regional Metropolitana (dirección ficticia)", region: "13", capacity: 30, by: "rodrigo" },
  { key: "antof-interculturalidad", topic: "Atención intercultural en salud primaria", description: "Charla para equipos municipales de salud y educación.", days: 24, time: "10:00", modality: "PRESENCIAL", where: "Centro cultural (dirección ficticia), Antofagasta", region: "02", capacity: 40, by: "fernanda" },
  { key: "trata", topic: "Detección de trata y tráfico de personas", description: "Señales de alerta y ruta de derivación para funcionarias y funcionarios municipales.", days: -30, time: "10:00", modality: "ONLINE", where: "https://reuniones.demo.example/sermig/trata", region: null, capacity: 200, by: "andrea" },
  { key: "rm-ninez", topic: "Atención de niñas, niños y adolescentes migrantes", description: "Residencia temporal para NNA, matrícula escolar y derivación a la Oficina Local de la Niñez.", days: -58, time: "11:00", modality: "PRESENCIAL", where: "Auditorio de la Dirección Regional Metropolitana (dirección ficticia)", region: "13", capacity: 35, by: "rodrigo" },
];

/** Who registered: staff of the demo officers' municipalities. Past sessions have attendance and scores. */
const REGISTRATIONS: { session: string; n: number; municipality: string; region: string; position: string; attended: boolean | null; score: number | null; by: keyof DemoPeople }[] = [
  { session: "trata", n: 901, municipality: "13501", region: "13", position: "DIDECO", attended: true, score: 6, by: "carolina" },
  { session: "trata", n: 902, municipality: "13501", region: "13", position: "Oficina de la Mujer", attended: true, score: 7, by: "carolina" },
  { session: "trata", n: 903, municipality: "13501", region: "13", position: "OMIL", attended: false, score: null, by: "carolina" },
  { session: "rm-ninez", n: 904, municipality: "13101", region: "13", position: "Oficina de Migrantes", attended: true, score: 6, by: "javiera" },
  { session: "rm-ninez", n: 905, municipality: "13101", region: "13", position: "Departamento de Educación Municipal", attended: true, score: null, by: "javiera" },
  { session: "ley-21325", n: 908, municipality: "13501", region: "13", position: "Oficina de Migrantes", attended: null, score: null, by: "carolina" },
  { session: "ley-21325", n: 909, municipality: "13501", region: "13", position: "DIDECO", attended: null, score: null, by: "carolina" },
  { session: "rm-regularizacion", n: 906, municipality: "13101", region: "13", position: "Oficina de Migrantes", attended: null, score: null, by: "javiera" },
  { session: "rm-regularizacion", n: 907, municipality: "13101", region: "13", position: "DIDECO", attended: null, score: null, by: "javiera" },
];

/** The line-2 records attendance left, as the portal writes them (lib/trainings). */
const RECORDS = [
  { session: "trata", municipality: "13501", units: "DIDECO, Oficina de la Mujer", trained: 2, evaluation: "Nota promedio 6,5 (2 evaluaciones de participantes)" },
  { session: "rm-ninez", municipality: "13101", units: "Oficina de Migrantes, Departamento de Educación Municipal", trained: 2, evaluation: "Nota promedio 6,0 (1 evaluación de participantes)" },
];

export async function seedDemoTrainings(client: pg.Client, today: DemoToday, people: DemoPeople): Promise<{ upcoming: number; held: number; kept: number }> {
  const rows = SESSIONS.map((s) => {
    const held = s.days < 0;
    return {
      id: demoId("training-session", s.key),
      topic: s.topic,
      description: s.description,
      starts_at: workingDayAt(today, s.days, s.time),
      modality: s.modality,
      place: s.modality === "PRESENCIAL" ? s.where : null,
      url: s.modality === "ONLINE" ? s.where : null,
      region_code: s.region,
      capacity: s.capacity,
      published_by_id: people[s.by].id,
      published_by_name: people[s.by].name,
      attendance_recorded_at: held ? workingDayAt(today, s.days + 1, "15:00") : null,
      version: held ? 2 : 1,
      created_at: workingDayAt(today, Math.min(s.days, 0) - 20, "12:00"),
    };
  });
  const inserted = await insertMissing(
    client,
    "training_session",
    ["id"],
    { id: "text", topic: "text", description: "text", starts_at: STAMP, modality: '"TrainingModality"', place: "text", url: "text", region_code: "text", capacity: "int", published_by_id: "text", published_by_name: "text", attendance_recorded_at: STAMP, version: "int", created_at: STAMP },
    rows,
  );
  const fresh = new Set(inserted);
  const sessionOf = (key: string) => rows[SESSIONS.findIndex((s) => s.key === key)];

  await insertMissing(
    client,
    "training_registration",
    ["id"],
    { id: "text", session_id: "text", municipality_code: "text", region_code: "text", name: "text", position: "text", email: "text", attended: "boolean", score: "int", comment: "text", registered_by_id: "text", created_at: STAMP },
    REGISTRATIONS.filter((r) => fresh.has(sessionOf(r.session).id)).map((r) => ({
      id: demoId("training-registration", sessionOf(r.session).id, r.n),
      session_id: sessionOf(r.session).id,
      municipality_code: r.municipality,
      region_code: r.region,
      name: `Persona Ficticia ${r.n}`,
      position: r.position,
      email: `persona${r.n}@demo.example`,
      attended: r.attended === null ? null : String(r.attended),
      score: r.score,
      comment: null,
      registered_by_id: people[r.by].id,
      created_at: new Date(new Date(sessionOf(r.session).created_at).getTime() + 86_400_000).toISOString(),
    })),
  );
  for (const r of RECORDS.filter((record) => fresh.has(sessionOf(record.session).id))) {
    const session = sessionOf(r.session);
    const record = demoId("training-record-from-session", session.id, r.municipality);
    await insertMissing(
      client,
      "training_record",
      ["id"],
      { id: "text", municipality_code: "text", held_on: "date", topic: "text", trainer: "text", units_attending: "text", trained_count: "int", evaluation: "text", created_at: STAMP },
      [{ id: record, municipality_code: r.municipality, held_on: workingDate(today, SESSIONS.find((s) => s.key === r.session)!.days), topic: session.topic, trainer: session.region_code ? "SERMIG (sesión regional)" : "SERMIG (sesión nacional)", units_attending: r.units, trained_count: r.trained, evaluation: r.evaluation, created_at: session.attendance_recorded_at! }],
    );
    await client.query(`INSERT INTO training_session_record (session_id, municipality_code, training_record_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [session.id, r.municipality, record]);
  }
  const written = SESSIONS.filter((s) => fresh.has(demoId("training-session", s.key)));
  return { upcoming: written.filter((s) => s.days > 0).length, held: written.filter((s) => s.days < 0).length, kept: SESSIONS.length - written.length };
}
