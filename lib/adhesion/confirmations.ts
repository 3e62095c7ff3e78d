import type { Confirmation } from "@/components/ui/confirm-dialog";
import { formatNumber } from "@/lib/format";
import type { AdhesionStatus, ReviewStatus } from "@/lib/generated/prisma/enums";
import { STATUS_LABELS, type StepName } from "./lifecycle";

/** What the adhesion file knows when a step is about to be taken: enough to say what is still missing. */
export type AdhesionFacts = {
  municipalityName: string;
  to: AdhesionStatus;
  lines: { title: string; actions: { review: ReviewStatus }[] }[];
  hasOfficial: boolean;
  trainings: number;
};

const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** The state of the work plan in a few lines, for the steps that judge it. */
export function workPlanFacts({ lines, hasOfficial, trainings }: AdhesionFacts): string[] {
  const actions = lines.flatMap((line) => line.actions);
  const approved = actions.filter((a) => a.review === "APPROVED").length;
  const pending = actions.filter((a) => a.review === "PENDING").length;
  const returned = actions.filter((a) => a.review === "RETURNED").length;
  const drafts = actions.filter((a) => a.review === "DRAFT").length;
  const empty = lines.filter((line) => line.actions.length === 0).map((line) => line.title);
  const facts = [actions.length === 0 ? "El plan de trabajo no tiene acciones" : `${formatNumber(approved)} de ${count(actions.length, "acción aprobada", "acciones aprobadas")}`];
  if (pending > 0) facts.push(`${count(pending, "acción espera", "acciones esperan")} la revisión de la coordinación`);
  if (returned > 0) facts.push(`${count(returned, "acción devuelta sigue", "acciones devueltas siguen")} sin corregir`);
  if (drafts > 0) facts.push(`${count(drafts, "acción no tiene", "acciones no tienen")} medios de verificación`);
  if (empty.length > 0) facts.push(`${empty.length === 1 ? "Sin acciones en la línea" : "Sin acciones en las líneas"} ${empty.join(", ")}`);
  if (!hasOfficial) facts.push("Falta la persona o unidad designada (línea 1)");
  if (trainings === 0) facts.push("No hay capacitaciones registradas (línea 2)");
  return facts;
}

/**
 * The question asked before each step of the adhesion lifecycle. None of them can be taken back by the
 * person who takes it, so each says where the adhesion goes, who acts next and, where the plan is
 * judged, what it holds today. (The letter has its own form, and the coordination can return it.)
 */
export function transitionConfirmation(step: StepName, facts: AdhesionFacts): Confirmation {
  const next = `La adhesión pasará a «${STATUS_LABELS[facts.to]}».`;
  const of = `la Municipalidad de ${facts.municipalityName}`;
  switch (step) {
    case "requestEvaluation":
      return {
        title: "¿Pedir la evaluación del Sello?",
        body: `${next} La coordinación regional y el comité calificador revisarán el plan de trabajo tal como está hoy; usted no puede retirar la solicitud.`,
        details: [...workPlanFacts(facts), "La coordinación puede devolver la solicitud con observaciones"],
        confirmLabel: "Pedir la evaluación",
        tone: "primary",
      };
    case "sendToEvaluation":
      return {
        title: `¿Enviar a evaluación a ${of}?`,
        body: `${next} El comité calificador revisará el plan de trabajo tal como está hoy.`,
        details: workPlanFacts(facts),
        confirmLabel: "Enviar a evaluación",
        tone: "primary",
      };
    case "acceptLetter":
      return {
        title: `¿Aceptar la carta de compromiso de ${of}?`,
        body: `${next} Se abre su plan de trabajo en las cinco líneas de acción y la municipalidad cuenta como adherida.`,
        confirmLabel: "Aceptar la carta",
        tone: "primary",
      };
    case "returnWithObservations":
      return {
        title: `¿Devolver la adhesión de ${of} con observaciones?`,
        body: `${next} La municipalidad verá sus observaciones y deberá responderlas antes de volver a avanzar.`,
        confirmLabel: "Devolver con observaciones",
      };
    case "certify":
      return {
        title: `¿Certificar a ${of}?`,
        body: `${next} La resolución queda en el expediente y la revalidación vence dos años después de su fecha.`,
        details: workPlanFacts(facts),
        confirmLabel: "Certificar",
        tone: "primary",
      };
    case "openRevalidation":
      return {
        title: `¿Abrir la revalidación de ${of}?`,
        body: `${next} El Sello vigente deberá certificarse de nuevo.`,
        confirmLabel: "Abrir la revalidación",
        tone: "primary",
      };
    case "withdraw":
      return {
        title: `¿Marcar a ${of} como retirada?`,
        body: `${next} Deja de contar como adherida y su plan de trabajo se cierra. El retiro no se puede deshacer en el portal.`,
        confirmLabel: "Marcar como retirada",
      };
  }
}
