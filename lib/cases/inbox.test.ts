import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { insertFixtureCase } from "./test-fixtures";
import { casesByDocument, INBOX_PAGE_SIZE, INBOX_VIEWS, inboxFilterSchema, listInbox, type InboxFilters, type InboxRow, type InboxView } from "./inbox";

// Fixtures of their own (folios SM-2091-…).
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date();
const ago = (ms: number) => new Date(now.getTime() - ms);
const ahead = (ms: number) => new Date(now.getTime() + ms);

type Fixture = Partial<Prisma.CaseUncheckedCreateInput> & { municipalityCode: string; regionCode: string; documents?: string[]; names?: string[] };

async function insertCase({ documents = [], names = [], ...data }: Fixture) {
  const { id } = await insertFixtureCase(2091, {
    summary: "Consulta general",
    description: "Descripción de prueba del caso.",
    submittedAt: data.status === "BORRADOR" ? null : ago(3 * DAY),
    firstResponseDueAt: ahead(5 * DAY),
    resolutionDueAt: ahead(10 * DAY),
    ...data,
    participants: {
      create: documents.map((doc, i) => ({ fullName: names[i] ?? "Persona Ficticia", documentType: "PASAPORTE" as const, documentNumber: doc, documentKey: doc.replace(/[.\s-]/g, "").toUpperCase(), relation: "AFECTADA" })),
    },
  });
  return id;
}

async function user(run: string, role: Viewer["role"], regionCode: string | null): Promise<Viewer> {
  const row = await db.user.upsert({
    where: { run },
    create: { run, name: `Prueba ${run}`, role, regionCode },
    update: { role, regionCode, active: true },
    select: { id: true, name: true, run: true, role: true, municipalityCode: true, regionCode: true },
  });
  return row;
}

let coordinator13: Viewer;
let otherCoordinator13: Viewer;
let coordinator02: Viewer;
let admin: Viewer;
const officer: Viewer = { id: "officer-fixture", name: "Encargada", run: "1-9", role: "MUNICIPAL_OFFICER", municipalityCode: "13501", regionCode: "13" };
const ids: Record<string, string> = {};

beforeAll(async () => {
  coordinator13 = await user("91000001-1", "REGIONAL_COORDINATOR", "13");
  otherCoordinator13 = await user("91000002-1", "REGIONAL_COORDINATOR", "13");
  coordinator02 = await user("91000003-1", "REGIONAL_COORDINATOR", "02");
  admin = await user("91000004-1", "NATIONAL_ADMIN", null);
  const rm = { municipalityCode: "13501", regionCode: "13" };
  const stgo = { municipalityCode: "13101", regionCode: "13" };
  const anto = { municipalityCode: "02101", regionCode: "02" };
  ids.dueSoon = await insertCase({ ...rm, firstResponseDueAt: ahead(10 * HOUR) });
  ids.overdue = await insertCase({ ...stgo, status: "EN_REVISION", assigneeId: coordinator13.id, firstResponseAt: ago(2 * DAY), resolutionDueAt: ago(DAY), priority: "ALTA" });
  ids.waiting = await insertCase({ ...rm, status: "REQUIERE_INFO", firstResponseAt: ago(2 * DAY), waitingSince: ago(2 * DAY), resolutionDueAt: ahead(HOUR) });
  ids.overdueThenWaiting = await insertCase({ ...rm, status: "REQUIERE_INFO", firstResponseAt: ago(9 * DAY), waitingSince: ago(DAY), resolutionDueAt: ago(3 * DAY) });
  ids.mine = await insertCase({ ...rm, status: "DERIVADO", assigneeId: otherCoordinator13.id, firstResponseAt: ago(DAY), derivedTo: "Fiscalía" });
  ids.resolved = await insertCase({ ...stgo, status: "RESUELTO", firstResponseAt: ago(2 * DAY), resolvedAt: ago(DAY), resolutionDueAt: ago(DAY) });
  ids.closed = await insertCase({ ...stgo, status: "CERRADO", firstResponseAt: ago(2 * DAY), resolvedAt: ago(DAY), closedAt: ago(HOUR) });
  ids.draft = await insertCase({ ...rm, status: "BORRADOR", summary: "Borrador de la niña con regularizaciones", documents: ["DRAFT-777"] });
  ids.girl = await insertCase({ ...rm, summary: "Niña sin regularizaciones pendientes", type: "NNA", sensitive: true, priority: "URGENTE", documents: ["12.345.678-K"], names: ["ZZNOMBRE-CANARIO"] });
  ids.regularization = await insertCase({ ...stgo, summary: "Orientación sobre regularizaciones de residencia", type: "REGULARIZACION", submittedAt: new Date("2026-01-15T12:00:00Z") });
  ids.singular = await insertCase({ ...rm, summary: "Solicitud de regularización en trámite" });
  ids.north = await insertCase({ ...anto, summary: "Niña de Antofagasta pide regularización", documents: ["12345678K"] });
  ids.northOverdue = await insertCase({ ...anto, resolutionDueAt: ago(HOUR), firstResponseDueAt: ago(2 * HOUR) });
  // Enough rows to need several pages.
  for (let i = 0; i < INBOX_PAGE_SIZE + 5; i++) await insertCase({ ...rm, type: "EMPADRONAMIENTO", summary: `Empadronamiento número ${i}` });
});

