import { describe, expect, it } from "vitest";
import { RuleError } from "@/lib/errors";
import { AdhesionStatus, Role } from "@/lib/generated/prisma/enums";
import { availableTransitions, nextStatus, revalidationDue, TRANSITION_NAMES, TRANSITIONS } from "./lifecycle";

const STATUSES = Object.values(AdhesionStatus);
const ROLES = Object.values(Role);

describe("adhesion lifecycle", () => {
  it("follows the programme's path from interest to revalidation", () => {
    expect(nextStatus("submitLetter", "INTERESADA", "MUNICIPAL_OFFICER")).toBe("CARTA_FIRMADA");
    expect(nextStatus("acceptLetter", "CARTA_FIRMADA", "REGIONAL_COORDINATOR")).toBe("EN_IMPLEMENTACION");
    expect(nextStatus("requestEvaluation", "EN_IMPLEMENTACION", "MUNICIPAL_OFFICER")).toBe("EN_EVALUACION");
    expect(nextStatus("returnWithObservations", "EN_EVALUACION", "REGIONAL_COORDINATOR")).toBe("EN_IMPLEMENTACION");
    expect(nextStatus("certify", "EN_EVALUACION", "NATIONAL_ADMIN")).toBe("CERTIFICADA");
    expect(nextStatus("openRevalidation", "CERTIFICADA", "NATIONAL_ADMIN")).toBe("EN_REVALIDACION");
    expect(nextStatus("certify", "EN_REVALIDACION", "NATIONAL_ADMIN")).toBe("REVALIDADA");
    expect(nextStatus("withdraw", "EN_IMPLEMENTACION", "NATIONAL_ADMIN")).toBe("RETIRADA");
  });

  it("refuses, with a Spanish reason, every move the table does not list", () => {
    let refused = 0;
    for (const name of TRANSITION_NAMES) {
      for (const from of STATUSES) {
        for (const role of ROLES) {
          const allowed = (TRANSITIONS[name].roles as readonly string[]).includes(role) && from in TRANSITIONS[name].moves;
          if (allowed) continue;
          expect(() => nextStatus(name, from, role), `${name} ${from} ${role}`).toThrow(RuleError);
          refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(150);
    expect(() => nextStatus("certify", "EN_EVALUACION", "REGIONAL_COORDINATOR")).toThrow("Su rol no puede certificar.");
    expect(() => nextStatus("certify", "EN_IMPLEMENTACION", "NATIONAL_ADMIN")).toThrow("No se puede certificar cuando la adhesión está «En implementación».");
  });

  it("offers each role only its own next steps", () => {
    expect(availableTransitions("CARTA_FIRMADA", "REGIONAL_COORDINATOR")).toEqual(["acceptLetter", "returnWithObservations"]);
    expect(availableTransitions("CARTA_FIRMADA", "MUNICIPAL_OFFICER")).toEqual([]);
    expect(availableTransitions("EN_EVALUACION", "NATIONAL_ADMIN")).toEqual(["certify", "withdraw"]);
    expect(availableTransitions("RETIRADA", "NATIONAL_ADMIN")).toEqual([]);
  });

  it("sets the revalidation two years after certification", () => {
    expect(revalidationDue(new Date("2024-12-13T00:00:00Z")).toISOString().slice(0, 10)).toBe("2026-12-13");
    expect(revalidationDue(new Date("2024-02-29T00:00:00Z")).toISOString().slice(0, 10)).toBe("2026-03-01");
  });
});
