/**
 * Demo cases: a few hundred fictional Sello cases in eleven municipalities of the Región Metropolitana
 * and the Región de Antofagasta, dated from the demo's "today" (demo-today.ts), with their people,
 * timelines, notes, SLA due dates computed by the portal's own engine (lib/sla), the trail the deadline
 * watcher would have left, and the notifications of the last two weeks.
 *
 * Everything here is INVENTED: people ("Persona Ficticia 123"), documents (RUNs from 30.000.000 up,
 * passports "PF…", foreign IDs "DNI-F…"), stories, notes and dates. Only the case types, their
 * questions and the SLA rules come from the portal's catalogue. Every status and type appears; in each
 * region about one open case in six is past its deadline, a few fall due today, the rest have time
 * left, and some wait on the municipality (REQUIERE_INFO with an open pause). A few people appear in
 * two open cases of a region so the duplicate warning can be seen. prisma/data/DEMO-DATA.md says the
 * same in Spanish.
 */
import type pg from "pg";
import type { CaseStatus } from "../../lib/generated/prisma/enums";
import { isWorkingDay, localDateOf } from "../../lib/sla/working-days";
import { insertMissing } from "./demo-adhesion/insert";
import { randomFor } from "./demo-adhesion/random";
import { assignBuckets, type Bucket } from "./demo-cases/desk";
import { caseNotices, type Notice, notificationRows } from "./demo-cases/notices";
import { type PersonCounter, REPEATED } from "./demo-cases/people";
import { type Actor, type Built, buildCase, type Cast, type Place, weighted } from "./demo-cases/story";
import { STATUS_WEIGHTS } from "./demo-cases/texts";
import { watchTrail } from "./demo-cases/watch-trail";
import type { DemoToday } from "./demo-today";

/** How many cases each municipality files. */
const VOLUME: Record<string, number> = {
  "13501": 50, // Melipilla: Carolina's municipality
  "13101": 60, // Santiago: Javiera's
  "13503": 15, // Curacaví: Daniela's
  "13106": 25,
  "13108": 25,
  "13125": 20,
  "13127": 20,
  "02101": 55, // Antofagasta: Matías's
  "02201": 30,
  "02102": 8,
  "02301": 8,
};

/** Folios in submission order, numbered per year (in Chile) as the portal does. */
function assignFolios(built: Built[]): Map<Built, string> {
  const lastOfYear = new Map<number, number>();
  const folios = new Map<Built, string>();
  const filed = built.filter((b) => b.moments.submittedAt).sort((a, b) => a.moments.submittedAt!.getTime() - b.moments.submittedAt!.getTime());
  for (const b of filed) {
    const year = Number(localDateOf(b.moments.submittedAt!).slice(0, 4));
    const number = (lastOfYear.get(year) ?? 0) + 1;
    lastOfYear.set(year, number);
    const folio = `SM-${year}-${String(number).padStart(6, "0")}`;
    folios.set(b, folio);
    b.caseRow.folio = folio;
    for (const e of b.events) if (e.kind === "case.submitted") e.after = String(e.after).replace("{folio}", folio);
  }
  return folios;
}

/** The demo's active officers and coordinators, by municipality and region, in RUN order. */
async function loadCast(client: pg.Client): Promise<Cast> {
  const { rows } = await client.query<{ id: string; name: string; role: string; territory: string }>(
    `SELECT id, name, role, CASE role WHEN 'MUNICIPAL_OFFICER' THEN municipality_code ELSE region_code END AS territory
       FROM "user" WHERE active AND role IN ('MUNICIPAL_OFFICER', 'REGIONAL_COORDINATOR') ORDER BY run`,
  );
  const byRole = (role: string) => {
    const map = new Map<string, Actor[]>();
    for (const u of rows.filter((r) => r.role === role)) map.set(u.territory, [...(map.get(u.territory) ?? []), { id: u.id, name: u.name }]);
    return map;
  };
  return { officers: byRole("MUNICIPAL_OFFICER"), coordinators: byRole("REGIONAL_COORDINATOR") };
}

const STAMP = "timestamp(3)";

export type CasesSeeded = {
  inserted: number;
  /** Cases an earlier run left, kept as the portal left them. */
  kept: number;
  byStatus: Partial<Record<CaseStatus, number>>;
  /** Per region, where the new cases' deadlines stand at the demo's 09:00. */
  desk: Record<string, Record<Bucket, number>>;
  notifications: { inserted: number; unread: number };
};

/**
 * Runs inside the caller's transaction, after the demo users. Idempotent by fixed ids: a case that
 * exists already (an earlier run) keeps its people, timeline, notes and notifications as the portal
 * left them. Returns what it wrote.
 */