afterAll(async () => {
  await db.$disconnect();
});

const filters = (changes: Partial<Record<keyof InboxFilters, string>> = {}) => inboxFilterSchema.parse(changes);

/** Every row of a view, page by page. */
async function allRows(viewer: Viewer, base: InboxFilters): Promise<InboxRow[]> {
  const first = await listInbox(viewer, base, now);
  const rows = [...first.rows];
  for (let page = 2; page <= first.pageCount; page++) rows.push(...(await listInbox(viewer, { ...base, pagina: page }, now)).rows);
  // A link to a page past the end (the list shrank since) shows the last page, not an empty one.
  const past = await listInbox(viewer, { ...base, pagina: first.pageCount + 3 }, now);
  expect(past.page).toBe(first.pageCount);
  expect(past.rows.map((r) => r.id)).toEqual(first.pageCount === 1 ? first.rows.map((r) => r.id) : rows.slice(-past.rows.length).map((r) => r.id));
  return rows;
}

const OPEN: CaseStatus[] = ["INGRESADO", "EN_REVISION", "REQUIERE_INFO", "DERIVADO"];

/** The governing deadline (first answer until given, then resolution) within a range. */
const governing = (range: Prisma.DateTimeNullableFilter): Prisma.CaseWhereInput[] => [
  { firstResponseAt: null, firstResponseDueAt: range },
  { firstResponseAt: { not: null }, resolutionDueAt: range },
  { firstResponseAt: null, firstResponseDueAt: null, resolutionDueAt: range },
];

/** The views written again with Prisma's own query builder, as an independent check of the SQL. */
function independentWhere(view: InboxView, viewer: Viewer): Prisma.CaseWhereInput {
  const open = { status: { in: OPEN } };
  const soon = { gte: now, lte: ahead(DAY) };
  switch (view) {
    case "abiertos":
      return open;
    case "sin_asignar":
      return { ...open, assigneeId: null };
    case "mios":
      return { ...open, assigneeId: viewer.id };
    case "vencen_24h":
      return { ...open, waitingSince: null, OR: governing(soon) };
    case "vencidos":
      return { ...open, waitingSince: null, OR: governing({ lt: now }) };
    case "esperando":
      return { status: "REQUIERE_INFO" };
    case "cerrados":
      return { status: { in: ["RESUELTO", "CERRADO"] } };
    case "todos":
      return {};
  }
}

function regionOf(viewer: Viewer): Prisma.CaseWhereInput {
  return viewer.regionCode ? { regionCode: viewer.regionCode } : {};
}

