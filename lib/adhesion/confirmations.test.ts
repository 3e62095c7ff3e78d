import { describe, expect, it } from "vitest";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import { transitionConfirmation, type AdhesionFacts } from "./confirmations";
import { STATUS_LABELS, TRANSITION_NAMES, type StepName } from "./lifecycle";

const actions = (...reviews: ReviewStatus[]) => reviews.map((review) => ({ review }));

const melipilla: AdhesionFacts = {
  municipalityName: "Melipilla",
  to: "EN_EVALUACION",
  lines: [
    { title: "Institucionalidad", actions: actions("APPROVED", "APPROVED", "PENDING") },
    { title: "Capacitaciones", actions: actions("APPROVED", "RETURNED", "DRAFT", "DRAFT") },
    { title: "Políticas públicas locales", actions: actions("PENDING", "DRAFT", "DRAFT", "DRAFT") },
    { title: "Regularidad migratoria", actions: [] },
    { title: "Asociatividad y participación", actions: [] },
  ],
  hasOfficial: false,
  trainings: 0,
};

describe("adhesion step confirmations", () => {
  it("asking for evaluation says what the plan holds and what is missing, from the data", () => {
    const confirmation = transitionConfirmation("requestEvaluation", melipilla);
    expect(confirmation.title).toBe("¿Pedir la evaluación del Sello?");
    expect(confirmation.body).toContain("«En evaluación»");
    expect(confirmation.details).toEqual([
      "3 de 11 acciones aprobadas",
      "2 acciones esperan la revisión de la coordinación",
      "1 acción devuelta sigue sin corregir",
      "5 acciones no tienen medios de verificación",
      "Sin acciones en las líneas Regularidad migratoria, Asociatividad y participación",
      "Falta la persona o unidad designada (línea 1)",
      "No hay capacitaciones registradas (línea 2)",
      "La coordinación puede devolver la solicitud con observaciones",
    ]);
  });

  it("a complete plan lists only its figures", () => {
    const complete: AdhesionFacts = { ...melipilla, lines: melipilla.lines.map((line) => ({ ...line, actions: actions("APPROVED") })), hasOfficial: true, trainings: 2 };
    expect(transitionConfirmation("certify", { ...complete, to: "CERTIFICADA" }).details).toEqual(["5 de 5 acciones aprobadas"]);
    const empty: AdhesionFacts = { ...complete, lines: complete.lines.map((line) => ({ ...line, actions: [] })) };
    expect(transitionConfirmation("sendToEvaluation", empty).details?.[0]).toBe("El plan de trabajo no tiene acciones");
  });

  it("every step on the adhesion file has a title naming it and says where the adhesion goes", () => {
    const steps = TRANSITION_NAMES.filter((name): name is StepName => name !== "submitLetter");
    for (const step of steps) {
      const confirmation = transitionConfirmation(step, { ...melipilla, to: "CERTIFICADA" });
      expect(confirmation.title, step).toMatch(/^¿.+\?$/);
      expect(confirmation.body, step).toContain(`«${STATUS_LABELS.CERTIFICADA}»`);
      expect(confirmation.confirmLabel, step).toBeTruthy();
    }
    // Steps that take something away are shown as such; the others as the primary action.
    expect(transitionConfirmation("withdraw", melipilla).tone ?? "danger").toBe("danger");
    expect(transitionConfirmation("returnWithObservations", melipilla).tone ?? "danger").toBe("danger");
    expect(transitionConfirmation("requestEvaluation", melipilla).tone).toBe("primary");
  });
});
