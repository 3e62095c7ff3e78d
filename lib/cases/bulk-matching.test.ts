import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { stopJobQueue } from "@/lib/jobs/boss";
import { insertFixtureCase } from "./test-fixtures";
import { BULK_MATCHING_MAX, bulkChangePriority, bulkChangeStatus, bulkPrioritySchema, bulkStatusSchema, bulkUnassign, bulkUnassignSchema } from "./bulk";

// Fixtures of their own (folios SM-2073-…), each test under a word of its own so the filters find only its cases.

const insertCase = (data: Partial<Prisma.CaseUncheckedCreateInput> = {}) => insertFixtureCase(2073, data);
const word = () => `lote${randomUUID().replace(/[^a-f]/g, "").slice(0, 10)}`;

let coordinator: Viewer;
let colleague: Viewer;

beforeAll(async () => {
  const user = (run: string) =>
    db.user.upsert({
      where: { run },
      create: { run, name: `Prueba ${run}`, role: "REGIONAL_COORDINATOR", regionCode: "13" },
      update: { role: "REGIONAL_COORDINATOR", regionCode: "13", active: true },
      select: { id: true, name: true, run: true, role: true, municipalityCode: true, regionCode: true },
    });
  coordinator = await user("93000011-1");
  colleague = await user("93000012-1");
});

afterAll(async () => {
  await stopJobQueue();
  await db.$disconnect();
});

async function insertMany(count: number, summary: string, data: Partial<Prisma.CaseUncheckedCreateInput> = {}) {
  const cases = [];
  for (let i = 0; i < count; i++) cases.push(await insertCase({ summary, ...data }));
  return cases;
}