describe("inbox views", () => {
  it("count exactly the rows each view lists, and the same as an independent count, for every role and several filters", async () => {
    const combos: Partial<Record<keyof InboxFilters, string>>[] = [{}, { tipo: "EMPADRONAMIENTO" }, { prioridad: "ALTA" }, { municipalidad: "13101" }, { estado: "REQUIERE_INFO" }, { asignada: "ninguna" }];
    for (const viewer of [coordinator13, otherCoordinator13, coordinator02, admin]) {
      for (const combo of combos) {
        const openCounts = (await listInbox(viewer, filters(combo), now)).counts;
        for (const view of Object.keys(INBOX_VIEWS) as InboxView[]) {
          // The open views are counted on every page; the others only while they are listed.
          const counts = view in openCounts ? openCounts : (await listInbox(viewer, filters({ ...combo, vista: view }), now)).counts;
          const rows = await allRows(viewer, filters({ ...combo, vista: view }));
          expect(new Set(rows.map((r) => r.id)).size, `${view} ${JSON.stringify(combo)} sin repetidos`).toBe(rows.length);
          expect(counts[view], `${view} ${JSON.stringify(combo)} como ${viewer.run}`).toBe(rows.length);
          const independent = await db.case.count({
            where: {
              AND: [
                { status: { not: "BORRADOR" } },
                regionOf(viewer),
                independentWhere(view, viewer),
                combo.tipo ? { type: combo.tipo as never } : {},
                combo.prioridad ? { priority: combo.prioridad as never } : {},
                combo.municipalidad ? { municipalityCode: combo.municipalidad } : {},
                combo.estado ? { status: combo.estado as never } : {},
                combo.asignada ? { assigneeId: null } : {},
              ],
            },
          });
          expect(counts[view], `${view} ${JSON.stringify(combo)} cuenta independiente`).toBe(independent);
        }
      }
    }
  });

  it("counts the closed views only while they are listed, and then pages them by that count", async () => {
    const open = await listInbox(coordinator13, filters(), now);
    expect(Object.keys(open.counts).sort()).toEqual(["abiertos", "esperando", "mios", "sin_asignar", "vencen_24h", "vencidos"]);
    for (const view of ["cerrados", "todos"] as const) {
      const listed = await listInbox(coordinator13, filters({ vista: view }), now);
      expect(listed.counts[view]).toBe((await allRows(coordinator13, filters({ vista: view }))).length);
      expect(listed.total).toBe(listed.counts[view]);
      expect(listed.counts.abiertos).toBe(open.counts.abiertos);
    }
  });

  it.each([
    ["all cases", {}],
    ["a text search of all cases", { q: "empadronamiento" }],
  ])("counts %s only so far past the page, and still reaches every page", async (_, extra) => {
    const listed = filters({ vista: "todos", ...extra });
    const every = await allRows(coordinator13, listed);
    expect(every.length).toBeGreaterThan(INBOX_PAGE_SIZE + 1);
    // Counted one page ahead at most: the first page knows only that there is more.
    const first = await listInbox(coordinator13, listed, now, INBOX_PAGE_SIZE);
    expect(first).toMatchObject({ total: INBOX_PAGE_SIZE, more: true, page: 1, pageCount: 1 });
    expect(first.counts.todos).toBe(INBOX_PAGE_SIZE);
    expect(first.counts.abiertos).toBe((await listInbox(coordinator13, listed, now)).counts.abiertos);
    const rows = [...first.rows];
    for (let page = 2, more = true; more; page++) {
      const next = await listInbox(coordinator13, { ...listed, pagina: page }, now, INBOX_PAGE_SIZE);
      expect(next.page).toBe(page);
      rows.push(...next.rows);
      more = next.more || next.page < next.pageCount;
      if (!more) expect(next).toMatchObject({ total: every.length, more: false });
    }
    expect(rows.map((r) => r.id)).toEqual(every.map((r) => r.id));
  });

  it("counts the open views exactly, whatever the search", async () => {
    const search = filters({ vista: "abiertos", q: "empadronamiento" });
    const listed = await listInbox(coordinator13, search, now, 1);
    expect(listed.more).toBe(false);
    expect(listed.total).toBe((await allRows(coordinator13, search)).length);
    expect(listed.total).toBeGreaterThan(INBOX_PAGE_SIZE);
  });

  it("puts each fixture in the views it belongs to", async () => {
    const idsIn = async (view: InboxView, viewer = coordinator13) => new Set((await allRows(viewer, filters({ vista: view }))).map((r) => r.id));
    expect(await idsIn("vencen_24h")).toContain(ids.dueSoon);
    expect(await idsIn("vencen_24h")).not.toContain(ids.waiting);
    expect(await idsIn("vencidos")).toContain(ids.overdue);
    // Waiting on the municipality stops the clock: a paused case is in neither deadline view.
    expect(await idsIn("vencidos")).not.toContain(ids.overdueThenWaiting);
    expect(await idsIn("vencidos")).not.toContain(ids.waiting);
    expect([...(await idsIn("esperando"))]).toEqual(expect.arrayContaining([ids.waiting, ids.overdueThenWaiting]));
    expect(await idsIn("mios")).toContain(ids.overdue);
    expect(await idsIn("mios", otherCoordinator13)).toContain(ids.mine);
    expect(await idsIn("mios", otherCoordinator13)).not.toContain(ids.overdue);
    expect(await idsIn("sin_asignar")).not.toContain(ids.overdue);
    expect([...(await idsIn("cerrados"))]).toEqual(expect.arrayContaining([ids.resolved, ids.closed]));
    expect(await idsIn("abiertos")).not.toContain(ids.closed);
  });

  it("never shows drafts, in any view, search or document search", async () => {
    for (const viewer of [coordinator13, admin]) {
      for (const view of Object.keys(INBOX_VIEWS) as InboxView[]) {
        expect((await allRows(viewer, filters({ vista: view, q: "borrador niña" }))).map((r) => r.id)).not.toContain(ids.draft);
        expect((await allRows(viewer, filters({ vista: view }))).map((r) => r.id)).not.toContain(ids.draft);
      }
      expect(await casesByDocument(viewer, "DRAFT-777", now)).toEqual([]);
    }
  });

  it("sorts by urgency by default: overdue running clocks first, waiting cases after running ones, finished ones last", async () => {
    const rows = await allRows(coordinator13, filters({ vista: "todos" }));
    const position = (id: string) => rows.findIndex((r) => r.id === id);
    expect(position(ids.overdue)).toBeLessThan(position(ids.dueSoon));
    expect(position(ids.dueSoon)).toBeLessThan(position(ids.waiting));
    expect(position(ids.waiting)).toBeLessThan(position(ids.closed));
    const running = rows.filter((r) => r.nextDueAt && !r.waitingSince);
    const dues = running.map((r) => r.nextDueAt!.getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
  });

  it("filters by submitted date in Chile's calendar", async () => {
    const rows = await allRows(coordinator13, filters({ vista: "todos", desde: "2026-01-15", hasta: "2026-01-15" }));
    expect(rows.map((r) => r.id)).toContain(ids.regularization);
    expect(rows.every((r) => r.submittedAt.toISOString().startsWith("2026-01-1"))).toBe(true);
    expect((await allRows(coordinator13, filters({ vista: "todos", desde: "2026-01-16", hasta: "2026-01-20" }))).map((r) => r.id)).not.toContain(ids.regularization);
  });
});

describe("inbox scope", () => {
  it("keeps the region 02 coordinator to region 02 in lists, counts and search, whatever the filters say", async () => {
    for (const combo of [{}, { region: "13" }, { municipalidad: "13501" }, { q: "niña" }, { q: "regularizacion" }]) {
      for (const view of Object.keys(INBOX_VIEWS) as InboxView[]) {
        const rows = await allRows(coordinator02, filters({ ...combo, vista: view }));
        expect(rows.every((r) => r.regionCode === "02"), `${view} ${JSON.stringify(combo)}`).toBe(true);
      }
      const counts = (await listInbox(coordinator02, filters({ ...combo, vista: "todos" }), now)).counts;
      const inRegion = await db.case.count({ where: { regionCode: "02", status: { not: "BORRADOR" } } });
      expect(counts.todos).toBeLessThanOrEqual(inRegion);
    }
    const search = await allRows(coordinator02, filters({ vista: "todos", q: "niña" }));
    expect(search.map((r) => r.id)).toContain(ids.north);
    expect(search.map((r) => r.id)).not.toContain(ids.girl);
  });

  it("lets an admin narrow to one region, and hides the inbox from municipal officers", async () => {
    const rows = await allRows(admin, filters({ vista: "todos", region: "02" }));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.regionCode === "02")).toBe(true);
    await expect(listInbox(officer, filters(), now)).rejects.toThrow(NotFoundError);
    await expect(casesByDocument(officer, "12345678K", now)).rejects.toThrow(NotFoundError);
  });

  it("loads no participant and no narrative; a sensitive case shows no summary", async () => {
    const rows = await allRows(coordinator13, filters({ vista: "todos" }));
    const girl = rows.find((r) => r.id === ids.girl)!;
    expect(girl.summary).toBeNull();
    expect(JSON.stringify(rows)).not.toMatch(/ZZNOMBRE-CANARIO|Descripción de prueba/);
    expect(Object.keys(girl)).not.toEqual(expect.arrayContaining(["description"]));
  });
});

