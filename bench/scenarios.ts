/**
 * What the benchmark loads: each scenario is one request shape as a signed-in person sends it, and,
 * for reads, the raw SQL that produces the same data straight from PostgreSQL (the baseline).
 */
import {
  adhesionTimelineSql,
  caseSlaSql,
  casesByMonthSql,
  casesByTypeAndStatusSql,
  comunaStatusesSql,
  foreignResidentsMethodSql,
  priorityComunasSql,
  regionRowsSql,
  workPlanProgressSql,
} from "../lib/coverage/sql";
import type { Prisma } from "../lib/generated/prisma/client";
import { latestFiguresSql } from "../lib/statistics/minuta-sql";
import type { ScenarioKind } from "./stats";

export type Persona = "anonymous" | "officer" | "coordinator" | "admin";

export type BenchContext = {
  officer: { id: string; municipalityCode: string };
  coordinator: { id: string; regionCode: string };
  admin: { id: string };
  /** A filed, non-sensitive case of the coordinator's region (reading a sensitive one writes an audit row). */
  caseId: string;
  /** Its type: the filter of the inbox the case-prevnext scenario opens it from. */
  caseType: string;
  /** The comuna of the minuta scenario. */
  minutaComuna: string;
};

export type SqlQuery = { text: string; values: unknown[] };

export type Scenario = {
  name: string;
  label: string;
  kind: ScenarioKind;
  persona: Persona;
  path: (ctx: BenchContext) => string;
  /** The raw SQL baseline: every query the page's data needs, run one after another. */
  sql?: (ctx: BenchContext) => SqlQuery[];
  /** Pages also audited with Lighthouse. */
  lighthouse?: boolean;
};

const OPEN = `c.status IN ('INGRESADO', 'EN_REVISION', 'REQUIERE_INFO', 'DERIVADO')`;
/** The governing deadline: the first answer until it is given, then the resolution (lib/cases/deadline-sql.ts). */
const GOVERNING_DUE = `COALESCE(CASE WHEN c.first_response_at IS NULL THEN c.first_response_due_at END, c.resolution_due_at)`;
const RUNNING = `(${OPEN} AND c.waiting_since IS NULL)`;
const OVERDUE = `(${RUNNING} AND ${GOVERNING_DUE} < $2::timestamp)`;
const DUE_SOON = `(${RUNNING} AND ${GOVERNING_DUE} >= $2::timestamp AND ${GOVERNING_DUE} <= $2::timestamp + interval '24 hours')`;
/** The tabs that are always counted: they only ever hold open cases, and are counted over those alone. */
const VIEWS = [OPEN, `(${OPEN} AND c.assignee_id IS NULL)`, `(${OPEN} AND c.assignee_id = $3)`, DUE_SOON, OVERDUE, `c.status = 'REQUIERE_INFO'`];
const BUCKET = `(CASE WHEN c.status IN ('RESUELTO', 'CERRADO') THEN 2 WHEN c.waiting_since IS NOT NULL THEN 1 ELSE 0 END)`;
const DUE_KEY = `COALESCE(${GOVERNING_DUE}, 'infinity'::timestamp)`;
const PRIORITY_RANK = `(CASE c.priority WHEN 'URGENTE' THEN 0 WHEN 'ALTA' THEN 1 WHEN 'MEDIA' THEN 2 ELSE 3 END)`;
/** The inbox's default order (lib/cases/inbox.ts orderKeys), all ascending. */
const URGENCY_KEYS = [BUCKET, DUE_KEY, PRIORITY_RANK, "c.submitted_at", "c.id"];
const URGENCY = URGENCY_KEYS.join(", ");

/**
 * The inbox's two queries as a person would write them by hand: the counts of the open tabs (and of
 * "Todos" while it is listed), then one page of the chosen tab. $1 region, $2 now, $3 the coordinator,
 * $4 the extra filter's value. "Todos" is counted only `countAhead` cases past the page, as the inbox
 * does (ARCHIVE_COUNT_AHEAD and SEARCH_COUNT_AHEAD in lib/cases/inbox.ts).
 */
