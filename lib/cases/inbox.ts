import "server-only";
import { z } from "zod";
import { hasPermission } from "@/lib/auth/permissions";
import { inTerritory, territoryWhere } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { choice, day, exportFormat, integer, municipalityCode, regionCode, text, userId } from "@/lib/query/fields";
import { NotFoundError } from "@/lib/errors";
import { parseQuery } from "@/lib/query/parse";
import { Prisma } from "@/lib/generated/prisma/client";
import { CasePriority, CaseStatus, CaseType } from "@/lib/generated/prisma/enums";
import { territoryNames } from "@/lib/territory/names";
import { scopeSql } from "./access";
import { dueSoon, FINISHED, governingDue, OPEN, overdue, PAUSED } from "./deadline-sql";
import { documentKeyOf } from "./schemas";
import { searchSql, textQuery } from "./search";

/** Where other features found them first. */
export { scopeSql, textQuery };

export const INBOX_PAGE_SIZE = 25;

/** The saved views of the inbox, in the order of the tabs. Each is a condition on the filtered list. */
export const INBOX_VIEWS = {
  abiertos: "Abiertos",
  sin_asignar: "Sin asignar",
  mios: "Mis casos",
  vencen_24h: "Vencen en 24 h",
  vencidos: "Vencidos",
  esperando: "Esperando a la municipalidad",
  cerrados: "Resueltos y cerrados",
  todos: "Todos",
} as const;
export type InboxView = keyof typeof INBOX_VIEWS;
const VIEW_KEYS = Object.keys(INBOX_VIEWS) as InboxView[];

export const INBOX_ORDERS = { urgencia: "Urgencia (plazos)", prioridad: "Prioridad", recientes: "Más recientes", antiguos: "Más antiguos" } as const;
type InboxOrder = keyof typeof INBOX_ORDERS;

const FILED_STATUSES = Object.values(CaseStatus).filter((s) => s !== "BORRADOR") as [CaseStatus, ...CaseStatus[]];
/** The inbox's query string, read with parseQuery(): anything malformed means "no filter". */
export const inboxFilterSchema = z.object({
  vista: choice(VIEW_KEYS as [InboxView, ...InboxView[]]).default("abiertos"),
  q: text(120).optional(),
  tipo: z.enum(CaseType, { error: "Opción no válida." }).optional(),
  estado: choice(FILED_STATUSES).optional(),
  prioridad: z.enum(CasePriority, { error: "Opción no válida." }).optional(),
  region: regionCode.optional(),
  municipalidad: municipalityCode.optional(),
  /** A coordinator's id, or "ninguna" for unassigned cases. */
  asignada: userId.optional(),
  desde: day().optional(),
  hasta: day().optional(),
  orden: choice(Object.keys(INBOX_ORDERS) as [InboxOrder, ...InboxOrder[]]).default("urgencia"),
  pagina: integer(1, 10_000, "Página no válida.").default(1),
});
export type InboxFilters = z.output<typeof inboxFilterSchema>;

/** The filters as a query string (without «?»), defaults left out to keep URLs short; never empty (the view is always named). */
export function inboxQueryString(filters: InboxFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || (key === "pagina" && value === 1) || (key === "orden" && value === "urgencia")) continue;
    params.set(key, String(value));
  }
  return params.toString();
}

/**
 * The inbox list a case page was opened from, from its `bandeja` parameter. Anything malformed in it
 * means no list: the page then offers no previous/next rather than stepping through some other list.
 */
export function inboxOrigin(bandeja: string | undefined): InboxFilters | null {
  if (bandeja === undefined) return null;
  const { values, invalid } = parseQuery(inboxFilterSchema, new URLSearchParams(bandeja));
  return Object.keys(invalid).length === 0 ? values : null;
}

/** The inbox export: the same filters, and the file format. */
export const inboxExportSchema = inboxFilterSchema.extend({ formato: exportFormat });

/** Only SERMIG works the inbox; for anyone else it does not exist. */
export function assertInboxReader(viewer: Viewer) {
  if (!hasPermission(viewer.role, "cases.triage")) throw new NotFoundError();
}

const localDate = Prisma.sql`(c.submitted_at AT TIME ZONE 'UTC' AT TIME ZONE 'America/Santiago')::date`;

