/**
 * Demo history of the programme: adhesions, their events, work plans with evidence, designated
 * officials and training records, as of the demo's "today" (demo-today.ts).
 *
 * REAL (shared/data/DOMAIN-NOTES.md §3–4 and §8, sources named there):
 * - the programme figures: 5 letters in 2015, 141 adhered municipalities by 30-06-2024, 37 of the 52
 *   comunas of the Región Metropolitana (programme deck; no public list confirms them);
 * - Quilicura obtained the Sello on 13-12-2015 (DEM deck, 2018);
 * - Antofagasta got it by "Resolución Exenta 7829 del 13 de enero" from the DEM, after about a year
 *   and a half, the first in the Norte Grande (poderyliderazgo.cl; the year, 2021, is inferred);
 * - San Antonio's Sello was revalidated (gea.sanantonio.cl);
 * - Puerto Varas adhered by Concejo vote on 18-10-2023 and was certified on 13-12-2024, the first in
 *   Los Lagos (serviciomigraciones.cl);
 * - María Elena signed on 18-03-2025, the third of its region, and announced an "Oficina de
 *   Integración Comunitaria" (serviciomigraciones.cl);
 * - Melipilla was the only member of its province; Alhué, Curacaví, María Pinto and San Pedro were
 *   being trained to join (elmaipo.cl);
 * - the lifecycle (letter signed by mayor and Concejo, implementation, evaluation, certification,
 *   revalidation every two years) and the five lines (DEM 2018 deck, SERMIG);
 * - the weights that choose the invented members: INE–SERMIG foreign-resident estimate 2022 and
 *   Censo 2017 population (prisma/data/territory).
 * INVENTED: every other adhered municipality and every date the sources do not give (Quilicura's,
 * San Antonio's, Antofagasta's and Melipilla's letters, San Antonio's certification, all
 * revalidations), all statuses beyond the documented ones (what follows Puerto Varas's
 * certification depends on today), every resolution number except
 * Antofagasta's, council agreements, all names of people, e-mails, work plans, evidence links
 * (municipio-demo.example), trainings and the three withdrawals.
 * ON PURPOSE: Melipilla stays EN_IMPLEMENTACION although the source says it had the Sello, so the
 * demo's officer has a plan to work on; and certified_on holds the latest (re)certification, as the
 * portal writes it, so Quilicura's 13-12-2015 and Antofagasta's 7829 live in their first `certify` event.
 * prisma/data/DEMO-DATA.md says the same in Spanish.
 */
import type pg from "pg";
import { insertMissing } from "./demo-adhesion/insert";
import { type Municipality, planAdhesions } from "./demo-adhesion/plan";
import { adhesionRow, type DemoUsers, eventRows, officialRows, workRows } from "./demo-adhesion/rows";
import { addDays } from "./demo-adhesion/calendar";
import type { DemoToday } from "./demo-today";

/** What this run wrote; `kept`, the municipalities whose adhesion already existed. */
export type AdhesionsSeeded = { inserted: number; kept: number; signed: number; metropolitan: number; withdrawn: number; revalidationsSoon: number };

async function loadMunicipalities(client: pg.Client): Promise<Municipality[]> {
  const { rows } = await client.query<{ code: string; name: string; region_code: string; population: number; foreigners: number | null }>(
    `SELECT m.code, m.name, m.region_code, pop.value AS population, fx.value AS foreigners
       FROM municipality m
       JOIN comuna_stat pop ON pop.comuna_code = m.code AND pop.indicator = 'POPULATION_TOTAL' AND pop.year = 2017
       LEFT JOIN comuna_stat fx ON fx.comuna_code = m.code AND fx.indicator = 'FOREIGN_RESIDENTS_ESTIMATE' AND fx.year = 2022
      ORDER BY m.code`,
  );
  return rows.map((r) => ({ code: r.code, name: r.name, regionCode: r.region_code, population: r.population, foreigners: r.foreigners }));
}