export function inboxSql(ctx: BenchContext, options: { view: "open" | "all"; filter?: string; filterValue?: string; page: number; countAhead?: number }): SqlQuery[] {
  const values = [ctx.coordinator.regionCode, new Date().toISOString(), ctx.coordinator.id, ...(options.filterValue ? [options.filterValue] : [])];
  const where = `c.status <> 'BORRADOR' AND c.region_code = $1${options.filter ? ` AND ${options.filter}` : ""}`;
  const view = options.view === "open" ? OPEN : "TRUE";
  return [
    {
      text: `SELECT (SELECT ARRAY[${VIEWS.map((v) => `count(*) FILTER (WHERE ${v})::int`).join(", ")}] FROM "case" c WHERE ${where} AND ${OPEN}),
                    ${options.view === "all" ? `(SELECT count(*)::int FROM (SELECT 1 FROM "case" c WHERE ${where}${options.countAhead ? ` LIMIT ${(options.page - 1) * 25 + options.countAhead + 1}` : ""}) listed)` : "NULL::int"}`,
      values,
    },
    {
      text: `SELECT c.id, c.folio, c.type, c.status, c.priority, c.sensitive, CASE WHEN c.sensitive THEN NULL ELSE c.summary END AS summary,
               m.name, c.region_code, r.name, u.name, c.submitted_at, c.first_response_at, c.first_response_due_at, c.resolution_due_at,
               CASE WHEN ${OPEN} THEN ${GOVERNING_DUE} END, c.waiting_since, ${OVERDUE}, ${DUE_SOON},
               c.derived_to, c.outcome, c.resolved_at, c.closed_at, c.version
          FROM "case" c JOIN municipality m ON m.code = c.municipality_code JOIN region r ON r.code = c.region_code
          LEFT JOIN "user" u ON u.id = c.assignee_id
         WHERE ${where} AND ${view} AND $3::text IS NOT NULL
         ORDER BY ${URGENCY} LIMIT 25 OFFSET ${(options.page - 1) * 25}`,
      values,
    },
  ];
}

/**
 * The officer's pending items (lib/home/pending.ts), which her home lists and every page's header
 * counts: cases waiting on the municipality, her drafts, agreements due within a week, upcoming
 * sessions she registered people for, unread bulletins.
 */
function officerPendingSql(ctx: BenchContext): SqlQuery[] {
  const { municipalityCode, id } = ctx.officer;
  const now = new Date().toISOString();
  return [
    { text: `SELECT id, folio, type, municipal_reference, waiting_since FROM "case" WHERE municipality_code = $1 AND status = 'REQUIERE_INFO' ORDER BY waiting_since, id LIMIT 50`, values: [municipalityCode] },
    { text: `SELECT id, type, municipal_reference, updated_at FROM "case" WHERE municipality_code = $1 AND status = 'BORRADOR' AND created_by_id = $2 ORDER BY updated_at DESC, id LIMIT 50`, values: [municipalityCode, id] },
    {
      text: `SELECT a.id, a.description, a.due_on, v.id, v.visit_on FROM visit_agreement a JOIN technical_visit v ON v.id = a.visit_id
         WHERE a.municipality_code = $1 AND a.done_at IS NULL AND a.due_on <= $2::date + 7 ORDER BY a.due_on, a.id LIMIT 50`,
      values: [municipalityCode, now],
    },
    {
      text: `SELECT s.id, s.topic, s.starts_at, (SELECT count(*) FROM training_registration r WHERE r.session_id = s.id AND r.municipality_code = $1)
          FROM training_session s WHERE s.starts_at > $3::timestamp
           AND EXISTS (SELECT 1 FROM training_registration r WHERE r.session_id = s.id AND r.municipality_code = $1 AND r.registered_by_id = $2)
         ORDER BY s.starts_at, s.id LIMIT 50`,
      values: [municipalityCode, id, now],
    },
    {
      text: `SELECT b.id, b.title, b.published_at FROM bulletin b
         WHERE b.audience = 'NATIONAL' AND NOT EXISTS (SELECT 1 FROM bulletin_read r WHERE r.bulletin_id = b.id AND r.user_id = $1) ORDER BY b.published_at DESC, b.id LIMIT 50`,
      values: [id],
    },
  ];
}

/**
 * The case search (lib/cases/search.ts) written by hand for "jose mamani", its value in `$n`: the
 * words of the text and notes, every word in part of a participant's or the municipality's name
 * (the seed names people "José Mamani", "María Quispe"…). Bare words, so no folio part.
 */