function viewSql(view: InboxView, viewer: Viewer, now: Date): Prisma.Sql {
  switch (view) {
    case "abiertos":
      return OPEN;
    case "sin_asignar":
      return Prisma.sql`(${OPEN} AND c.assignee_id IS NULL)`;
    case "mios":
      return Prisma.sql`(${OPEN} AND c.assignee_id = ${viewer.id})`;
    case "vencen_24h":
      return dueSoon(now);
    case "vencidos":
      return overdue(now);
    case "esperando":
      return Prisma.sql`c.status = 'REQUIERE_INFO'`;
    case "cerrados":
      return FINISHED;
    case "todos":
      return Prisma.sql`TRUE`;
  }
}

/** Drafts never leave the municipality; everything else is limited to the viewer's territory. */
function baseSql(viewer: Viewer): Prisma.Sql {
  return Prisma.sql`c.status <> 'BORRADOR' AND ${scopeSql(viewer)}`;
}

/** The filters of the query string, without the view. The search is the one of the officers' list too (lib/cases/search.ts). */
function filterSql(viewer: Viewer, filters: InboxFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [baseSql(viewer)];
  if (filters.q) parts.push(searchSql(viewer, filters.q));
  if (filters.tipo) parts.push(Prisma.sql`c.type = ${filters.tipo}::"CaseType"`);
  if (filters.estado) parts.push(Prisma.sql`c.status = ${filters.estado}::"CaseStatus"`);
  if (filters.prioridad) parts.push(Prisma.sql`c.priority = ${filters.prioridad}::"CasePriority"`);
  if (filters.region) parts.push(Prisma.sql`c.region_code = ${filters.region}`);
  if (filters.municipalidad) parts.push(Prisma.sql`c.municipality_code = ${filters.municipalidad}`);
  if (filters.asignada === "ninguna") parts.push(Prisma.sql`c.assignee_id IS NULL`);
  else if (filters.asignada) parts.push(Prisma.sql`c.assignee_id = ${filters.asignada}`);
  if (filters.desde) parts.push(Prisma.sql`${localDate} >= ${filters.desde}::date`);
  if (filters.hasta) parts.push(Prisma.sql`${localDate} <= ${filters.hasta}::date`);
  return Prisma.join(parts, " AND ");
}

/** The rows of one view under the current filters: the list, its count and the export share this condition. */
export function inboxWhereSql(viewer: Viewer, filters: InboxFilters, now: Date): Prisma.Sql {
  return Prisma.sql`${filterSql(viewer, filters)} AND ${viewSql(filters.vista, viewer, now)}`;
}

/** One term of a list's order; its expression is never NULL, so a keyset comparison on it is exact. */
type OrderKey = { sql: Prisma.Sql; desc?: boolean; type: "int" | "timestamp" | "text" };

/*
 * The terms are plain SQL without parameters, written exactly as the index of 20261204600 writes them,
 * so PostgreSQL matches them to it: the previous/next of a case is then read from the index position of
 * the case instead of from every case of the region.
 */
const bucketKey: OrderKey = { sql: Prisma.sql`(CASE WHEN ${FINISHED} THEN 2 WHEN ${PAUSED} THEN 1 ELSE 0 END)`, type: "int" };
const dueKey: OrderKey = { sql: Prisma.sql`COALESCE(${governingDue}, 'infinity'::timestamp)`, type: "timestamp" };
/** Most urgent first, as an ascending number, so every order runs one way and compares as one row. */
const priorityKey: OrderKey = { sql: Prisma.sql`(CASE c.priority WHEN 'URGENTE' THEN 0 WHEN 'ALTA' THEN 1 WHEN 'MEDIA' THEN 2 ELSE 3 END)`, type: "int" };
const filedKey = (desc = false): OrderKey => ({ sql: Prisma.sql`c.submitted_at`, desc, type: "timestamp" });
const idKey = (desc = false): OrderKey => ({ sql: Prisma.sql`c.id`, desc, type: "text" });

/**
 * The terms of each order, ending in the id so no two cases tie, all in one direction. Most urgent
 * first: running clocks by their governing deadline, then cases waiting on the municipality (their
 * clock is stopped), then finished ones; ties by priority and filing order. The list and its
 * previous/next links (inboxNeighbours) both read this, so they cannot disagree on what comes next.
 */
