import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { INBOX_ORDERS, inboxFilterSchema, inboxNeighbours, listInbox, type InboxFilters, type InboxRow } from "./inbox";
import { insertFixtureCase } from "./test-fixtures";

// Fixtures of their own (folios SM-2186-…), in one comuna of the Metropolitan region.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date();
const ago = (ms: number) => new Date(now.getTime() - ms);
const ahead = (ms: number) => new Date(now.getTime() + ms);
const place = { municipalityCode: "13121", regionCode: "13" };

const viewer = (run: string, regionCode: string) =>
  db.user.upsert({
    where: { run },
    create: { run, name: `Prueba ${run}`, role: "REGIONAL_COORDINATOR", regionCode },
    update: { active: true, regionCode },
    select: { id: true, name: true, run: true, role: true, municipalityCode: true, regionCode: true },
  });

let rm: Viewer;
let north: Viewer;
const ids: string[] = [];

beforeAll(async () => {
  rm = await viewer("91000098-4", "13");
  north = await viewer("91000099-2", "02");
  const shared = { ...place, type: "EMPADRONAMIENTO" as const };
  // Ties on every order term but the id, a paused case, a finished one and an overdue one.
  const sameMoment = { submittedAt: ago(3 * DAY), firstResponseDueAt: ahead(2 * DAY), resolutionDueAt: ahead(9 * DAY) };
  for (let i = 0; i < 4; i++) ids.push((await insertFixtureCase(2186, { ...shared, ...sameMoment })).id);
  ids.push((await insertFixtureCase(2186, { ...shared, priority: "URGENTE", submittedAt: ago(DAY), firstResponseDueAt: ahead(5 * HOUR) })).id);
  ids.push((await insertFixtureCase(2186, { ...shared, priority: "BAJA", submittedAt: ago(8 * DAY), firstResponseDueAt: ago(2 * HOUR) })).id);
  ids.push((await insertFixtureCase(2186, { ...shared, status: "REQUIERE_INFO", firstResponseAt: ago(DAY), waitingSince: ago(HOUR), submittedAt: ago(5 * DAY) })).id);
  ids.push((await insertFixtureCase(2186, { ...shared, status: "RESUELTO", firstResponseAt: ago(DAY), resolvedAt: ago(HOUR), submittedAt: ago(6 * DAY) })).id);
  ids.push((await insertFixtureCase(2186, { ...shared, type: "CONSULTA", submittedAt: ago(2 * DAY) })).id);
});

afterAll(async () => {
  await db.$disconnect();
});

async function allRows(who: Viewer, filters: InboxFilters): Promise<InboxRow[]> {
  const rows: InboxRow[] = [];
  for (let page = 1, pages = 1; page <= pages; page++) {
    const listed = await listInbox(who, { ...filters, pagina: page }, now);
    pages = listed.pageCount;
    rows.push(...listed.rows);
  }
  return rows;
}

describe("inboxNeighbours", () => {
  for (const orden of Object.keys(INBOX_ORDERS)) {
    for (const vista of ["todos", "abiertos"]) {
      it(`follows the list's own order («${orden}», «${vista}»), ties included`, async () => {
        const filters = inboxFilterSchema.parse({ vista, orden, tipo: "EMPADRONAMIENTO", municipalidad: place.municipalityCode });
        const rows = await allRows(rm, filters);
        expect(rows.length).toBeGreaterThanOrEqual(vista === "todos" ? 8 : 7);
        for (let i = 0; i < rows.length; i++) {
          const { previous, next } = await inboxNeighbours(rm, filters, rows[i].id, now);
          expect(previous?.id ?? null, `before ${rows[i].folio}`).toBe(rows[i - 1]?.id ?? null);
          expect(next?.id ?? null, `after ${rows[i].folio}`).toBe(rows[i + 1]?.id ?? null);
          if (next) expect(next.folio).toBe(rows[i + 1].folio);
        }
      });
    }
  }

  it("finds where a case would stand when it has left the view (taken from «Sin asignar»)", async () => {
    const filters = inboxFilterSchema.parse({ vista: "sin_asignar", orden: "antiguos", tipo: "EMPADRONAMIENTO", municipalidad: place.municipalityCode });
    const before = await allRows(rm, filters);
    const taken = before[2];
    await db.case.update({ where: { id: taken.id }, data: { assigneeId: rm.id } });
    try {
      const { previous, next } = await inboxNeighbours(rm, filters, taken.id, now);
      expect(previous?.id).toBe(before[1].id);
      expect(next?.id).toBe(before[3].id);
    } finally {
      await db.case.update({ where: { id: taken.id }, data: { assigneeId: null } });
    }
  });

  it("never leaves the viewer's territory, whatever the filters say", async () => {
    const crafted = inboxFilterSchema.parse({ vista: "todos", region: "13", municipalidad: place.municipalityCode });
    // Another region's coordinator: the RM case has no neighbours for them, and no RM case is named.
    expect(await inboxNeighbours(north, crafted, ids[0], now)).toEqual({ previous: null, next: null });
    const ownRegion = await insertFixtureCase(2186, { municipalityCode: "02101", regionCode: "02", submittedAt: ago(DAY) });
    const { previous, next } = await inboxNeighbours(north, inboxFilterSchema.parse({ vista: "todos" }), ownRegion.id, now);
    for (const link of [previous, next].filter((l) => l !== null)) {
      expect((await db.case.findUniqueOrThrow({ where: { id: link.id }, select: { regionCode: true } })).regionCode).toBe("02");
    }
  });

  it("is SERMIG's alone", async () => {
    const officer: Viewer = { id: "officer-fixture", name: "Encargada", run: "1-9", role: "MUNICIPAL_OFFICER", municipalityCode: place.municipalityCode, regionCode: "13" };
    await expect(inboxNeighbours(officer, inboxFilterSchema.parse({}), ids[0], now)).rejects.toBeInstanceOf(NotFoundError);
  });
});
