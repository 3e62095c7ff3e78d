/** Turns the plans into table rows (snake_case, as the bulk insert writes them). */
import { addDays, earliest, isoDay, officeHours, randomDay } from "./calendar";
import { MELIPILLA } from "./documented";
import { melipillaPlan } from "./melipilla";
import { inventOfficial, inventPerson } from "./people";
import type { AdhesionPlan } from "./plan";
import { demoId, randomFor } from "./random";
import { actionRows, inventActionSpecs, trainingRows } from "./work-plan";

/** Statuses with a work plan under way or behind it. Withdrawn municipalities keep none in the demo. */
const WORKING = new Set(["EN_IMPLEMENTACION", "EN_EVALUACION", "CERTIFICADA", "EN_REVALIDACION", "REVALIDADA"]);

/** Evidence must name who added it; the historical records were not added by any portal user. */
const HISTORICAL_AUTHOR = "demo-historico";

/** The demo's portal users: officials and reviews of their territory are theirs. */
export type DemoUsers = {
  officers: Map<string, { id: string; name: string; email: string | null }>;
  coordinators: Map<string, { id: string }>;
};

export function adhesionRow({ place, milestones: m, state }: AdhesionPlan) {
  const random = randomFor("letter", place.code);
  const agreement = m && randomDay(random, addDays(m.letter, -45), addDays(m.letter, -7));
  return {
    municipality_code: place.code,
    region_code: place.regionCode,
    status: state.status,
    status_since: state.statusSince,
    letter_signed_on: m && isoDay(m.letter),
    mayor_name: m && inventPerson(random).name,
    council_agreement_number: agreement && `Acuerdo N° ${random.int(12, 480)}/${agreement.getUTCFullYear()}`,
    council_agreement_date: agreement && isoDay(agreement),
    certification_resolution: state.certificationResolution,
    certified_on: state.certifiedOn && isoDay(state.certifiedOn),
    revalidation_due_on: state.revalidationDueOn && isoDay(state.revalidationDueOn),
  };
}

export function eventRows({ place, steps }: AdhesionPlan) {
  return steps.map((step, index) => ({
    id: demoId("adhesion-event", place.code, index),
    municipality_code: place.code,
    from_status: step.from,
    to_status: step.to,
    transition: step.transition,
    reason: step.reason,
    actor_name: step.actor,
    at: step.at,
  }));
}

/** Work plan and trainings of a municipality past the acceptance of its letter; nothing otherwise. */
export function workRows(plan: AdhesionPlan, users: DemoUsers, today: Date) {
  const { place, milestones, state } = plan;
  if (!milestones || !WORKING.has(state.status)) return { actions: [], evidence: [], trainings: [] };
  const random = randomFor("work-plan", place.code);
  const certified = plan.steps.some((s) => s.transition === "certify");
  const specs = place.code === MELIPILLA ? melipillaPlan(today) : inventActionSpecs(milestones.accepted, certified, random, today);
  const authors = { officerId: users.officers.get(place.code)?.id ?? HISTORICAL_AUTHOR, reviewerId: users.coordinators.get(place.regionCode)?.id ?? null };
  const trainings = plan.documented || random.chance(0.75) ? trainingRows(place, milestones.accepted, random, today) : [];
  return { ...actionRows(place, milestones.accepted, specs, authors, random, today), trainings };
}

/**
 * Most adhered municipalities have designated who leads the work (line 1). A demo officer of the
 * municipality is that person, so what they see in the portal matches who they are.
 */
export function officialRows({ place, milestones, state, documented }: AdhesionPlan, users: DemoUsers, today: Date) {
  const random = randomFor("official", place.code);
  if (!milestones || state.status === "RETIRADA") return [];
  if (!documented && !random.chance(state.status === "CARTA_FIRMADA" ? 0.5 : 0.85)) return [];
  const officer = users.officers.get(place.code);
  const person = officer?.email
    ? { name: officer.name, position: "Contraparte municipal del Sello Migrante", unit: "Dirección de Desarrollo Comunitario (DIDECO)", email: officer.email }
    : inventOfficial(place, random);
  const designatedOn = randomDay(random, milestones.letter, earliest(addDays(milestones.accepted, 30), addDays(today, -1)));
  return [{ municipality_code: place.code, ...person, updated_at: officeHours(designatedOn, random) }];
}
