/**
 * National-scale data for the benchmark database: users, adhesions and work plans, cases with their
 * people, timelines, notes, pauses and attachments' metadata. Every row is generated inside
 * PostgreSQL with INSERT … SELECT over generate_series, so nothing crosses the wire row by row.
 *
 * All of it is fictional and only ever written to the dedicated `<base>_bench` database.
 * The search_vector trigger of "case" stays on: it computes exactly what the portal would. The
 * append-only triggers only refuse UPDATE/DELETE, which this load never does.
 */
import type pg from "pg";

export type NationalScale = {
  cases: number;
  users: number;
  adheredMunicipalities: number;
  attachments: number;
  /** Average timeline events per filed case. */
  eventsPerCase: number;
};

export const FULL_SCALE: NationalScale = { cases: 100_000, users: 5_000, adheredMunicipalities: 200, attachments: 20_000, eventsPerCase: 8 };
export const QUICK_SCALE: NationalScale = { cases: 10_000, users: 5_000, adheredMunicipalities: 200, attachments: 2_000, eventsPerCase: 8 };

export type SeedReport = { steps: { name: string; ms: number; rows: number }[]; totalMs: number; counts: Record<string, number> };

/** Fixed seed for random(): two runs at the same scale produce the same data. */
const RANDOM_SEED = 0.4207;

