import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { stopJobQueue } from "@/lib/jobs/boss";
import { insertFixtureCase } from "./test-fixtures";
import { bulkAssign, bulkAssignSchema, bulkChangeStatus, bulkStatusSchema } from "./bulk";

// Fixtures of their own (folios SM-2093-…).

const insertCase = (data: Partial<Prisma.CaseUncheckedCreateInput> = {}) => insertFixtureCase(2093, data);

let coordinator: Viewer;
let colleague: Viewer;
let northCoordinator: Viewer;

beforeAll(async () => {
  const user = (run: string, regionCode: string) =>
    db.user.upsert({
      where: { run },
      create: { run, name: `Prueba ${run}`, role: "REGIONAL_COORDINATOR", regionCode },
      update: { role: "REGIONAL_COORDINATOR", regionCode, active: true },
      select: { id: true, name: true, run: true, role: true, municipalityCode: true, regionCode: true },
    });
  coordinator = await user("93000001-1", "13");
  colleague = await user("93000002-1", "13");
  northCoordinator = await user("93000003-1", "02");
});

afterAll(async () => {
  await stopJobQueue();
  await db.$disconnect();
});

const pick = (...cases: { id: string; version: number }[]) => cases.map((c) => `${c.id}:${c.version}`);

describe("bulk changes from the inbox", () => {
  it("applies the status change to the cases it can and says, per folio, why the others failed", async () => {
    const fresh = await insertCase();
    const alsoFresh = await insertCase();
    const stale = await insertCase();
    await db.case.update({ where: { id: stale.id }, data: { version: 2 } });
    const closed = await insertCase({ status: "CERRADO" });
    const north = await insertCase({ municipalityCode: "02101", regionCode: "02" });

    const input = bulkStatusSchema.parse({ casos: pick(fresh, stale, closed, north, alsoFresh), transition: "startReview" });
    const result = await bulkChangeStatus(coordinator, null, input);

    expect(result).toMatchObject({ applied: 2, failed: 3 });
    const byId = Object.fromEntries(result.results.map((r) => [r.caseId, r]));
    expect(byId[fresh.id]).toEqual({ caseId: fresh.id, folio: fresh.folio, ok: true });
    expect(byId[stale.id]).toMatchObject({ folio: stale.folio, ok: false, message: "Otra persona lo modificó después de que usted cargó la lista." });
    expect(byId[closed.id]).toMatchObject({ folio: closed.folio, ok: false, message: "No se puede pasar a revisión un caso «Cerrado»." });
    // A case from another region is reported without its folio, as if it did not exist.
    expect(byId[north.id]).toEqual({ caseId: north.id, folio: null, ok: false, message: "No encontramos ese caso." });

    const statuses = await db.case.findMany({ where: { id: { in: [fresh.id, alsoFresh.id, stale.id, closed.id, north.id] } }, select: { id: true, status: true, version: true } });
    const now = Object.fromEntries(statuses.map((s) => [s.id, s]));
    expect(now[fresh.id]).toMatchObject({ status: "EN_REVISION", version: 2 });
    expect(now[alsoFresh.id]).toMatchObject({ status: "EN_REVISION", version: 2 });
    expect(now[stale.id]).toMatchObject({ status: "INGRESADO", version: 2 });
    expect(now[closed.id]).toMatchObject({ status: "CERRADO", version: 1 });
    expect(now[north.id]).toMatchObject({ status: "INGRESADO", version: 1 });
    expect(await db.caseEvent.count({ where: { caseId: { in: [stale.id, closed.id, north.id] } } })).toBe(0);
  });

  it("assigns in bulk, with the same per-case report", async () => {
    const first = await insertCase();
    const second = await insertCase();
    const north = await insertCase({ municipalityCode: "02101", regionCode: "02" });
    const result = await bulkAssign(coordinator, null, bulkAssignSchema.parse({ casos: pick(first, second, north), assigneeId: colleague.id }));
    expect(result).toMatchObject({ applied: 2, failed: 1 });
    expect(await db.case.count({ where: { id: { in: [first.id, second.id] }, assigneeId: colleague.id } })).toBe(2);
    expect(await db.case.findUniqueOrThrow({ where: { id: north.id }, select: { assigneeId: true } })).toEqual({ assigneeId: null });
    expect(await db.notification.count({ where: { caseId: { in: [first.id, second.id] }, userId: colleague.id, kind: "CASE_ASSIGNED" } })).toBe(2);

    // Back to nobody: the unassigned queue is a valid target.
    const back = await bulkAssign(coordinator, null, bulkAssignSchema.parse({ casos: pick({ ...first, version: 2 }, { ...second, version: 2 }), assigneeId: "" }));
    expect(back).toMatchObject({ applied: 2, failed: 0 });
  });

  it("offers only the steps that need nothing typed, and refuses an empty or malformed selection", () => {
    expect(bulkStatusSchema.safeParse({ casos: pick({ id: randomUUID(), version: 1 }), transition: "resolve" }).success).toBe(false);
    expect(bulkStatusSchema.safeParse({ transition: "close" }).success).toBe(false);
    expect(bulkStatusSchema.safeParse({ casos: ["no-es-un-caso"], transition: "close" }).success).toBe(false);
    const single = bulkStatusSchema.parse({ casos: `${randomUUID()}:3`, transition: "close" });
    expect(single.casos).toHaveLength(1);
  });

  it("does not exist for people outside SERMIG", async () => {
    const officer: Viewer = { id: "x", name: "Encargada", run: "1-9", role: "MUNICIPAL_OFFICER", municipalityCode: "13501", regionCode: "13" };
    const target = await insertCase();
    await expect(bulkChangeStatus(officer, null, bulkStatusSchema.parse({ casos: pick(target), transition: "startReview" }))).rejects.toThrow(NotFoundError);
    await expect(bulkAssign(northCoordinator, null, bulkAssignSchema.parse({ casos: pick(target), assigneeId: northCoordinator.id }))).resolves.toMatchObject({ applied: 0, failed: 1 });
  });
});