describe("bulk over every case that matches the inbox's filters", () => {
  it("changes the priority of the 64 matching cases, reports the one changed after the selection and leaves it alone", async () => {
    const token = word();
    const cases = await insertMany(64, `Consulta ${token}`);
    const elsewhere = await insertCase({ summary: `Consulta ${token}`, municipalityCode: "02101", regionCode: "02" });
    const selectedAt = new Date();
    // Someone else takes one of them between the page being drawn and the confirmation.
    const touched = cases[10];
    await db.case.update({ where: { id: touched.id }, data: { assigneeId: colleague.id, version: { increment: 1 } } });

    const input = bulkPrioritySchema.parse({ filtros: `vista=abiertos&q=${token}`, seleccion: selectedAt.toISOString(), esperados: "64", priority: "ALTA" });
    const result = await bulkChangePriority(coordinator, null, input);

    expect(result).toMatchObject({ applied: 63, failed: 1, matching: { expected: 64, now: 64 } });
    expect(result.results).toHaveLength(64);
    expect(result.results.find((r) => r.caseId === touched.id)).toEqual({
      caseId: touched.id,
      folio: touched.folio,
      ok: false,
      message: "Cambió después de que usted hizo la selección; no se modificó. Revíselo antes de volver a intentarlo.",
    });
    const rows = await db.case.findMany({ where: { id: { in: [...cases.map((c) => c.id), elsewhere.id] } }, select: { id: true, priority: true } });
    const priority = new Map(rows.map((r) => [r.id, r.priority]));
    expect(cases.filter((c) => priority.get(c.id) === "ALTA")).toHaveLength(63);
    expect(priority.get(touched.id)).toBe("MEDIA");
    // Another region's case matches the words but not the coordinator's territory.
    expect(priority.get(elsewhere.id)).toBe("MEDIA");
    expect(result.results.some((r) => r.caseId === elsewhere.id)).toBe(false);
    // Each change is audited and on the case's timeline, as a single change is.
    expect(await db.auditEvent.count({ where: { action: "case.priority", entityId: { in: cases.map((c) => c.id) }, actorId: coordinator.id } })).toBe(63);
    expect(await db.caseEvent.count({ where: { caseId: touched.id } })).toBe(0);
  });

  it("takes the cases that match at confirmation, says how many stopped matching and why single cases were refused", async () => {
    const token = word();
    const waiting = await insertMany(3, `Regularización ${token}`, { status: "EN_REVISION" });
    const selectedAt = new Date();
    const closedMeanwhile = await insertCase({ summary: `Regularización ${token}`, status: "CERRADO" });
    expect(closedMeanwhile).toBeDefined();
    // One of the four the page counted was resolved since: it no longer matches "abiertos".
    await db.case.update({ where: { id: waiting[0].id }, data: { status: "RESUELTO", version: { increment: 1 } } });
    const fresh = await insertCase({ summary: `Regularización ${token}`, submittedAt: new Date(selectedAt.getTime() - 1000), updatedAt: new Date(selectedAt.getTime() - 1000) });

    const input = bulkStatusSchema.parse({ filtros: `q=${token}`, seleccion: selectedAt.toISOString(), esperados: "4", transition: "startReview" });
    const result = await bulkChangeStatus(coordinator, null, input);

    expect(result.matching).toEqual({ expected: 4, now: 3 });
    const byId = new Map(result.results.map((r) => [r.caseId, r]));
    expect(byId.get(fresh.id)).toMatchObject({ ok: true });
    expect(byId.get(waiting[1].id)).toMatchObject({ ok: false, message: "No se puede pasar a revisión un caso «En revisión»." });
    expect(byId.has(waiting[0].id)).toBe(false);
    expect(byId.has(closedMeanwhile.id)).toBe(false);
  });

  it("unassigns every matching case in one step", async () => {
    const token = word();
    const cases = await insertMany(3, `Consulta ${token}`, { assigneeId: colleague.id });
    const input = bulkUnassignSchema.parse({ filtros: `q=${token}&asignada=${colleague.id}`, seleccion: new Date().toISOString() });
    const result = await bulkUnassign(coordinator, null, input);
    expect(result).toMatchObject({ applied: 3, failed: 0 });
    expect(await db.case.count({ where: { id: { in: cases.map((c) => c.id) }, assigneeId: null } })).toBe(3);
  });

  it(`refuses, in Spanish and changing nothing, when more than ${BULK_MATCHING_MAX} cases match`, async () => {
    const token = word();
    const rows = Array.from({ length: BULK_MATCHING_MAX + 1 }, (_, i) => {
      const id = randomUUID();
      return {
        id, folio: `SM-2074-${String(i + 1).padStart(6, "0")}`, municipalityCode: "13501", regionCode: "13", type: "CONSULTA" as const, status: "INGRESADO" as const,
        priority: "MEDIA" as const, suggestedPriority: "MEDIA" as const, typeDetails: {}, summary: `Consulta ${token}`, description: "Descripción de prueba.",
        sensitive: false, createdById: "fixture", idempotencyKey: id, submittedAt: new Date(),
      };
    });
    await db.case.createMany({ data: rows });
    const input = bulkPrioritySchema.parse({ filtros: `q=${token}`, seleccion: new Date().toISOString(), priority: "BAJA" });
    await expect(bulkChangePriority(coordinator, null, input)).rejects.toThrow("Coinciden 501 casos y una acción masiva se aplica a 500 como máximo.");
    expect(await db.case.count({ where: { summary: `Consulta ${token}`, priority: "BAJA" } })).toBe(0);
  });

  it("needs the moment of the selection, and never both checked rows and every match", () => {
    const id = `${randomUUID()}:1`;
    expect(bulkPrioritySchema.safeParse({ filtros: "q=x", priority: "ALTA" }).success).toBe(false);
    expect(bulkPrioritySchema.safeParse({ filtros: "q=x", seleccion: new Date().toISOString(), casos: id, priority: "ALTA" }).success).toBe(false);
    expect(bulkPrioritySchema.safeParse({ casos: id, priority: "ALTA" }).success).toBe(true);
  });
});