describe("inbox search", () => {
  const found = async (q: string, viewer = coordinator13) => (await allRows(viewer, filters({ vista: "todos", q }))).map((r) => r.id);

  it("finds words with or without accents", async () => {
    expect(await found("nina")).toContain(ids.girl);
    expect(await found("NIÑA")).toContain(ids.girl);
    expect(await found("orientacion")).toContain(ids.regularization);
  });

  it("matches word stems: singular and plural find each other, with or without accents", async () => {
    for (const q of ["regularizacion", "regularización", "REGULARIZACIONES", "regularizaciones"]) {
      const hits = await found(q);
      expect(hits, q).toEqual(expect.arrayContaining([ids.regularization, ids.girl, ids.singular]));
      expect(hits, q).not.toContain(ids.dueSoon);
    }
  });

  it("keeps every other word of the query required while repairing the stems", async () => {
    // Other tests and the demo data add cases of their own: only these fixtures' presence is asserted.
    const all = await found("orientacion regularizacion residencia");
    expect(all).toContain(ids.regularization);
    expect(all).not.toContain(ids.girl);
    expect(all).not.toContain(ids.singular);
    expect(await found("orientacion regularizacion niña")).not.toEqual(expect.arrayContaining([ids.regularization]));
    expect(await found("regularizacion -orientacion")).not.toContain(ids.regularization);
    expect(await found("regularizacion -orientacion")).toContain(ids.singular);
  });

  it("supports web-search syntax and finds nothing for unknown words", async () => {
    const phrase = await found('"regularizaciones de residencia"');
    expect(phrase).toContain(ids.regularization);
    expect(phrase).not.toContain(ids.girl);
    expect(await found("regularizacion -niña")).not.toContain(ids.girl);
    expect(await found("xyzzyinexistente")).toEqual([]);
  });

  it("finds a folio typed in any case", async () => {
    const folio = (await db.case.findUniqueOrThrow({ where: { id: ids.regularization }, select: { folio: true } })).folio!;
    expect(await found(folio.toLowerCase())).toEqual([ids.regularization]);
  });

  it("searches documents exactly, however they are written, and only in the viewer's territory", async () => {
    expect((await casesByDocument(coordinator13, "12.345.678-k", now)).map((r) => r.id)).toEqual([ids.girl]);
    expect((await casesByDocument(coordinator13, "12345678 K", now)).map((r) => r.id)).toEqual([ids.girl]);
    expect(await casesByDocument(coordinator13, "12345678", now)).toEqual([]);
    expect(await casesByDocument(coordinator13, "2345678K", now)).toEqual([]);
    expect((await casesByDocument(coordinator02, "12.345.678-K", now)).map((r) => r.id)).toEqual([ids.north]);
    expect((await casesByDocument(admin, "12345678-K", now)).map((r) => r.id).sort()).toEqual([ids.girl, ids.north].sort());
  });
});
