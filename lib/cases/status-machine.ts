import { RuleError } from "@/lib/errors";
import type { CaseStatus, Role } from "@/lib/generated/prisma/enums";
import { STATUS_LABELS } from "./catalogue";

/** Statuses in which SERMIG still owes an answer: the SLA clock runs (or is paused) and the case is in the queues. */
export const OPEN_STATUSES = ["INGRESADO", "EN_REVISION", "REQUIERE_INFO", "DERIVADO"] as const satisfies readonly CaseStatus[];
export const FINISHED_STATUSES = ["RESUELTO", "CERRADO"] as const satisfies readonly CaseStatus[];

/** What a step asks of the person taking it, besides the case and its version. */
export type TransitionNeed = "question" | "derivedTo" | "resolution" | "reason";

type Transition = {
  label: string;
  /** The button that takes the step. */
  button: string;
  roles: readonly Role[];
  /** from → to; a step may start from several statuses. */
  moves: Partial<Record<CaseStatus, CaseStatus>>;
  needs?: TransitionNeed;
};

const SERMIG: readonly Role[] = ["REGIONAL_COORDINATOR", "NATIONAL_ADMIN"];

/**
 * The life of a case after it is filed, in one place: which step leads where and who may take it.
 * Every step here is SERMIG's: the municipality files (BORRADOR → INGRESADO) and answers a request
 * for information (REQUIERE_INFO → EN_REVISION) through its own forms (lib/cases/filing.ts, conversation.ts).
 * Waiting on the municipality (REQUIERE_INFO) pauses the SLA clock; reopening starts a new one.
 */
export const CASE_TRANSITIONS = {
  startReview: { label: "pasar a revisión", button: "Pasar a revisión", roles: SERMIG, moves: { INGRESADO: "EN_REVISION" } },
  requestInfo: {
    label: "pedir información a la municipalidad",
    button: "Pedir información a la municipalidad",
    roles: SERMIG,
    moves: { INGRESADO: "REQUIERE_INFO", EN_REVISION: "REQUIERE_INFO", DERIVADO: "REQUIERE_INFO" },
    needs: "question",
  },
  resumeReview: {
    label: "retomar la revisión",
    button: "Retomar la revisión",
    roles: SERMIG,
    moves: { REQUIERE_INFO: "EN_REVISION", DERIVADO: "EN_REVISION" },
  },
  refer: {
    label: "derivar a otra institución",
    button: "Derivar",
    roles: SERMIG,
    moves: { INGRESADO: "DERIVADO", EN_REVISION: "DERIVADO" },
    needs: "derivedTo",
  },
  resolve: {
    label: "resolver",
    button: "Resolver el caso",
    roles: SERMIG,
    moves: { EN_REVISION: "RESUELTO", REQUIERE_INFO: "RESUELTO", DERIVADO: "RESUELTO" },
    needs: "resolution",
  },
  close: { label: "cerrar", button: "Cerrar el caso", roles: SERMIG, moves: { RESUELTO: "CERRADO" } },
  reopen: {
    label: "reabrir",
    button: "Reabrir el caso",
    roles: SERMIG,
    moves: { RESUELTO: "EN_REVISION", CERRADO: "EN_REVISION" },
    needs: "reason",
  },
} as const satisfies Record<string, Transition>;

export type CaseTransitionName = keyof typeof CASE_TRANSITIONS;
export const CASE_TRANSITION_NAMES = Object.keys(CASE_TRANSITIONS) as CaseTransitionName[];

/** Steps that need nothing typed, so they can be applied to many cases at once from the inbox. */
export const BULK_TRANSITIONS = CASE_TRANSITION_NAMES.filter((name) => !(CASE_TRANSITIONS[name] as Transition).needs);

/** The status a step leads to, or a Spanish refusal saying why not. */
export function nextCaseStatus(name: CaseTransitionName, from: CaseStatus, role: Role): CaseStatus {
  const transition: Transition = CASE_TRANSITIONS[name];
  if (!transition.roles.includes(role)) throw new RuleError(`Su rol no puede ${transition.label} un caso.`);
  const to = transition.moves[from];
  if (!to) throw new RuleError(`No se puede ${transition.label} un caso «${STATUS_LABELS[from]}».`);
  return to;
}

/** The steps a role can take now, for the buttons of the triage panel. */
export function availableCaseTransitions(from: CaseStatus, role: Role): CaseTransitionName[] {
  return CASE_TRANSITION_NAMES.filter((name) => {
    const transition: Transition = CASE_TRANSITIONS[name];
    return transition.roles.includes(role) && transition.moves[from] !== undefined;
  });
}

export function transitionNeeds(name: CaseTransitionName): TransitionNeed | undefined {
  return (CASE_TRANSITIONS[name] as Transition).needs;
}

/** How a resolved case ended, for reporting; the resolution text says the rest. */
export const OUTCOMES = {
  ORIENTACION: "Orientación entregada a la municipalidad",
  GESTION_SERMIG: "Resuelto por gestión de SERMIG",
  ATENDIDO_DERIVACION: "Atendido por la institución a la que se derivó",
  NO_CORRESPONDE: "No corresponde a SERMIG",
  SIN_RESPUESTA: "Sin respuesta de la municipalidad",
  DUPLICADO: "Duplicado de otro caso",
} as const;
export type Outcome = keyof typeof OUTCOMES;
export const OUTCOME_CODES = Object.keys(OUTCOMES) as Outcome[];
