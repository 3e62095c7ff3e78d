/** Who adheres, when, and how far each one has come by the demo's today. Pure: no database. */
import { addDays, day, officeHours, randomDay } from "./calendar";
import { adhesionWeights, chooseFictionalMunicipalities } from "./choose";
import { DOCUMENTED, type Documented, METROPOLITAN, NOT_ADHERED, PROGRAMME, REGION_CAPS } from "./documented";
import { adhesionState, historySteps, inventMilestones, type Milestones, type Step } from "./history";
import { randomFor } from "./random";
import { assignLetterDates, lettersUpTo } from "./schedule";
import type { Place } from "./work-plan";

export type Municipality = Place & { population: number; foreigners: number | null };

export type AdhesionPlan = {
  place: Place;
  documented: boolean;
  /** Null for a municipality that is only interested: no letter, no events. */
  milestones: Milestones | null;
  steps: Step[];
  state: ReturnType<typeof adhesionState>;
};

/** Invented: the Región Metropolitana keeps growing slowly after June 2024 (37 → 39). */
const METROPOLITAN_AFTER_CUTOFF = 2;

/** Invented: a few municipalities leave after the administrations elected in October 2024 took office. */
const WITHDRAWALS = 3;
const WITHDRAWAL_REASON = "La administración municipal que asumió en diciembre de 2024 decidió no continuar en el programa (dato de demostración).";

/** Curacaví's interest was registered seven weeks before today: invented, after SERMIG trained the province (elmaipo.cl). */
const INTERESTED_DAYS_AGO = 51;
/** Invented: withdrawals between mid-January 2025 and two months before today. */
const WITHDRAWALS_FROM = day("2025-01-15");

function documentedMilestones(doc: Documented & { letter: Date }, attempt: number): Milestones {
  const random = randomFor("documented", doc.code, attempt);
  const accepted = randomDay(random, addDays(doc.letter, 14), addDays(doc.letter, 45));
  const certified = doc.certified ?? null;
  const evaluationRequested = certified && randomDay(random, addDays(certified.on, -150), addDays(certified.on, -60));
  return { letter: doc.letter, accepted, evaluationRequested, certified, withdrawn: null };
}

/** Documented histories must end where the sources leave them; draw again (deterministically) until they do. */
function documentedPlan(place: Place, doc: Documented & { letter: Date }, today: Date): AdhesionPlan {
  for (const status of doc.statuses) {
    for (let attempt = 0; attempt < 500; attempt++) {
      const milestones = documentedMilestones(doc, attempt);
      const steps = historySteps(place.name, milestones, randomFor("history", place.code, attempt), today);
      if (steps.at(-1)!.to === status) return { place, documented: true, milestones, steps, state: adhesionState(steps) };
    }
  }
  throw new Error(`Datos de demostración: no se logró una historia «${doc.statuses.join(" o ")}» para ${place.name}.`);
}

export function planAdhesions(municipalities: Municipality[], today: Date): AdhesionPlan[] {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const place = (code: string): Place => {
    const m = byCode.get(code);
    if (!m) throw new Error(`Datos de demostración: la municipalidad ${code} no existe.`);
    return { code: m.code, name: m.name, regionCode: m.regionCode };
  };
  const signed = DOCUMENTED.filter((d): d is Documented & { letter: Date } => d.letter !== null);
  const excluded = new Set([...DOCUMENTED.map((d) => d.code), ...NOT_ADHERED]);
  const weights = adhesionWeights(municipalities);
  const candidates = municipalities.filter((m) => !excluded.has(m.code)).map((m) => ({ code: m.code, regionCode: m.regionCode, weight: weights.get(m.code)! }));

  // The programme's June 2024 figures fix how many invented adherents join before and after it.
  const signedEarly = signed.filter((d) => d.letter <= PROGRAMME.cutoff);
  const metropolitanEarly = PROGRAMME.metropolitanByCutoff - signedEarly.filter((d) => place(d.code).regionCode === METROPOLITAN).length;
  const late = lettersUpTo(today, today) - PROGRAMME.lettersByCutoff - (signed.length - signedEarly.length);
  const chosen = chooseFictionalMunicipalities(
    candidates,
    {
      early: { metropolitan: metropolitanEarly, other: PROGRAMME.lettersByCutoff - signedEarly.length - metropolitanEarly },
      late: { metropolitan: METROPOLITAN_AFTER_CUTOFF, other: late - METROPOLITAN_AFTER_CUTOFF },
      regionCaps: REGION_CAPS,
    },
    randomFor("choose"),
  );
  const invented = [...chosen.early, ...chosen.late].map((c) => c.code);
  const letters = assignLetterDates(signed, invented, randomFor("letters"), today);

  const milestones = new Map(invented.map((code) => [code, inventMilestones(letters.get(code)!, place(code).regionCode, randomFor("milestones", code))]));
  // Withdrawals come after June 2024 and outside the RM and the capped regions, so the documented
  // counts hold whether one counts letters signed or municipalities still adhered.
  const leaving = invented.filter((code) => {
    const m = milestones.get(code)!;
    return !m.certified && m.letter < day("2024-01-01") && place(code).regionCode !== METROPOLITAN && !(place(code).regionCode in REGION_CAPS);
  });
  const withdrawalRandom = randomFor("withdrawals");
  for (const code of withdrawalRandom.sample(leaving, WITHDRAWALS)) {
    milestones.get(code)!.withdrawn = { on: randomDay(withdrawalRandom, WITHDRAWALS_FROM, addDays(today, -60)), reason: WITHDRAWAL_REASON };
  }

  return [
    ...signed.map((doc) => documentedPlan(place(doc.code), doc, today)),
    ...invented.map((code) => {
      const steps = historySteps(place(code).name, milestones.get(code)!, randomFor("history", code), today);
      return { place: place(code), documented: false, milestones: milestones.get(code)!, steps, state: adhesionState(steps) };
    }),
    ...DOCUMENTED.filter((d) => d.letter === null).map((d) => ({
      place: place(d.code),
      documented: true,
      milestones: null,
      steps: [],
      state: { status: d.statuses[0], statusSince: officeHours(addDays(today, -INTERESTED_DAYS_AGO), randomFor("interest", d.code)), certificationResolution: null, certifiedOn: null, revalidationDueOn: null },
    })),
  ];
}