const STEPS: { name: string; sql: (s: NationalScale) => string }[] = [
  {
    name: "helpers",
    sql: () => `
      CREATE OR REPLACE FUNCTION pg_temp.run_dv(n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE r WHEN 11 THEN '0' WHEN 10 THEN 'K' ELSE r::text END
          FROM (SELECT 11 - (sum(substr(lpad(n::text, 8, '0'), 9 - i, 1)::int * (2 + (i - 1) % 6)) % 11) AS r
                  FROM generate_series(1, 8) i) s
      $$;
      CREATE OR REPLACE FUNCTION pg_temp.pick(options text[]) RETURNS text LANGUAGE sql VOLATILE AS $$
        SELECT options[1 + floor(random() * array_length(options, 1))::int]
      $$;
      -- How many cases each municipality gets: proportional to its estimated foreign residents
      -- (INE–SERMIG 2022), so Santiago, Antofagasta and Independencia carry most of the load.
      CREATE TEMP TABLE bench_weight ON COMMIT DROP AS
        SELECT m.code, m.region_code, m.name,
               greatest(1, coalesce(sum(f.value), sum(p.value) / 50, 100))::float8 AS weight
          FROM municipality m
          JOIN comuna c ON c.municipality_code = m.code
          LEFT JOIN comuna_stat f ON f.comuna_code = c.code AND f.indicator = 'FOREIGN_RESIDENTS_ESTIMATE' AND f.year = 2022
          LEFT JOIN comuna_stat p ON p.comuna_code = c.code AND p.indicator = 'POPULATION_TOTAL' AND p.year = 2017
         GROUP BY m.code, m.region_code, m.name;`,
  },
  {
    name: "users",
    sql: (s) => `
      WITH officers AS (
        SELECT m.code, m.region_code, g AS n,
               row_number() OVER (ORDER BY m.code, g) AS seq
          FROM municipality m,
               generate_series(1, greatest(2, ((${s.users} - 200) / 345.0 * (0.5 + (m.code::int % 7) / 6.0))::int)) g
      )
      INSERT INTO "user" (id, run, name, email, role, municipality_code, region_code, active, created_at, updated_at)
      SELECT 'bench-officer-' || code || '-' || n, (30000000 + seq) || '-' || pg_temp.run_dv(30000000 + seq),
             pg_temp.pick(ARRAY['Camila','Javiera','Francisca','Catalina','Valentina','Matías','Benjamín','Vicente','Tomás','Joaquín','Martina','Sofía'])
               || ' ' || pg_temp.pick(ARRAY['González','Muñoz','Rojas','Díaz','Pérez','Soto','Contreras','Silva','Martínez','Sepúlveda','Morales','Rodríguez']),
             'funcionario' || seq || '@municipio.bench.cl', 'MUNICIPAL_OFFICER', code, region_code, n = 1 OR random() > 0.03,
             now() - random() * interval '5 years', now()
        FROM officers;
      INSERT INTO "user" (id, run, name, email, role, region_code, active, created_at, updated_at)
      SELECT 'bench-coordinator-' || r.code || '-' || g, (20000000 + r.north_south_order * 100 + g) || '-' || pg_temp.run_dv(20000000 + r.north_south_order * 100 + g),
             'Coordinación ' || r.short_name || ' ' || g, 'coordinacion' || r.code || '-' || g || '@sermig.bench.cl',
             'REGIONAL_COORDINATOR', r.code, true, now() - interval '3 years', now()
        FROM region r, generate_series(1, CASE WHEN r.code = '13' THEN 12 ELSE 4 END) g;
      INSERT INTO "user" (id, run, name, email, role, active, created_at, updated_at)
      SELECT 'bench-admin-' || g, (19000000 + g) || '-' || pg_temp.run_dv(19000000 + g), 'Administración nacional ' || g,
             'admin' || g || '@sermig.bench.cl', 'NATIONAL_ADMIN', true, now() - interval '4 years', now()
        FROM generate_series(1, 12) g;`,
  },
  {
    name: "adhesions",
    sql: (s) => `
      CREATE TEMP TABLE bench_adhered ON COMMIT DROP AS
        SELECT code, region_code, (ARRAY['CARTA_FIRMADA','EN_IMPLEMENTACION','EN_IMPLEMENTACION','EN_EVALUACION','CERTIFICADA','CERTIFICADA','EN_REVALIDACION','REVALIDADA'])[1 + (rank % 8)]::"AdhesionStatus" AS status,
               (current_date - (60 + rank * 7) * interval '1 day')::date AS signed_on
          FROM (SELECT code, region_code, row_number() OVER (ORDER BY weight DESC, code) - 1 AS rank FROM bench_weight) w
         WHERE rank < ${s.adheredMunicipalities};
      INSERT INTO adhesion (municipality_code, region_code, status, status_since, letter_signed_on, mayor_name, council_agreement_number, council_agreement_date, certified_on, revalidation_due_on)
      SELECT code, region_code, status, signed_on + interval '30 days', signed_on, 'Alcaldía de la comuna', 'Acuerdo ' || (100 + length(code)), signed_on - 20,
             CASE WHEN status IN ('CERTIFICADA','EN_REVALIDACION','REVALIDADA') THEN signed_on + 300 END,
             CASE WHEN status IN ('CERTIFICADA','EN_REVALIDACION','REVALIDADA') THEN signed_on + 300 + 730 END
        FROM bench_adhered;
      INSERT INTO adhesion_event (id, municipality_code, from_status, to_status, transition, actor_name, at)
      SELECT gen_random_uuid(), code, NULL, 'CARTA_FIRMADA', 'sign', 'Coordinación regional', signed_on FROM bench_adhered;
      INSERT INTO commitment_action (id, municipality_code, region_code, line, title, description, responsible_unit, starts_on, due_on, status, review, created_at, updated_at)
      SELECT gen_random_uuid(), a.code, a.region_code, line, 'Acción ' || g || ' de ' || line, 'Compromiso del plan de trabajo de la municipalidad.',
             'Oficina de Migrantes', a.signed_on + g * 10, a.signed_on + 180 + g * 20,
             (ARRAY['PLANNED','IN_PROGRESS','DONE'])[1 + (g + length(a.code)) % 3]::"ActionStatus",
             (ARRAY['DRAFT','PENDING','APPROVED','RETURNED','APPROVED'])[1 + (g * 7 + a.code::int) % 5]::"ReviewStatus",
             a.signed_on, a.signed_on + 30
        FROM bench_adhered a,
             unnest(ARRAY['INSTITUCIONALIDAD','CAPACITACIONES','POLITICAS_LOCALES','REGULARIDAD_MIGRATORIA','ASOCIATIVIDAD_PARTICIPACION']::"CommitmentLine"[]) line,
             generate_series(1, 2) g;
      INSERT INTO designated_official (municipality_code, name, position, unit, email, updated_at)
      SELECT code, 'Encargada de migración', 'Encargada', 'Oficina de Migrantes', 'migrantes' || code || '@municipio.bench.cl', now() FROM bench_adhered;
      INSERT INTO training_record (id, municipality_code, held_on, topic, trainer, units_attending, trained_count, created_at)
      SELECT gen_random_uuid(), code, signed_on + g * 45, 'Enfoque de derechos en la atención a migrantes', 'SERMIG', 'DIDECO, OIRS', 10 + g * 3, signed_on + g * 45
        FROM bench_adhered, generate_series(1, 3) g;`,
  },
  {
    name: "cases",
    sql: (s) => `
      -- One row per case: the municipality by weight (exact shares), then dates and states.
      CREATE TEMP TABLE bench_case ON COMMIT DROP AS
        WITH share AS (
          SELECT code, region_code, name, round(${s.cases} * weight / sum(weight) OVER ())::int AS n FROM bench_weight
        ), raw AS (
          SELECT share.code, share.region_code, share.name, g,
                 -- Ten years, growing: more cases recently than a decade ago.
                 (3650 * (1 - sqrt(random())))::float8 AS age_days,
                 random() AS r_status, random() AS r_type, random() AS r_misc
            FROM share, generate_series(1, share.n) g
        )
        SELECT gen_random_uuid()::text AS id, code, region_code, name, r_type, r_misc,
               date_trunc('second', (now() AT TIME ZONE 'UTC') - age_days * interval '1 day') AS submitted_at,
               CASE
                 WHEN r_misc < 0.01 THEN 'BORRADOR'
                 WHEN age_days > 120 THEN CASE WHEN r_status < 0.85 THEN 'CERRADO' ELSE 'RESUELTO' END
                 WHEN age_days > 20 THEN (ARRAY['EN_REVISION','REQUIERE_INFO','DERIVADO','RESUELTO','RESUELTO','CERRADO','CERRADO'])[1 + floor(r_status * 7)::int]
                 ELSE (ARRAY['INGRESADO','INGRESADO','EN_REVISION','EN_REVISION','REQUIERE_INFO','DERIVADO'])[1 + floor(r_status * 6)::int]
               END::"CaseStatus" AS status
          FROM raw;
      ALTER TABLE bench_case ADD PRIMARY KEY (id);
      ANALYZE bench_case;
      INSERT INTO "case" (id, folio, municipality_code, region_code, type, status, priority, suggested_priority, type_details, summary, description,
                          sensitive, consent_basis, consent_detail, created_by_id, assignee_id, derived_to, outcome, resolution_text,
                          submitted_at, first_response_at, resolved_at, closed_at, first_response_due_at, resolution_due_at, waiting_since,
                          idempotency_key, version, created_at, updated_at)
      SELECT c.id,
             CASE WHEN c.status <> 'BORRADOR' THEN 'SM-' || extract(year FROM c.submitted_at) || '-' ||
               lpad((row_number() OVER (PARTITION BY c.status <> 'BORRADOR', extract(year FROM c.submitted_at) ORDER BY c.submitted_at, c.id))::text, 6, '0') END,
             c.code, c.region_code, t.type, c.status, t.priority, t.priority, '{}'::jsonb,
             t.label || ' en ' || c.name,
             'Relato ficticio de carga. ' || t.label || '. La persona consultó en la oficina municipal de ' || c.name || ' por ' ||
               pg_temp.pick(ARRAY['su visa temporal','la inscripción escolar de sus hijos','un contrato de arriendo','atención en el CESFAM','su permiso de residencia','la validación de su título','un trámite en el Registro Civil','la reunificación con su familia']) ||
               ' y se solicita a SERMIG ' || pg_temp.pick(ARRAY['orientación','gestión prioritaria','revisión del expediente','coordinación con la PDI','información sobre requisitos']) || '.',
             t.sensitive, 'CONSENTIMIENTO', NULL,
             'bench-officer-' || c.code || '-1',
             CASE WHEN c.status NOT IN ('BORRADOR', 'INGRESADO') AND c.r_misc < 0.8
                  THEN 'bench-coordinator-' || c.region_code || '-' || (1 + floor(c.r_misc * 1000)::int % CASE WHEN c.region_code = '13' THEN 12 ELSE 4 END) END,
             CASE WHEN c.status = 'DERIVADO' THEN 'Oficina de Protección de Derechos' END,
             CASE WHEN c.status IN ('RESUELTO','CERRADO') THEN 'ORIENTACION' END,
             CASE WHEN c.status IN ('RESUELTO','CERRADO') THEN 'Se orientó a la persona y se cerró la gestión.' END,
             CASE WHEN c.status <> 'BORRADOR' THEN c.submitted_at END,
             CASE WHEN c.status NOT IN ('BORRADOR','INGRESADO') THEN c.submitted_at + interval '1 day' * (1 + c.r_misc * 3) END,
             CASE WHEN c.status IN ('RESUELTO','CERRADO') THEN c.submitted_at + interval '1 day' * (5 + c.r_misc * 20) END,
             CASE WHEN c.status = 'CERRADO' THEN c.submitted_at + interval '1 day' * (28 + c.r_misc * 10) END,
             CASE WHEN c.status <> 'BORRADOR' THEN c.submitted_at + interval '3 days' END,
             CASE WHEN c.status <> 'BORRADOR' THEN c.submitted_at + interval '20 days' END,
             CASE WHEN c.status = 'REQUIERE_INFO' THEN c.submitted_at + interval '2 days' END,
             'bench-' || c.id, 1 + (c.status::text <> 'BORRADOR')::int * 3, c.submitted_at - interval '1 hour',
             c.submitted_at + interval '1 day' * CASE WHEN c.status IN ('RESUELTO','CERRADO') THEN 30 ELSE least(2, c.r_misc * 10) END
        FROM bench_case c
        CROSS JOIN LATERAL (
          SELECT (ARRAY['REGULARIZACION','REGULARIZACION','REGULARIZACION','CONSULTA','CONSULTA','EMPADRONAMIENTO','REUNIFICACION_FAMILIAR','VULNERACION_DERECHOS','NNA','VIF_GENERO','EMBARAZO','REFUGIO','TRATA','TRAFICO_MIGRANTES'])[1 + floor(c.r_type * 14)::int]::"CaseType" AS type
        ) k
        CROSS JOIN LATERAL (
          SELECT k.type,
                 CASE k.type WHEN 'REGULARIZACION' THEN 'Regularización migratoria' WHEN 'CONSULTA' THEN 'Consulta general'
                   WHEN 'EMPADRONAMIENTO' THEN 'Empadronamiento biométrico' WHEN 'REUNIFICACION_FAMILIAR' THEN 'Reunificación familiar'
                   WHEN 'VULNERACION_DERECHOS' THEN 'Vulneración de derechos' WHEN 'NNA' THEN 'Niño, niña o adolescente'
                   WHEN 'VIF_GENERO' THEN 'Violencia intrafamiliar o de género' WHEN 'EMBARAZO' THEN 'Embarazo sin control'
                   WHEN 'REFUGIO' THEN 'Solicitud de refugio' WHEN 'TRATA' THEN 'Posible trata de personas' ELSE 'Posible tráfico de migrantes' END AS label,
                 k.type IN ('NNA','VIF_GENERO','TRATA','TRAFICO_MIGRANTES') AS sensitive,
                 (ARRAY['BAJA','MEDIA','MEDIA','ALTA','URGENTE'])[1 + floor(c.r_misc * 5)::int]::"CasePriority" AS priority
        ) t;
      INSERT INTO case_sequence (year, last)
      SELECT substr(folio, 4, 4)::int, max(substr(folio, 9)::int) FROM "case" WHERE folio LIKE 'SM-%' GROUP BY 1;`,
  },
  {
    name: "participants",
    sql: () => `
      INSERT INTO case_participant (id, case_id, full_name, document_type, document_number, document_key, nationality, birth_date, sex_gender, relation)
      SELECT gen_random_uuid(), c.id,
             pg_temp.pick(ARRAY['María','José','Luis','Ana','Carlos','Yohana','Wilson','Marie','Jean','Daniela','Andrés','Rosa'])
               || ' ' || pg_temp.pick(ARRAY['Pérez','Joseph','Rodríguez','Mamani','Quispe','García','Hernández','Pierre','Castillo','Torres']),
             d.doc::"DocumentType",
             CASE WHEN d.doc <> 'NINGUNO' THEN d.number END, CASE WHEN d.doc <> 'NINGUNO' THEN d.number END,
             pg_temp.pick(ARRAY['VE','PE','HT','CO','BO','AR','EC','DO','CU']),
             (c.submitted_at - interval '1 year' * (g * 6 + 18 + random() * 30))::date,
             pg_temp.pick(ARRAY['MUJER','HOMBRE','NO_INFORMA']),
             CASE g WHEN 1 THEN 'AFECTADA' ELSE 'FAMILIAR' END
        FROM bench_case c, generate_series(1, 1 + (c.r_misc > 0.6)::int) g,
             LATERAL (SELECT (ARRAY['PASAPORTE','PASAPORTE','DNI_EXTRANJERO','RUN','NINGUNO'])[1 + floor(random() * 5)::int] AS doc,
                             'P' || (10000000 + floor(random() * 89999999)::int) AS number) d;`,
  },
  {
    name: "timelines",
    sql: (s) => `
      INSERT INTO case_event (id, case_id, kind, internal, actor_id, actor_name, before, after, at)
      SELECT gen_random_uuid(), c.id,
             (ARRAY['case.created','case.submitted','sla.started','case.assigned','case.status','note.shared','note.internal','case.priority','attachment.added','case.infoRequested','case.infoAnswered','note.shared','case.resolved','case.closed'])[least(14, g)],
             g IN (4, 7), CASE WHEN g > 2 THEN cs.assignee_id ELSE cs.created_by_id END,
             CASE WHEN g > 2 THEN 'Coordinación regional' ELSE 'Funcionaria municipal' END,
             CASE WHEN g = 5 THEN '{"status":"INGRESADO"}'::jsonb END, CASE WHEN g = 5 THEN '{"status":"EN_REVISION"}'::jsonb END,
             c.submitted_at + (g - 1) * interval '1 day' * (1 + c.r_misc)
        FROM bench_case c JOIN "case" cs ON cs.id = c.id,
             generate_series(1, CASE WHEN c.status = 'BORRADOR' THEN 1 ELSE ${s.eventsPerCase - 4} + floor(c.r_type * 9973)::int % 9 END) g;`,
  },
  {
    name: "notes-pauses",
    sql: () => `
      INSERT INTO case_note (id, case_id, internal, body, author_id, author_name, created_at)
      SELECT gen_random_uuid(), c.id, g = 2,
             CASE g WHEN 1 THEN 'Se solicita copia del pasaporte y del certificado de residencia.' ELSE 'Revisado con la oficina regional; seguimos el caso.' END,
             'bench-officer-' || c.code || '-1', 'Funcionaria municipal', c.submitted_at + g * interval '2 days'
        FROM bench_case c, generate_series(1, 2) g
       WHERE c.status <> 'BORRADOR' AND c.r_type < 0.5;
      INSERT INTO case_pause (id, case_id, "from", "to")
      SELECT gen_random_uuid(), id, waiting_since, NULL FROM "case" WHERE status = 'REQUIERE_INFO';`,
  },
  {
    name: "attachments",
    sql: (s) => `
      CREATE TEMP TABLE bench_file ON COMMIT DROP AS
        SELECT gen_random_uuid()::text AS id, c.id AS case_id, c.submitted_at, c.code, row_number() OVER () AS n
          FROM (SELECT * FROM bench_case WHERE status <> 'BORRADOR' ORDER BY r_misc LIMIT ${s.attachments}) c;
      INSERT INTO stored_file (id, storage_key, original_name, content_type, size, sha256, owner_type, uploaded_by_id, uploaded_at)
      SELECT id, 'bench/' || id, pg_temp.pick(ARRAY['pasaporte.pdf','certificado.pdf','foto-documento.jpg','contrato.pdf']),
             'application/pdf', 20000 + (n * 7919) % 900000, md5(id) || md5(id), 'CaseAttachment', 'bench-officer-' || code || '-1', submitted_at + interval '1 day'
        FROM bench_file;
      INSERT INTO case_attachment (id, case_id, file_id, internal, added_by_id, added_at)
      SELECT gen_random_uuid(), case_id, id, n % 5 = 0, 'bench-officer-' || code || '-1', submitted_at + interval '1 day' FROM bench_file;`,
  },
];