function nameSearchSql(n: number, internalNotes: boolean): string {
  const fold = (column: string) => `lower(immutable_unaccent(${column}))`;
  const every = (column: string) => `${fold(column)} LIKE '%jose%' AND ${fold(column)} LIKE '%mamani%'`;
  return `c.id = ANY(ARRAY(SELECT c.id FROM "case" c JOIN municipality m ON m.code = c.municipality_code WHERE ${every("m.name")}
    UNION SELECT p.case_id FROM case_participant p WHERE ${every("p.full_name")}
    UNION SELECT c.id FROM "case" c WHERE c.search_vector @@ websearch_to_tsquery('es_unaccent', $${n})
    UNION SELECT n.case_id FROM case_note n WHERE to_tsvector('es_unaccent'::regconfig, n.body) @@ websearch_to_tsquery('es_unaccent', $${n})${internalNotes ? "" : " AND NOT n.internal"}))`;
}
const NAME_SEARCH = "jose mamani";

/** The sensitive cases a search reaches, which the page audits (the row it then writes is not a read). */
function sensitiveMatchesSql(scope: string, n: number, internalNotes: boolean): string {
  return `SELECT c.id, c.folio FROM "case" c WHERE ${scope} AND c.sensitive AND ${nameSearchSql(n, internalNotes)} ORDER BY c.folio NULLS LAST, c.id LIMIT 201`;
}

/** The officer's list searched: the matching cases of the municipality, then the list's own queries over them. */
function officerSearchSql(ctx: BenchContext): SqlQuery[] {
  const values = [ctx.officer.municipalityCode, NAME_SEARCH];
  const matches = `SELECT c.id FROM "case" c WHERE c.municipality_code = $1 AND ${nameSearchSql(2, false)} ORDER BY c.updated_at DESC, c.id LIMIT 1001`;
  return [
    { text: matches, values },
    { text: sensitiveMatchesSql("c.municipality_code = $1", 2, false), values },
    {
      text: `SELECT c.id, c.folio, c.type, c.status, c.priority, c.sensitive, CASE WHEN c.sensitive THEN NULL ELSE c.summary END, c.updated_at,
               c.first_response_at, c.first_response_due_at, c.resolution_due_at, c.waiting_since, m.name, count(*) OVER ()
          FROM "case" c JOIN municipality m ON m.code = c.municipality_code
         WHERE c.municipality_code = $1 AND c.id IN (${matches}) ORDER BY c.updated_at DESC, c.id LIMIT 25`,
      values,
    },
  ];
}

/** The officer's list: count, one page by latest activity, and the summaries of the non-sensitive rows. */
function officerListSql(ctx: BenchContext): SqlQuery[] {
  const values = [ctx.officer.municipalityCode];
  return [
    { text: `SELECT count(*) FROM "case" WHERE municipality_code = $1`, values },
    {
      text: `SELECT c.id, c.folio, c.type, c.status, c.priority, c.sensitive, CASE WHEN c.sensitive THEN NULL ELSE c.summary END, c.updated_at,
               c.first_response_at, c.first_response_due_at, c.resolution_due_at, c.waiting_since, m.name
          FROM "case" c JOIN municipality m ON m.code = c.municipality_code
         WHERE c.municipality_code = $1 ORDER BY c.updated_at DESC, c.id LIMIT 25`,
      values,
    },
  ];
}

/** The case page: the case with its people, then its timeline (events, notes, files) and the names. */
function caseSql(ctx: BenchContext): SqlQuery[] {
  const values = [ctx.caseId];
  return [
    {
      text: `SELECT c.*, m.name, r.name FROM "case" c JOIN municipality m ON m.code = c.municipality_code JOIN region r ON r.code = m.region_code
              WHERE c.id = $1 AND c.status <> 'BORRADOR'`,
      values,
    },
    { text: `SELECT * FROM case_participant WHERE case_id = $1 ORDER BY id`, values },
    { text: `SELECT id, kind, internal, actor_name, before, after, at FROM case_event WHERE case_id = $1 ORDER BY at`, values },
    { text: `SELECT id, internal, body, author_name, created_at FROM case_note WHERE case_id = $1 ORDER BY created_at`, values },
    {
      text: `SELECT a.id, a.internal, a.added_at, u.name, f.id, f.original_name, f.size FROM case_attachment a JOIN stored_file f ON f.id = a.file_id
               LEFT JOIN "user" u ON u.id = a.added_by_id WHERE a.case_id = $1 ORDER BY a.added_at`,
      values,
    },
    { text: `SELECT u.id, u.name FROM "user" u JOIN "case" c ON u.id IN (c.created_by_id, c.assignee_id) WHERE c.id = $1`, values },
  ];
}