/** The active demo users of prisma/seed/demo-users.ts, the first (by RUN) of each municipality or region. */
async function loadDemoUsers(client: pg.Client): Promise<DemoUsers> {
  const { rows } = await client.query<{ id: string; name: string; email: string | null; role: string; territory: string }>(
    `SELECT DISTINCT ON (role, territory) id, name, email, role, territory
       FROM (SELECT *, CASE role WHEN 'MUNICIPAL_OFFICER' THEN municipality_code ELSE region_code END AS territory FROM "user") u
      WHERE active AND role IN ('MUNICIPAL_OFFICER', 'REGIONAL_COORDINATOR')
      ORDER BY role, territory, run`,
  );
  const byRole = (role: string) => new Map(rows.filter((u) => u.role === role).map((u) => [u.territory, u]));
  return { officers: byRole("MUNICIPAL_OFFICER"), coordinators: byRole("REGIONAL_COORDINATOR") };
}

const DATE = "date";
const STAMP = "timestamp(3)";
const STATUS = '"AdhesionStatus"';

/**
 * Runs inside the caller's transaction, after the territory and the demo users. Idempotent, and
 * written once per municipality: one whose adhesion already exists (an earlier run, or the portal)
 * keeps its events, plan, official and trainings as they are. Returns what it wrote.
 */
export async function seedDemoAdhesion(client: pg.Client, today: DemoToday): Promise<AdhesionsSeeded> {
  const users = await loadDemoUsers(client);
  const all = planAdhesions(await loadMunicipalities(client), today.day);
  const inserted = await insertMissing(
    client,
    "adhesion",
    ["municipality_code"],
    {
      municipality_code: "text",
      region_code: "text",
      status: STATUS,
      status_since: STAMP,
      letter_signed_on: DATE,
      mayor_name: "text",
      council_agreement_number: "text",
      council_agreement_date: DATE,
      certification_resolution: "text",
      certified_on: DATE,
      revalidation_due_on: DATE,
    },
    all.map(adhesionRow),
  );
  const fresh = new Set(inserted);
  const plans = all.filter((plan) => fresh.has(plan.place.code));
  const work = plans.map((plan) => workRows(plan, users, today.day));

  await insertMissing(
    client,
    "adhesion_event",
    ["id"],
    { id: "text", municipality_code: "text", from_status: STATUS, to_status: STATUS, transition: "text", reason: "text", actor_name: "text", at: STAMP },
    plans.flatMap(eventRows),
  );
  await insertMissing(
    client,
    "commitment_action",
    ["id"],
    {
      id: "text",
      municipality_code: "text",
      region_code: "text",
      line: '"CommitmentLine"',
      title: "text",
      description: "text",
      responsible_unit: "text",
      starts_on: DATE,
      due_on: DATE,
      status: '"ActionStatus"',
      review: '"ReviewStatus"',
      review_comment: "text",
      reviewed_by_id: "text",
      reviewed_at: STAMP,
      created_at: STAMP,
      updated_at: STAMP,
    },
    work.flatMap((w) => w.actions),
  );
  await insertMissing(
    client,
    "evidence",
    ["id"],
    { id: "text", action_id: "text", description: "text", url: "text", added_by_id: "text", added_at: STAMP },
    work.flatMap((w) => w.evidence),
  );
  await insertMissing(
    client,
    "designated_official",
    ["municipality_code"],
    { municipality_code: "text", name: "text", position: "text", unit: "text", email: "text", updated_at: STAMP },
    plans.flatMap((plan) => officialRows(plan, users, today.day)),
  );
  await insertMissing(
    client,
    "training_record",
    ["id"],
    {
      id: "text",
      municipality_code: "text",
      held_on: DATE,
      topic: "text",
      trainer: "text",
      units_attending: "text",
      trained_count: "int",
      evaluation: "text",
      created_at: STAMP,
    },
    work.flatMap((w) => w.trainings),
  );
  const soon = addDays(today.day, 90);
  return {
    inserted: plans.length,
    kept: all.length - plans.length,
    signed: plans.filter((p) => p.milestones).length,
    metropolitan: plans.filter((p) => p.milestones && p.place.regionCode === "13").length,
    withdrawn: plans.filter((p) => p.state.status === "RETIRADA").length,
    revalidationsSoon: plans.filter((p) => ["CERTIFICADA", "REVALIDADA"].includes(p.state.status) && p.state.revalidationDueOn && p.state.revalidationDueOn > today.day && p.state.revalidationDueOn <= soon).length,
  };
}