/**
 * Loads national-scale data into an empty database that has migrations and territory already. One
 * transaction (temp tables live until COMMIT). Returns how long each step took.
 */
export async function seedNational(client: pg.Client, scale: NationalScale, log: (line: string) => void = () => {}): Promise<SeedReport> {
  const started = performance.now();
  const steps: SeedReport["steps"] = [];
  await client.query("BEGIN");
  try {
    await client.query("SELECT setseed($1)", [RANDOM_SEED]);
    // The load is one big transaction on a throwaway database: no need to wait for each WAL flush.
    await client.query("SET LOCAL synchronous_commit = off");
    for (const step of STEPS) {
      const t = performance.now();
      const results = await client.query(step.sql(scale));
      const rows = (Array.isArray(results) ? results : [results]).reduce((sum, r: pg.QueryResult) => sum + (r.command === "INSERT" ? (r.rowCount ?? 0) : 0), 0);
      steps.push({ name: step.name, ms: Math.round(performance.now() - t), rows });
      log(`${step.name}: ${rows.toLocaleString("es-CL")} filas en ${Math.round(performance.now() - t)} ms`);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  // A portal that has been running has its tables vacuumed by autovacuum; a fresh bulk load has not,
  // and without the visibility map no query could use an index-only scan. VACUUM gives the benchmark
  // the steady state instead of the first minutes after a restore.
  const t = performance.now();
  await client.query("VACUUM ANALYZE");
  steps.push({ name: "vacuum-analyze", ms: Math.round(performance.now() - t), rows: 0 });
  const counts: Record<string, number> = {};
  for (const table of ["user", "adhesion", "commitment_action", "case", "case_participant", "case_event", "case_note", "case_attachment", "stored_file"]) {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = rows[0].n;
  }
  return { steps, totalMs: Math.round(performance.now() - started), counts };
}
