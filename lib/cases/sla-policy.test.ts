import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { addWorkingDays } from "@/lib/sla/working-days";
import { defaultSla } from "./catalogue";
import { firstField, resolutionField, saveSlaTable, SLA_PRIORITIES, SLA_TYPES, slaTable, slaTableSchema } from "./sla-policy";

const admin: Viewer = { id: "sla-admin", name: "Administradora", run: "95000001-1", role: "NATIONAL_ADMIN", municipalityCode: null, regionCode: null };
const coordinator: Viewer = { id: "sla-coord", name: "Coordinador", run: "95000002-1", role: "REGIONAL_COORDINATOR", municipalityCode: null, regionCode: "13" };

/** The form as the page sends it: every cell, as text, with the values in force. */
function form(changes: Record<string, string> = {}): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const type of SLA_TYPES) {
    for (const priority of SLA_PRIORITIES) {
      const [first, resolution] = defaultSla(type, priority);
      fields[firstField(type, priority)] = String(first);
      fields[resolutionField(type, priority)] = String(resolution);
    }
  }
  return { ...fields, ...changes };
}

const errorsOf = (input: Record<string, unknown>) => {
  const result = slaTableSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

afterAll(async () => {
  await db.$disconnect();
});

describe("SLA table", () => {
  it("accepts whole days from 1 to 60 with the first answer due no later than the resolution", () => {
    expect(errorsOf(form())).toEqual({});
    const first = firstField("NNA", "URGENTE");
    const resolution = resolutionField("NNA", "URGENTE");
    expect(errorsOf(form({ [first]: "0" }))).toEqual({ [first]: "Entre 1 y 60 días." });
    expect(errorsOf(form({ [resolution]: "61" }))).toEqual({ [resolution]: "Entre 1 y 60 días." });
    expect(errorsOf(form({ [first]: "1.5" }))).toEqual({ [first]: "Use días enteros, entre 1 y 60." });
    expect(errorsOf(form({ [first]: "abc" }))).toEqual({ [first]: "Entre 1 y 60 días." });
    expect(errorsOf(form({ [first]: "6", [resolution]: "5" }))).toEqual({ [first]: "No puede ser mayor que el plazo de resolución." });
    expect(errorsOf(form({ [first]: "5", [resolution]: "5" }))).toEqual({});
    const incomplete = form();
    delete incomplete[first];
    expect(Object.keys(errorsOf(incomplete))).toEqual([first]);
    expect(Object.keys(errorsOf({ ...form(), extra: "1" }))).toEqual([""]);
  });

  it("saves the changed cells, recomputes the deadlines of open cases of those cells, and audits the change", async () => {
    const id = randomUUID();
    const submittedAt = new Date(Date.now() - 86_400_000);
    await db.case.create({
      data: {
        id,
        folio: "SM-2096-000001",
        municipalityCode: "13501",
        regionCode: "13",
        type: "REFUGIO",
        status: "EN_REVISION",
        priority: "BAJA",
        suggestedPriority: "BAJA",
        typeDetails: {},
        summary: "Refugio",
        description: "Descripción",
        sensitive: false,
        createdById: "fixture",
        idempotencyKey: id,
        submittedAt,
        firstResponseAt: submittedAt,
        firstResponseDueAt: addWorkingDays(submittedAt, 10),
        resolutionDueAt: addWorkingDays(submittedAt, 20),
      },
    });

    const result = await saveSlaTable(admin, null, slaTableSchema.parse(form({ [firstField("REFUGIO", "BAJA")]: "3", [resolutionField("REFUGIO", "BAJA")]: "7" })));
    expect(result.changed).toBe(1);
    expect(result.casesUpdated).toBeGreaterThanOrEqual(1);
    expect(await db.slaPolicy.findUnique({ where: { type_priority: { type: "REFUGIO", priority: "BAJA" } }, select: { firstResponseDays: true, resolutionDays: true } })).toEqual({ firstResponseDays: 3, resolutionDays: 7 });
    const row = await db.case.findUniqueOrThrow({ where: { id } });
    expect(row.resolutionDueAt).toEqual(addWorkingDays(submittedAt, 7));
    // The first answer was given: its deadline stays the one it was measured against.
    expect(row.firstResponseDueAt).toEqual(addWorkingDays(submittedAt, 10));
    expect(await db.auditEvent.count({ where: { action: "sla.update", actorId: admin.id } })).toBe(1);

    const table = await slaTable(admin);
    expect(table).toHaveLength(SLA_TYPES.length * SLA_PRIORITIES.length);
    expect(table.find((c) => c.type === "REFUGIO" && c.priority === "BAJA")).toMatchObject({ firstResponseDays: 3, resolutionDays: 7, custom: true });

    // Saving the same table again changes nothing and records nothing.
    expect(await saveSlaTable(admin, null, slaTableSchema.parse(form({ [firstField("REFUGIO", "BAJA")]: "3", [resolutionField("REFUGIO", "BAJA")]: "7" })))).toEqual({ changed: 0, casesUpdated: 0 });
    expect(await db.auditEvent.count({ where: { action: "sla.update", actorId: admin.id } })).toBe(1);
  });

  it("does not exist for anyone but national admins", async () => {
    await expect(slaTable(coordinator)).rejects.toThrow(NotFoundError);
    await expect(saveSlaTable(coordinator, null, slaTableSchema.parse(form()))).rejects.toThrow(NotFoundError);
  });
});