function orderKeys(order: InboxOrder): OrderKey[] {
  switch (order) {
    case "urgencia":
      return [bucketKey, dueKey, priorityKey, filedKey(), idKey()];
    case "prioridad":
      return [priorityKey, dueKey, filedKey(), idKey()];
    case "recientes":
      return [filedKey(true), idKey(true)];
    case "antiguos":
      return [filedKey(), idKey()];
  }
}

function orderSql(order: InboxOrder, reverse = false): Prisma.Sql {
  return Prisma.join(orderKeys(order).map((key) => Prisma.sql`${key.sql} ${Prisma.raw(Boolean(key.desc) !== reverse ? "DESC" : "ASC")}`));
}

/**
 * Rows strictly after (or before) the case whose order terms are `current` (as text, cast back to each
 * term's type), in the list's order, as one row comparison, which the index on the same terms answers.
 * The terms of an order all run one way, so the row compares as the list sorts.
 */
function beyond(keys: OrderKey[], current: string[], forward: boolean): Prisma.Sql {
  const descending = Boolean(keys[0].desc);
  if (keys.some((key) => Boolean(key.desc) !== descending)) throw new Error("Los términos de un orden deben ir en un mismo sentido.");
  const terms = Prisma.join(keys.map((key) => key.sql));
  const values = Prisma.join(keys.map((key, i) => Prisma.sql`${current[i]}::${Prisma.raw(key.type)}`));
  return Prisma.sql`ROW(${terms}) ${Prisma.raw(descending === forward ? "<" : ">")} ROW(${values})`;
}

export type CaseLink = { id: string; folio: string };
export type Neighbours = { previous: CaseLink | null; next: CaseLink | null };

/**
 * The cases before and after one case in the inbox list these filters give, for the case page's
 * previous/next links. Read by keyset from the case's own order terms, which the order's index answers
 * at the case's position (case_inbox_urgency_idx for the default order), whatever that position is. The case itself need not be in the view any more
 * (taking it removes it from "Sin asignar"): its neighbours are where it would stand. A case outside
 * the viewer's territory has none.
 */
export async function inboxNeighbours(viewer: Viewer, filters: InboxFilters, caseId: string, now = new Date()): Promise<Neighbours> {
  assertInboxReader(viewer);
  const keys = orderKeys(filters.orden);
  // Read first and passed back as values: compared with known values the row condition becomes the
  // index scan's start, where compared with another query's columns it was a filter over the region.
  const [found] = await db.$queryRaw<{ terms: string[] }[]>`
    SELECT ARRAY[${Prisma.join(keys.map((key) => Prisma.sql`${key.sql}::text`))}] AS terms FROM "case" c WHERE c.id = ${caseId} AND ${baseSql(viewer)}`;
  if (!found) return { previous: null, next: null };
  const neighbour = (forward: boolean) => Prisma.sql`(SELECT json_build_object('id', c.id, 'folio', c.folio) FROM "case" c
      WHERE ${inboxWhereSql(viewer, filters, now)} AND ${beyond(keys, found.terms, forward)}
      ORDER BY ${orderSql(filters.orden, !forward)} LIMIT 1)`;
  const [row] = await db.$queryRaw<Neighbours[]>`SELECT ${neighbour(false)} AS previous, ${neighbour(true)} AS next`;
  return row;
}

/**
 * What a list shows of a case. Never participants or the narrative; the summary of a sensitive case
 * (children, violence, trafficking) stays on its page, where each reading is audited.
 */
export type InboxRow = {
  id: string;
  folio: string;
  type: CaseType;
  status: CaseStatus;
  priority: CasePriority;
  sensitive: boolean;
  summary: string | null;
  municipalityName: string;
  regionCode: string;
  regionName: string;
  assigneeName: string | null;
  submittedAt: Date;
  firstResponseAt: Date | null;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  /** The deadline that governs now (first answer until given, then resolution), null once finished. */
  nextDueAt: Date | null;
  waitingSince: Date | null;
  overdue: boolean;
  dueSoon: boolean;
  derivedTo: string | null;
  outcome: string | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  version: number;
};