/**
 * The case page opened from the inbox filtered by the case's type ("Todos", most urgent first): the
 * case page's queries, then the cases before and after it in that list, by keyset: the case's own order
 * terms compared as one row, which the index of the order answers ($1 case, $2 now, $3 region, $4 type).
 */
function casePrevNextSql(ctx: BenchContext): SqlQuery[] {
  const values = [ctx.caseId, new Date().toISOString(), ctx.coordinator.regionCode, ctx.caseType];
  const current = URGENCY_KEYS.map((key) => `(SELECT ${key} FROM "case" c WHERE c.id = $1 AND c.status <> 'BORRADOR' AND c.region_code = $3)`).join(", ");
  const neighbour = (forward: boolean) => `(SELECT json_build_object('id', c.id, 'folio', c.folio) FROM "case" c
      WHERE c.status <> 'BORRADOR' AND c.region_code = $3 AND c.type = $4::"CaseType" AND ROW(${URGENCY_KEYS.join(", ")}) ${forward ? ">" : "<"} ROW(${current})
      ORDER BY ${URGENCY_KEYS.map((key) => `${key} ${forward ? "ASC" : "DESC"}`).join(", ")} LIMIT 1)`;
  return [...caseSql(ctx), { text: `SELECT ${neighbour(false)} AS previous, ${neighbour(true)} AS next WHERE $2::timestamp IS NOT NULL`, values }];
}

const asQuery = (sql: Prisma.Sql): SqlQuery => ({ text: sql.text, values: sql.values });
const COUNTRY = { regionCode: null };

/** The national dashboard: the very statements its page runs (lib/coverage/sql.ts), for the whole country. */
function dashboardSql(): SqlQuery[] {
  const now = new Date();
  return [
    regionRowsSql(COUNTRY, now),
    adhesionTimelineSql(COUNTRY, now),
    foreignResidentsMethodSql(),
    casesByTypeAndStatusSql(COUNTRY),
    casesByMonthSql(COUNTRY, now),
    caseSlaSql(COUNTRY, now),
    workPlanProgressSql(COUNTRY),
    priorityComunasSql(COUNTRY),
    comunaStatusesSql(COUNTRY),
  ].map(asQuery);
}

/** The map: every comuna with its municipality's adhesion status (the shapes are in the build). */
function mapSql(): SqlQuery[] {
  return [asQuery(comunaStatusesSql(COUNTRY))];
}

/** A comuna's minuta: the comuna and its municipality's adhesion, the figures statement of the page, and its cases by type and status. */
function minutaSql(ctx: BenchContext): SqlQuery[] {
  const values = [ctx.minutaComuna];
  return [
    {
      text: `SELECT c.code, c.name, p.name, r.code, r.name, m.code, m.name, a.status, a.letter_signed_on, a.certified_on,
                    (SELECT json_agg(json_build_object('code', o.code, 'name', o.name) ORDER BY o.name) FROM comuna o WHERE o.municipality_code = m.code)
               FROM comuna c JOIN province p ON p.code = c.province_code JOIN region r ON r.code = c.region_code
               JOIN municipality m ON m.code = c.municipality_code LEFT JOIN adhesion a ON a.municipality_code = m.code
              WHERE c.code = $1`,
      values,
    },
    asQuery(latestFiguresSql(ctx.minutaComuna, ctx.minutaComuna.slice(0, 2))),
    { text: `SELECT k.type, k.status, count(*) FROM "case" k JOIN comuna c ON c.municipality_code = k.municipality_code WHERE c.code = $1 AND k.status <> 'BORRADOR' GROUP BY 1, 2`, values },
  ];
}

