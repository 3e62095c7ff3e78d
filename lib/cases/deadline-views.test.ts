import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deadlineWords, type DeadlineTone } from "./deadline-words";
import { inboxFilterSchema, listInbox, type InboxRow, type InboxView } from "./inbox";
import { insertFixtureCase } from "./test-fixtures";

// Fixtures of their own (folios SM-2185-…), in one comuna of the Metropolitan region.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = new Date();
const ago = (ms: number) => new Date(now.getTime() - ms);
const ahead = (ms: number) => new Date(now.getTime() + ms);
const place = { municipalityCode: "13120", regionCode: "13" };

/** Each fixture with the state its words must show. */
const FIXTURES: Record<string, { tone: DeadlineTone; data: Partial<Prisma.CaseUncheckedCreateInput> }> = {
  firstPendingSoon: { tone: "soon", data: { firstResponseDueAt: ahead(5 * HOUR), resolutionDueAt: ahead(10 * DAY) } },
  firstPendingOverdue: { tone: "overdue", data: { firstResponseDueAt: ago(3 * HOUR), resolutionDueAt: ahead(10 * DAY) } },
  firstPendingLater: { tone: "running", data: { firstResponseDueAt: ahead(3 * DAY), resolutionDueAt: ahead(10 * DAY) } },
  // The first answer was late but is given: the resolution governs now.
  answeredLateResolutionLater: { tone: "running", data: { status: "EN_REVISION", firstResponseAt: ago(HOUR), firstResponseDueAt: ago(DAY), resolutionDueAt: ahead(5 * DAY) } },
  answeredResolutionSoon: { tone: "soon", data: { status: "EN_REVISION", firstResponseAt: ago(DAY), firstResponseDueAt: ago(2 * HOUR), resolutionDueAt: ahead(20 * HOUR) } },
  answeredResolutionOverdue: { tone: "overdue", data: { status: "DERIVADO", derivedTo: "OPD", firstResponseAt: ago(5 * DAY), firstResponseDueAt: ago(4 * DAY), resolutionDueAt: ago(2 * DAY) } },
  pausedDueSoon: { tone: "paused", data: { status: "REQUIERE_INFO", firstResponseAt: ago(2 * DAY), waitingSince: ago(DAY), resolutionDueAt: ahead(2 * HOUR) } },
  pausedAfterMissing: { tone: "paused", data: { status: "REQUIERE_INFO", firstResponseAt: ago(9 * DAY), waitingSince: ago(HOUR), resolutionDueAt: ago(DAY) } },
  resolved: { tone: "finished", data: { status: "RESUELTO", firstResponseAt: ago(3 * DAY), resolvedAt: ago(HOUR), resolutionDueAt: ahead(HOUR) } },
  closed: { tone: "finished", data: { status: "CERRADO", firstResponseAt: ago(3 * DAY), resolvedAt: ago(2 * DAY), closedAt: ago(DAY), resolutionDueAt: ago(DAY) } },
};

/** Which states each fixed view holds; "todos" holds all. */
const VIEW_TONES: Record<InboxView, DeadlineTone[] | "any"> = {
  abiertos: ["overdue", "soon", "running", "paused"],
  sin_asignar: ["overdue", "soon", "running", "paused"],
  mios: [],
  vencen_24h: ["soon"],
  vencidos: ["overdue"],
  esperando: ["paused"],
  cerrados: ["finished"],
  todos: "any",
};

let coordinator: Viewer;
const idOf = new Map<string, string>();

beforeAll(async () => {
  coordinator = await db.user.upsert({
    where: { run: "91000097-6" },
    create: { run: "91000097-6", name: "Prueba plazos", role: "REGIONAL_COORDINATOR", regionCode: "13" },
    update: { active: true },
    select: { id: true, name: true, run: true, role: true, municipalityCode: true, regionCode: true },
  });
  for (const [name, { data }] of Object.entries(FIXTURES)) {
    const { id } = await insertFixtureCase(2185, { ...place, submittedAt: ago(10 * DAY), firstResponseDueAt: ahead(5 * DAY), resolutionDueAt: ahead(10 * DAY), ...data });
    idOf.set(id, name);
  }
});

afterAll(async () => {
  await db.$disconnect();
});

/** The fixtures a view lists, page by page, with the words each row shows. */
async function fixturesIn(vista: InboxView): Promise<Map<string, InboxRow>> {
  const filters = inboxFilterSchema.parse({ vista, municipalidad: place.municipalityCode });
  const rows: InboxRow[] = [];
  for (let page = 1, pages = 1; page <= pages; page++) {
    const listed = await listInbox(coordinator, { ...filters, pagina: page }, now);
    pages = listed.pageCount;
    rows.push(...listed.rows);
  }
  return new Map(rows.filter((row) => idOf.has(row.id)).map((row) => [idOf.get(row.id)!, row]));
}

describe("the fixed views and the words of their rows", () => {
  it("gives every fixture the state it was built for", async () => {
    const all = await fixturesIn("todos");
    expect([...all.keys()].sort()).toEqual(Object.keys(FIXTURES).sort());
    for (const [name, row] of all) expect(deadlineWords(row, now)?.tone, name).toBe(FIXTURES[name].tone);
  });

  for (const view of Object.keys(VIEW_TONES) as InboxView[]) {
    it(`«${view}»: each case listed shows a state of the view, and each case in such a state is listed`, async () => {
      const listed = await fixturesIn(view);
      const tones = VIEW_TONES[view];
      for (const [name, row] of listed) {
        const shown = deadlineWords(row, now)!;
        if (tones !== "any") expect(tones, `${name} in ${view} shows «${shown.words}»`).toContain(shown.tone);
        if (view === "vencidos") expect(shown.words).toMatch(/^vencido /);
        if (view === "vencen_24h") expect(shown.words).toMatch(/^vence /);
      }
      const expected = Object.entries(FIXTURES)
        .filter(([, { tone }]) => tones === "any" || tones.includes(tone))
        .map(([name]) => name);
      expect([...listed.keys()].sort()).toEqual(expected.sort());
    });
  }

  it("the row's deadline is the one that governs: the resolution once the first answer is given", async () => {
    const listed = await fixturesIn("vencen_24h");
    expect(deadlineWords(listed.get("answeredResolutionSoon")!, now)).toMatchObject({ label: "Plazo de resolución", tone: "soon" });
    expect(deadlineWords(listed.get("firstPendingSoon")!, now)).toMatchObject({ label: "Plazo de 1.ª respuesta", words: expect.stringMatching(/^vence en [45] h$/) });
  });
});