function rowColumns(now: Date): Prisma.Sql {
  return Prisma.sql`c.id, c.folio, c.type::text AS type, c.status::text AS status, c.priority::text AS priority, c.sensitive,
    CASE WHEN c.sensitive THEN NULL ELSE c.summary END AS summary, m.name AS "municipalityName", c.region_code AS "regionCode", r.name AS "regionName",
    u.name AS "assigneeName", c.submitted_at AS "submittedAt", c.first_response_at AS "firstResponseAt",
    c.first_response_due_at AS "firstResponseDueAt", c.resolution_due_at AS "resolutionDueAt",
    CASE WHEN ${OPEN} THEN ${governingDue} END AS "nextDueAt",
    c.waiting_since AS "waitingSince", ${overdue(now)} AS overdue, ${dueSoon(now)} AS "dueSoon",
    c.derived_to AS "derivedTo", c.outcome, c.resolved_at AS "resolvedAt", c.closed_at AS "closedAt", c.version`;
}

/** SELECT … FROM of a list row; the caller adds WHERE and ORDER BY. */
export function inboxRowSql(now: Date): Prisma.Sql {
  return Prisma.sql`SELECT ${rowColumns(now)}
    FROM "case" c JOIN municipality m ON m.code = c.municipality_code JOIN region r ON r.code = c.region_code
    LEFT JOIN "user" u ON u.id = c.assignee_id`;
}

/** Views that only ever hold open cases ("esperando" is REQUIERE_INFO, an open status). */
export const OPEN_VIEWS = new Set<InboxView>(["abiertos", "sin_asignar", "mios", "vencen_24h", "vencidos", "esperando"]);
type OpenView = Exclude<InboxView, "cerrados" | "todos">;

/** Every open view's count, and the count of "cerrados" or "todos" only while it is the view on screen. */
export type ViewCounts = Record<OpenView, number> & Partial<Record<InboxView, number>>;

/**
 * How many cases the views hold under the current filters, in one statement so the tabs agree with
 * each other. The open views are counted over the open cases only, which an index finds (a few
 * thousand rows in a big region). "Resueltos y cerrados" and "Todos" grow with every year of the
 * programme (63,000 cases in the Metropolitan region at national scale) and are nothing anyone has
 * to act on, so they are counted only when they are the view being listed, where the total pages
 * the list; counting them on every visit to the inbox was most of the database's work per page.
 * `upTo`: the listed view is counted no further than one case past it (see ARCHIVE_COUNT_AHEAD).
 */
export async function inboxCounts(viewer: Viewer, filters: InboxFilters, now: Date, upTo?: number): Promise<ViewCounts> {
  assertInboxReader(viewer);
  const openViews = VIEW_KEYS.filter((view) => OPEN_VIEWS.has(view));
  const counters = Prisma.join(openViews.map((view) => Prisma.sql`count(*) FILTER (WHERE ${viewSql(view, viewer, now)})::int`));
  const where = filterSql(viewer, filters);
  const limit = upTo === undefined ? Prisma.empty : Prisma.sql`LIMIT ${upTo + 1}`;
  const current = OPEN_VIEWS.has(filters.vista)
    ? Prisma.sql`NULL::int`
    : Prisma.sql`(SELECT count(*)::int FROM (SELECT 1 FROM "case" c WHERE ${where} AND ${viewSql(filters.vista, viewer, now)} ${limit}) listed)`;
  const [row] = await db.$queryRaw<{ open: number[]; current: number | null }[]>`
    SELECT (SELECT ARRAY[${counters}] FROM "case" c WHERE ${where} AND ${OPEN}) AS open, ${current} AS current`;
  const counts = Object.fromEntries(openViews.map((view, i) => [view, row.open[i]])) as ViewCounts;
  if (row.current !== null) counts[filters.vista] = row.current;
  return counts;
}

/**
 * How far past the page on screen "Resueltos y cerrados" and "Todos" count their cases. Counting every
 * case read the region's whole history on each page turn: 66,000 index entries in the Metropolitan
 * region, 9–14 ms of the database per page. A text search has to read each matching row from the
 * table (1,000 of them took 8 ms, 250 took 2), so it counts less far. Past this the list says
 * "más de…" and still goes on page by page; the dashboard has the exact totals, and the export every
 * case. Filtered lists stay exact almost always.
 */
const ARCHIVE_COUNT_AHEAD = 10_000;
const SEARCH_COUNT_AHEAD = 250;