export async function seedDemoCases(client: pg.Client, today: DemoToday): Promise<CasesSeeded> {
  const cast = await loadCast(client);
  const { rows: places } = await client.query<Place>(`SELECT code, name, region_code AS "regionCode" FROM municipality WHERE code = ANY($1) ORDER BY code`, [Object.keys(VOLUME)]);
  const drawn = places.flatMap((place) => Array.from({ length: VOLUME[place.code] }, (_, index) => ({ place, index, status: weighted(randomFor("case-status", place.code, index), STATUS_WEIGHTS) })));
  const key = (d: { place: Place; index: number }) => `${d.place.code}/${d.index}`;
  const buckets = assignBuckets(
    drawn.map((d) => ({ key: key(d), regionCode: d.place.regionCode, status: d.status })),
    isWorkingDay(today.date),
  );
  const counter: PersonCounter = { last: 0 };
  const repeated = new Map(Object.entries(REPEATED).map(([code, documents]) => [code, [...documents]]));
  const built = drawn.map((d) => buildCase(d.place, d.index, d.status, buckets.get(key(d))!, cast, repeated.get(d.place.code) ?? [], counter, today));
  const folios = assignFolios(built);

  const notices: Notice[] = [];
  for (const b of built) {
    const folio = folios.get(b);
    if (!folio) continue;
    const people = { officers: cast.officers.get(b.place.code) ?? [], coordinators: cast.coordinators.get(b.place.regionCode) ?? [] };
    const trail = watchTrail(b, folio, people.coordinators, today);
    b.events.push(...trail.events);
    notices.push(...trail.notices, ...caseNotices(b, folio, people, today));
  }

  const cases = built.map((b) => b.caseRow);
  const columns = Object.keys(cases[0]);
  const types: Record<string, string> = {
    type: '"CaseType"',
    status: '"CaseStatus"',
    priority: '"CasePriority"',
    suggested_priority: '"CasePriority"',
    type_details: "jsonb",
    sensitive: "boolean",
    consent_basis: '"ConsentBasis"',
    version: "int",
    ...Object.fromEntries(["submitted_at", "first_response_at", "resolved_at", "closed_at", "first_response_due_at", "resolution_due_at", "waiting_since", "created_at", "updated_at"].map((c) => [c, STAMP])),
  };
  // Any unique clash (id, folio or key, e.g. a folio the portal already gave) skips the case whole.
  const { rows: inserted } = await client.query<{ id: string }>(
    `INSERT INTO "case" (${columns.map((c) => `"${c}"`).join(", ")})
     SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${types[c] ?? "text"}[]`).join(", ")})
     ON CONFLICT DO NOTHING RETURNING id`,
    columns.map((c) => cases.map((row) => row[c])),
  );
  const fresh = new Set(inserted.map((row) => row.id));
  // Derivations to a catalogue institution point at it, as the derive step stores them; the others stay "Otra institución".
  await client.query(
    `UPDATE "case" c SET derived_institution_id = i.id FROM institution i WHERE c.id = ANY($1) AND c.derived_to = i.name`,
    [[...fresh]],
  );
  const written = built.filter((b) => fresh.has(String(b.caseRow.id)));

  await insertMissing(
    client,
    "case_participant",
    ["id"],
    { id: "text", case_id: "text", full_name: "text", document_type: '"DocumentType"', document_number: "text", document_key: "text", nationality: "text", birth_date: "date", sex_gender: "text", contact: "text", relation: "text" },
    written.flatMap((b) => b.participants),
  );
  await insertMissing(
    client,
    "case_event",
    ["id"],
    { id: "text", case_id: "text", kind: "text", internal: "boolean", actor_id: "text", actor_name: "text", before: "jsonb", after: "jsonb", at: STAMP },
    written.flatMap((b) => b.events),
  );
  await insertMissing(
    client,
    "case_note",
    ["id"],
    { id: "text", case_id: "text", internal: "boolean", body: "text", author_id: "text", author_name: "text", created_at: STAMP },
    written.flatMap((b) => b.notes),
  );
  await insertMissing(client, "case_pause", ["id"], { id: "text", case_id: "text", from: STAMP, to: STAMP }, written.flatMap((b) => (b.pause ? [b.pause] : [])));
  const noticeRows = notificationRows(
    notices.filter((n) => n.caseId && fresh.has(n.caseId)),
    today,
  );
  const notified = new Set(
    await insertMissing(client, "notification", ["id"], { id: "text", user_id: "text", kind: "text", title: "text", case_id: "text", read_at: STAMP, created_at: STAMP }, noticeRows),
  );
  // The portal numbers on from the demo folios that are in the table, whichever day (and year) they were loaded on.
  await client.query(
    `INSERT INTO case_sequence (year, last)
     SELECT substring(folio FROM 4 FOR 4)::int, max(substring(folio FROM 9)::int) FROM "case" WHERE id = ANY($1) AND folio IS NOT NULL GROUP BY 1
     ON CONFLICT (year) DO UPDATE SET last = GREATEST(case_sequence.last, EXCLUDED.last)`,
    [built.map((b) => b.caseRow.id)],
  );

  const byStatus: CasesSeeded["byStatus"] = {};
  const desk: CasesSeeded["desk"] = {};
  for (const b of written) {
    byStatus[b.status] = (byStatus[b.status] ?? 0) + 1;
    const region = (desk[b.place.regionCode] ??= { OVERDUE: 0, DUE_TODAY: 0, ON_TIME: 0, WAITING: 0, CLOSED: 0 });
    region[b.bucket]++;
  }
  const notifications = { inserted: notified.size, unread: noticeRows.filter((n) => notified.has(n.id) && !n.read_at).length };
  return { inserted: written.length, kept: built.length - written.length, byStatus, desk, notifications };
}