export const SCENARIOS: Scenario[] = [
  { name: "health", label: "Salud (/api/health, piso)", kind: "floor", persona: "anonymous", path: () => "/api/health", sql: () => [{ text: "SELECT 1", values: [] }] },
  { name: "home", label: "Portada", kind: "read", persona: "anonymous", path: () => "/", lighthouse: true },
  {
    name: "inbox",
    label: "Bandeja coordinación, 1.ª página",
    kind: "read",
    persona: "coordinator",
    path: () => "/casos/bandeja",
    sql: (ctx) => inboxSql(ctx, { view: "open", page: 1 }),
    lighthouse: true,
  },
  {
    name: "inbox-filtered",
    label: "Bandeja filtrada (tipo)",
    kind: "read",
    persona: "coordinator",
    path: () => "/casos/bandeja?vista=todos&tipo=REUNIFICACION_FAMILIAR",
    sql: (ctx) => inboxSql(ctx, { view: "all", filter: `c.type = $4::"CaseType"`, filterValue: "REUNIFICACION_FAMILIAR", page: 1, countAhead: 10_000 }),
  },
  {
    name: "inbox-search",
    label: "Bandeja, búsqueda de texto",
    kind: "read",
    persona: "coordinator",
    path: () => "/casos/bandeja?vista=todos&q=arriendo",
    sql: (ctx) =>
      inboxSql(ctx, {
        view: "all",
        filter: `(c.search_vector @@ websearch_to_tsquery('es_unaccent', $4) OR c.folio = upper($4))`,
        filterValue: "arriendo",
        page: 1,
        countAhead: 250,
      }),
  },
  {
    name: "inbox-name-search",
    label: "Bandeja, búsqueda por nombre",
    kind: "read",
    persona: "coordinator",
    path: () => `/casos/bandeja?vista=todos&q=${encodeURIComponent(NAME_SEARCH)}`,
    sql: (ctx) => [
      ...inboxSql(ctx, { view: "all", filter: nameSearchSql(4, true), filterValue: NAME_SEARCH, page: 1, countAhead: 250 }),
      { text: sensitiveMatchesSql(`c.status <> 'BORRADOR' AND c.region_code = $1`, 2, true), values: [ctx.coordinator.regionCode, NAME_SEARCH] },
    ],
  },
  {
    name: "inbox-page50",
    label: "Bandeja, página 50",
    kind: "read",
    persona: "coordinator",
    path: () => "/casos/bandeja?vista=todos&pagina=50",
    sql: (ctx) => inboxSql(ctx, { view: "all", page: 50, countAhead: 10_000 }),
  },
  { name: "case", label: "Página de un caso", kind: "read", persona: "coordinator", path: (ctx) => `/casos/${ctx.caseId}`, sql: caseSql, lighthouse: true },
  { name: "officer-home", label: "Inicio de la encargada municipal (pendientes)", kind: "read", persona: "officer", path: () => "/inicio", sql: officerPendingSql },
  {
    name: "case-prevnext",
    label: "Caso desde la bandeja filtrada (anterior/siguiente)",
    kind: "read",
    persona: "coordinator",
    path: (ctx) => `/casos/${ctx.caseId}?bandeja=${encodeURIComponent(`vista=todos&tipo=${ctx.caseType}`)}`,
    sql: casePrevNextSql,
  },
  { name: "officer-list", label: "Casos de la municipalidad", kind: "read", persona: "officer", path: () => "/casos", sql: officerListSql },
  {
    name: "officer-list-search",
    label: "Casos de la municipalidad, búsqueda por nombre",
    kind: "read",
    persona: "officer",
    path: () => `/casos?q=${encodeURIComponent(NAME_SEARCH)}`,
    sql: officerSearchSql,
  },
  { name: "case-filing", label: "Ingreso de caso (acción)", kind: "write", persona: "officer", path: () => "/casos/nuevo" },
  { name: "dashboard", label: "Tablero nacional", kind: "read", persona: "admin", path: () => "/tablero", sql: dashboardSql, lighthouse: true },
  { name: "map", label: "Mapa de cobertura", kind: "read", persona: "admin", path: () => "/tablero/mapa", sql: mapSql },
  { name: "minuta", label: "Minuta comunal", kind: "read", persona: "admin", path: (ctx) => `/minutas/${ctx.minutaComuna}`, sql: minutaSql },
];

/** `--only a,b` keeps those scenarios (the health floor always runs: every share is measured against it). */
export function selectScenarios(only: string[] | null): Scenario[] {
  if (!only) return SCENARIOS;
  const unknown = only.filter((name) => !SCENARIOS.some((s) => s.name === name));
  if (unknown.length) throw new Error(`Escenarios desconocidos: ${unknown.join(", ")}. Existen: ${SCENARIOS.map((s) => s.name).join(", ")}.`);
  return SCENARIOS.filter((s) => s.name === "health" || only.includes(s.name));
}
