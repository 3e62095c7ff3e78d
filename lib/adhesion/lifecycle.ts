import { RuleError } from "@/lib/errors";
import type { AdhesionStatus, Role } from "@/lib/generated/prisma/enums";

export const STATUS_LABELS: Record<AdhesionStatus, string> = {
  INTERESADA: "Interesada",
  CARTA_FIRMADA: "Carta firmada",
  EN_IMPLEMENTACION: "En implementación",
  EN_EVALUACION: "En evaluación",
  CERTIFICADA: "Certificada",
  EN_REVALIDACION: "En revalidación",
  REVALIDADA: "Revalidada",
  RETIRADA: "Retirada",
};

/** Statuses in which a municipality counts as adhered: it signed the letter and has not withdrawn. */
export const ADHERED: AdhesionStatus[] = ["CARTA_FIRMADA", "EN_IMPLEMENTACION", "EN_EVALUACION", "CERTIFICADA", "EN_REVALIDACION", "REVALIDADA"];

type Transition = {
  label: string;
  roles: Role[];
  /** from → to; a transition may start from several statuses. */
  moves: Partial<Record<AdhesionStatus, AdhesionStatus>>;
  needsReason?: boolean;
  needsResolution?: boolean;
};

/**
 * The adhesion lifecycle in one place: which step leads where, and who may take it. Letters are
 * submitted through their own form (they carry a file) but follow the same table.
 */
export const TRANSITIONS = {
  submitLetter: { label: "enviar la carta de compromiso", roles: ["MUNICIPAL_OFFICER"], moves: { INTERESADA: "CARTA_FIRMADA" } },
  acceptLetter: { label: "aceptar la carta", roles: ["REGIONAL_COORDINATOR"], moves: { CARTA_FIRMADA: "EN_IMPLEMENTACION" } },
  returnWithObservations: {
    label: "devolver con observaciones",
    roles: ["REGIONAL_COORDINATOR"],
    moves: { CARTA_FIRMADA: "INTERESADA", EN_EVALUACION: "EN_IMPLEMENTACION" },
    needsReason: true,
  },
  requestEvaluation: { label: "pedir la evaluación", roles: ["MUNICIPAL_OFFICER"], moves: { EN_IMPLEMENTACION: "EN_EVALUACION" } },
  sendToEvaluation: { label: "enviar a evaluación", roles: ["REGIONAL_COORDINATOR"], moves: { EN_IMPLEMENTACION: "EN_EVALUACION" } },
  certify: {
    label: "certificar",
    roles: ["NATIONAL_ADMIN"],
    moves: { EN_EVALUACION: "CERTIFICADA", EN_REVALIDACION: "REVALIDADA" },
    needsResolution: true,
  },
  openRevalidation: { label: "abrir la revalidación", roles: ["NATIONAL_ADMIN"], moves: { CERTIFICADA: "EN_REVALIDACION", REVALIDADA: "EN_REVALIDACION" } },
  withdraw: {
    label: "marcar como retirada",
    roles: ["NATIONAL_ADMIN"],
    moves: {
      INTERESADA: "RETIRADA",
      CARTA_FIRMADA: "RETIRADA",
      EN_IMPLEMENTACION: "RETIRADA",
      EN_EVALUACION: "RETIRADA",
      CERTIFICADA: "RETIRADA",
      EN_REVALIDACION: "RETIRADA",
      REVALIDADA: "RETIRADA",
    },
    needsReason: true,
  },
} as const satisfies Record<string, Transition>;

export type TransitionName = keyof typeof TRANSITIONS;
export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as TransitionName[];

/** The status a transition leads to, or a Spanish refusal saying why not. */
export function nextStatus(name: TransitionName, from: AdhesionStatus, role: Role): AdhesionStatus {
  const transition: Transition = TRANSITIONS[name];
  if (!transition.roles.includes(role)) throw new RuleError(`Su rol no puede ${transition.label}.`);
  const to = transition.moves[from];
  if (!to) throw new RuleError(`No se puede ${transition.label} cuando la adhesión está «${STATUS_LABELS[from]}».`);
  return to;
}

/** The steps taken with a button on the adhesion file (the letter has a form of its own). */
export type StepName = Exclude<TransitionName, "submitLetter">;

/** The steps a role can take now, for the buttons on the adhesion file. */
export function availableTransitions(from: AdhesionStatus, role: Role): StepName[] {
  return TRANSITION_NAMES.filter((name): name is StepName => {
    const transition: Transition = TRANSITIONS[name];
    return name !== "submitLetter" && transition.roles.includes(role) && transition.moves[from] !== undefined;
  });
}

export function transitionNeeds(name: TransitionName): { reason: boolean; resolution: boolean } {
  const transition: Transition = TRANSITIONS[name];
  return { reason: Boolean(transition.needsReason), resolution: Boolean(transition.needsResolution) };
}

/** What the municipality should do next, in plain words. */
export function nextStepFor(status: AdhesionStatus | null): string {
  switch (status) {
    case null:
    case "INTERESADA":
      return "Suba la carta de compromiso firmada por la alcaldesa o el alcalde, con el acuerdo del concejo municipal.";
    case "CARTA_FIRMADA":
      return "La coordinación regional de SERMIG revisa la carta.";
    case "EN_IMPLEMENTACION":
      return "Desarrolle el plan de trabajo en las cinco líneas. Cuando esté lista, pida la evaluación.";
    case "EN_EVALUACION":
      return "El comité calificador evalúa el trabajo de la municipalidad.";
    case "CERTIFICADA":
    case "REVALIDADA":
      return "El Sello está vigente. Se revalida cada dos años.";
    case "EN_REVALIDACION":
      return "El Sello está en proceso de revalidación.";
    case "RETIRADA":
      return "La municipalidad se retiró del programa.";
  }
}

/** The work plan can be written and reviewed from the letter on, until the municipality withdraws. */
export function planIsOpen(status: AdhesionStatus | null | undefined): boolean {
  return Boolean(status && ADHERED.includes(status));
}

/** Certification lasts two years; the revalidation falls due on the same day two years later. */
export function revalidationDue(certifiedOn: Date): Date {
  const due = new Date(certifiedOn);
  due.setUTCFullYear(due.getUTCFullYear() + 2);
  return due;
}
