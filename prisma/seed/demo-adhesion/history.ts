/**
 * Each adhesion's path through the lifecycle of lib/adhesion/lifecycle.ts, from the letter to today:
 * the events, and the row those events leave behind.
 */
import { revalidationDue, type TransitionName } from "../../../lib/adhesion/lifecycle";
import type { AdhesionStatus } from "../../../lib/generated/prisma/enums";
import { addDays, officeHours, randomDay } from "./calendar";
import { FIRST_CERTIFICATION_IN_REGION, SERMIG_START } from "./documented";
import type { Random } from "./random";

export type Certification = { on: Date; resolution: string };

export type Milestones = {
  letter: Date;
  accepted: Date;
  evaluationRequested: Date | null;
  certified: Certification | null;
  withdrawn: { on: Date; reason: string } | null;
};

export type Step = {
  transition: TransitionName;
  from: AdhesionStatus;
  to: AdhesionStatus;
  on: Date;
  at: string;
  actor: string;
  reason: string | null;
  /** Certifications only. */
  resolution?: string;
};

/**
 * Share of adherents that ever ask to be evaluated: "el proceso no tiene plazos" (DEM 2018) and many
 * never do. Invented: fewer in the DEM years, more once SERMIG's regional offices accompany the process.
 */
function seeksCertification(letter: Date, random: Random): boolean {
  return random.chance(letter < SERMIG_START ? 0.25 : 0.55);
}

function demoResolution(random: Random, on: Date): string {
  return `Res. Ex. demo N° ${String(random.int(100, 9999)).padStart(4, "0")}/${on.getUTCFullYear()}`;
}

/**
 * Coordinators accept a letter within weeks; implementation, when it leads to a certification, takes
 * 1–3 years, and the Comité Calificador 3–11 months.
 */
export function inventMilestones(letter: Date, regionCode: string, random: Random): Milestones {
  const accepted = randomDay(random, addDays(letter, 14), addDays(letter, 60));
  if (!seeksCertification(letter, random)) return { letter, accepted, evaluationRequested: null, certified: null, withdrawn: null };
  let certifiedOn = randomDay(random, addDays(accepted, 360), addDays(accepted, 1000));
  const first = FIRST_CERTIFICATION_IN_REGION[regionCode];
  if (first && certifiedOn <= first) certifiedOn = randomDay(random, addDays(first, 30), addDays(first, 400));
  return {
    letter,
    accepted,
    evaluationRequested: randomDay(random, addDays(certifiedOn, -330), addDays(certifiedOn, -90)),
    certified: { on: certifiedOn, resolution: demoResolution(random, certifiedOn) },
    withdrawn: null,
  };
}

function nationalActor(on: Date): string {
  return on < SERMIG_START ? "Departamento de Extranjería y Migración (demostración)" : "Departamento de Inclusión de SERMIG (demostración)";
}

/**
 * The events before today (today's office hours are still ahead at the demo's 09:00). After a certification the Sello is revalidated every two years: SERMIG
 * opens the revalidation between six weeks before and five months after the due date, and the new
 * resolution follows 1½–6½ months later. Where today falls in that cycle gives CERTIFICADA or
 * REVALIDADA (perhaps overdue, not yet opened) or EN_REVALIDACION.
 */
export function historySteps(municipalityName: string, m: Milestones, random: Random, today: Date): Step[] {
  const steps: Step[] = [];
  const municipality = `Municipalidad de ${municipalityName} (demostración)`;
  const push = (transition: TransitionName, to: AdhesionStatus, on: Date, actor: string, more: { reason?: string; resolution?: string } = {}) =>
    steps.push({ transition, from: steps.at(-1)?.to ?? "INTERESADA", to, on, at: officeHours(on, random), actor, reason: more.reason ?? null, resolution: more.resolution });
  // The portal keeps only the latest resolution on the adhesion; each certify event keeps its own.
  const certify = (to: AdhesionStatus, { on, resolution }: Certification) =>
    push("certify", to, on, nationalActor(on), { reason: `Resolución: ${resolution}.`, resolution });

  push("submitLetter", "CARTA_FIRMADA", m.letter, municipality);
  push("acceptLetter", "EN_IMPLEMENTACION", m.accepted, "Coordinación regional (demostración)");
  if (m.evaluationRequested) push("requestEvaluation", "EN_EVALUACION", m.evaluationRequested, municipality);
  if (m.certified) {
    certify("CERTIFICADA", m.certified);
    for (let current = m.certified.on; current <= today; ) {
      const due = revalidationDue(current);
      const opened = randomDay(random, addDays(due, -45), addDays(due, 150));
      current = randomDay(random, addDays(opened, 45), addDays(opened, 200));
      push("openRevalidation", "EN_REVALIDACION", opened, nationalActor(opened), { reason: "Revalidación bienal del Sello." });
      certify("REVALIDADA", { on: current, resolution: demoResolution(random, current) });
    }
  }
  if (m.withdrawn) push("withdraw", "RETIRADA", m.withdrawn.on, nationalActor(m.withdrawn.on), { reason: m.withdrawn.reason });
  return steps.filter((s) => s.on < today);
}

/** The adhesion columns that follow from the events: the latest certification counts, as in the portal. */
export function adhesionState(steps: Step[]) {
  const last = steps.at(-1)!;
  const certify = steps.findLast((s) => s.transition === "certify");
  return {
    status: last.to,
    statusSince: last.at,
    certificationResolution: certify?.resolution ?? null,
    certifiedOn: certify?.on ?? null,
    revalidationDueOn: certify ? revalidationDue(certify.on) : null,
  };
}
