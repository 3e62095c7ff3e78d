/** A municipality's new case lands in its own region's queue, and only there. */
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCase } from "./filing";
import { caseScope } from "./access";
import { demoPeople, freshRun, newCaseInput } from "./test-fixtures";

afterAll(async () => {
  await db.$disconnect();
});

describe("case routing", () => {
  it("gives a new case the region of its municipality, so it reaches that region's coordinators and no other", async () => {
    const people = await demoPeople();
    for (const officer of [people.carolina, people.matias]) {
      const filed = await createCase(officer, null, newCaseInput(freshRun()));
      const stored = await db.case.findUniqueOrThrow({ where: { id: filed.id }, select: { regionCode: true, municipality: { select: { regionCode: true } } } });
      expect(stored.regionCode).toBe(stored.municipality.regionCode);
      const own = officer === people.carolina ? people.rodrigo : people.fernanda;
      const other = officer === people.carolina ? people.fernanda : people.rodrigo;
      expect(await db.case.count({ where: { id: filed.id, ...caseScope(own) } })).toBe(1);
      expect(await db.case.count({ where: { id: filed.id, ...caseScope(other) } })).toBe(0);
      const notified = await db.notification.findMany({ where: { caseId: filed.id, kind: "CASE_SUBMITTED" }, select: { userId: true } });
      expect(notified.map((n) => n.userId)).toContain(own.id);
      expect(notified.map((n) => n.userId)).not.toContain(other.id);
    }
  });
});
