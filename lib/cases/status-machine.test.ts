import { describe, expect, it } from "vitest";
import { RuleError } from "@/lib/errors";
import { CaseStatus, Role } from "@/lib/generated/prisma/enums";
import { availableCaseTransitions, BULK_TRANSITIONS, CASE_TRANSITION_NAMES, CASE_TRANSITIONS, nextCaseStatus, OPEN_STATUSES, transitionNeeds } from "./status-machine";

const STATUSES = Object.values(CaseStatus);
const ROLES = Object.values(Role);

describe("case status table", () => {
  it("follows the path INGRESADO → EN_REVISION → REQUIERE_INFO → DERIVADO → RESUELTO → CERRADO, and reopens to EN_REVISION", () => {
    const coordinator = "REGIONAL_COORDINATOR";
    expect(nextCaseStatus("startReview", "INGRESADO", coordinator)).toBe("EN_REVISION");
    expect(nextCaseStatus("requestInfo", "EN_REVISION", coordinator)).toBe("REQUIERE_INFO");
    expect(nextCaseStatus("resumeReview", "REQUIERE_INFO", coordinator)).toBe("EN_REVISION");
    expect(nextCaseStatus("refer", "EN_REVISION", coordinator)).toBe("DERIVADO");
    expect(nextCaseStatus("resolve", "DERIVADO", coordinator)).toBe("RESUELTO");
    expect(nextCaseStatus("close", "RESUELTO", coordinator)).toBe("CERRADO");
    expect(nextCaseStatus("reopen", "CERRADO", coordinator)).toBe("EN_REVISION");
    expect(nextCaseStatus("reopen", "RESUELTO", "NATIONAL_ADMIN")).toBe("EN_REVISION");
  });

  it("refuses, in Spanish, every step the table does not give to that role from that status", () => {
    let refused = 0;
    for (const name of CASE_TRANSITION_NAMES) {
      for (const from of STATUSES) {
        for (const role of ROLES) {
          const transition = CASE_TRANSITIONS[name];
          const allowed = (transition.roles as readonly string[]).includes(role) && from in transition.moves;
          if (allowed) expect(nextCaseStatus(name, from, role)).toBe((transition.moves as Record<string, string>)[from]);
          else {
            expect(() => nextCaseStatus(name, from, role), `${name} desde ${from} como ${role}`).toThrow(RuleError);
            refused++;
          }
        }
      }
    }
    expect(refused).toBeGreaterThan(100);
  });

  it("gives the municipality no triage step and leaves drafts alone", () => {
    for (const status of STATUSES) expect(availableCaseTransitions(status, "MUNICIPAL_OFFICER")).toEqual([]);
    for (const role of ROLES) expect(availableCaseTransitions("BORRADOR", role)).toEqual([]);
  });

  it("never leads into a draft, and every open status has a way forward", () => {
    for (const name of CASE_TRANSITION_NAMES) expect(Object.values(CASE_TRANSITIONS[name].moves)).not.toContain("BORRADOR");
    for (const status of OPEN_STATUSES) expect(availableCaseTransitions(status, "REGIONAL_COORDINATOR").length).toBeGreaterThan(0);
  });

  it("asks for what each step needs, and offers in bulk only the steps that need nothing typed", () => {
    expect(transitionNeeds("requestInfo")).toBe("question");
    expect(transitionNeeds("refer")).toBe("derivedTo");
    expect(transitionNeeds("resolve")).toBe("resolution");
    expect(transitionNeeds("reopen")).toBe("reason");
    expect([...BULK_TRANSITIONS].sort()).toEqual(["close", "resumeReview", "startReview"]);
  });
});