/** `more`: the view holds more than `total` cases (an archive view, counted only so far; see ARCHIVE_COUNT_AHEAD). */
export type InboxPage = { rows: InboxRow[]; counts: ViewCounts; total: number; more: boolean; page: number; pageCount: number };

/** One page of the current view, with the count of every view. Any page of any size of list can be reached. */
export async function listInbox(viewer: Viewer, filters: InboxFilters, now = new Date(), countAhead = filters.q ? SEARCH_COUNT_AHEAD : ARCHIVE_COUNT_AHEAD): Promise<InboxPage> {
  const pageRows = (page: number) => db.$queryRaw<InboxRow[]>`
    ${inboxRowSql(now)}
     WHERE ${inboxWhereSql(viewer, filters, now)}
     ORDER BY ${orderSql(filters.orden)}
     LIMIT ${INBOX_PAGE_SIZE} OFFSET ${(page - 1) * INBOX_PAGE_SIZE}`;
  const upTo = OPEN_VIEWS.has(filters.vista) ? undefined : (filters.pagina - 1) * INBOX_PAGE_SIZE + countAhead;
  // The requested page is read alongside the counts; only a page past the end (an old link) needs a second read.
  const [counts, requested] = await Promise.all([inboxCounts(viewer, filters, now, upTo), pageRows(filters.pagina)]);
  const more = upTo !== undefined && (counts[filters.vista] ?? 0) > upTo;
  if (more) counts[filters.vista] = upTo;
  const total = counts[filters.vista] ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  const page = Math.min(filters.pagina, pageCount);
  const rows = page === filters.pagina ? requested : await pageRows(page);
  return { rows, counts, total, more, page, pageCount };
}

/**
 * Cases of the viewer's territory with a participant holding exactly that document. The number
 * arrives in a POST body and is never put in a URL (it would end up in history, logs and referrers).
 */
export async function casesByDocument(viewer: Viewer, document: string, now = new Date()): Promise<InboxRow[]> {
  assertInboxReader(viewer);
  const key = documentKeyOf(document);
  if (!key) return [];
  return db.$queryRaw<InboxRow[]>`
    ${inboxRowSql(now)}
     WHERE ${baseSql(viewer)}
       AND EXISTS (SELECT 1 FROM case_participant p WHERE p.case_id = c.id AND p.document_key = ${key})
     ORDER BY ${orderSql("urgencia")}`;
}

/** The choices of the filter form, limited to the viewer's territory (and the chosen region, for admins). */
export async function inboxFilterOptions(viewer: Viewer, region: string | undefined) {
  assertInboxReader(viewer);
  const chosen = region ? { regionCode: region } : {};
  const [names, coordinators] = await Promise.all([
    territoryNames(),
    db.user.findMany({ where: { role: "REGIONAL_COORDINATOR", ...territoryWhere(viewer), ...chosen }, select: { id: true, name: true, active: true }, orderBy: { name: "asc" } }),
  ]);
  const municipalities = names.municipalities
    .filter((m) => inTerritory(viewer, { municipalityCode: m.code, regionCode: m.regionCode }) && (!region || m.regionCode === region)).map(({ code, name }) => ({ code, name }));
  return {
    municipalities,
    coordinators,
    regions: viewer.role === "NATIONAL_ADMIN" ? names.regions : [],
    regionName: viewer.regionCode ? names.regionName(viewer.regionCode) : null,
  };
}

/** A case a bulk step over "every case that matches" would change, with what tells whether it changed since. */
export type MatchingCase = { id: string; folio: string; version: number; updatedAt: Date };

/**
 * The cases of the current view and filters, in the inbox's order, at most `limit` of them, and how
 * many match in all: a bulk step re-reads them at confirmation time through the same condition as the list.
 */
export async function matchingCases(viewer: Viewer, filters: InboxFilters, now: Date, limit: number): Promise<{ total: number; cases: MatchingCase[] }> {
  assertInboxReader(viewer);
  const where = inboxWhereSql(viewer, filters, now);
  const [cases, [{ total }]] = await Promise.all([
    db.$queryRaw<MatchingCase[]>`
      SELECT c.id, c.folio, c.version, c.updated_at AS "updatedAt" FROM "case" c
       WHERE ${where} ORDER BY ${orderSql(filters.orden)} LIMIT ${limit}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "case" c WHERE ${where}`,
  ]);
  return { total, cases };
}
