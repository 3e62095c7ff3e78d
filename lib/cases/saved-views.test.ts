/**
 * Saved views of the inbox as their users and an attacker reach them: through the actions (the
 * factory, the permission table) and the inbox's own reading of `?guardada=` and the default view.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { inboxFilterSchema, listInbox } from "./inbox";
import { savedViewCounts } from "./saved-view-counts";
import { createSavedViewAction, deleteSavedViewAction, moveSavedViewAction, setDefaultSavedViewAction, updateSavedViewAction } from "./saved-view-actions";
import { inboxFiltersWithSavedView, savedViewQuerySchema, savedViewsFor, visibleSavedView } from "./saved-views";
import { insertFixtureCase } from "./test-fixtures";

const viewerHolder = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewerHolder.current, requireViewer: async () => viewerHolder.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

type Result = { ok: boolean; data?: unknown; error?: string; fieldErrors?: Record<string, string> };
async function as(viewer: Viewer, action: (state: null, input: unknown) => Promise<unknown>, input: Record<string, string>): Promise<Result> {
  viewerHolder.current = viewer;
  return (await action(null, input)) as Result;
}

async function user(run: string, role: Viewer["role"], regionCode: string | null, municipalityCode: string | null = null): Promise<Viewer> {
  return db.user.upsert({
    where: { run },
    create: { run, name: `Prueba ${run}`, role, regionCode, municipalityCode },
    update: { role, regionCode, municipalityCode, active: true },
    select: { id: true, name: true, run: true, role: true, municipalityCode: true, regionCode: true },
  });
}

const NO_PARAMS = savedViewQuerySchema.parse({});
const withParams = (raw: Record<string, string>) => savedViewQuerySchema.parse(raw);
const plain = inboxFilterSchema.parse({});
const is404 = (error: unknown) => typeof error === "object" && error !== null && String((error as { digest?: string }).digest).includes("404");

let rmA: Viewer;
let rmB: Viewer;
let north: Viewer;
let admin: Viewer;
let officer: Viewer;
let shared: string;

beforeAll(async () => {
  rmA = await user("92000001-1", "REGIONAL_COORDINATOR", "13");
  rmB = await user("92000002-1", "REGIONAL_COORDINATOR", "13");
  north = await user("92000003-1", "REGIONAL_COORDINATOR", "02");
  admin = await user("92000004-1", "NATIONAL_ADMIN", null);
  officer = await user("92000005-1", "MUNICIPAL_OFFICER", "13", "13501");
  // Urgent open cases in both regions, so a count that leaked across regions would differ.
  for (let i = 0; i < 3; i++) await insertFixtureCase(2071, { priority: "URGENTE", summary: "Urgente de la RM" });
  await insertFixtureCase(2071, { priority: "URGENTE", municipalityCode: "02101", regionCode: "02" });
  await insertFixtureCase(2071, { priority: "URGENTE", status: "CERRADO", closedAt: new Date() });

  const created = await as(rmA, createSavedViewAction, { name: "Urgentes de la región", audience: "REGIONAL", query: "vista=abiertos&prioridad=URGENTE&orden=recientes" });
  expect(created.ok, JSON.stringify(created)).toBe(true);
  shared = (created.data as { id: string }).id;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("a view shared with the region", () => {
  it("reaches another coordinator of the region with the same filters and the same count as her inbox lists", async () => {
    const forB = await savedViewsFor(rmB);
    const seen = forB.shared.find((view) => view.id === shared);
    expect(seen).toMatchObject({ name: "Urgentes de la región", mine: false, ownerName: rmA.name });
    expect(seen!.filters).toMatchObject({ vista: "abiertos", prioridad: "URGENTE", orden: "recientes", pagina: 1 });

    const applied = await inboxFiltersWithSavedView(rmB, plain, withParams({ guardada: shared }));
    const listed = await listInbox(rmB, applied);
    const forA = (await savedViewCounts(rmA, (await savedViewsFor(rmA)).own)).get(shared);
    const forOther = (await savedViewCounts(rmB, forB.shared)).get(shared);
    expect(listed.total).toBeGreaterThanOrEqual(3);
    expect(forA).toBe(listed.total);
    expect(forOther).toBe(listed.total);
    expect(listed.rows.every((row) => row.priority === "URGENTE" && row.regionCode === "13")).toBe(true);
  });

  it("is invisible to another region's coordinator, who can neither read, apply nor change it by id", async () => {
    expect((await savedViewsFor(north)).shared.map((view) => view.id)).not.toContain(shared);
    await expect(visibleSavedView(north, shared)).rejects.toBeInstanceOf(NotFoundError);
    const applied = await inboxFiltersWithSavedView(north, plain, withParams({ guardada: shared })).catch((error) => error);
    expect(is404(applied)).toBe(true);

    const before = await db.savedView.findUniqueOrThrow({ where: { id: shared } });
    for (const [action, input] of [
      [updateSavedViewAction, { id: shared, name: "Robada", audience: "REGIONAL" }],
      [moveSavedViewAction, { id: shared, direction: "down" }],
      [deleteSavedViewAction, { id: shared }],
      [setDefaultSavedViewAction, { id: shared }],
    ] as const) {
      expect(await as(north, action, input)).toEqual({ ok: false, error: "No encontramos ese registro." });
    }
    expect(await db.savedView.findUniqueOrThrow({ where: { id: shared } })).toEqual(before);
    expect(await db.savedViewDefault.findUnique({ where: { userId: north.id } })).toBeNull();
  });

  it("is read-only for the other coordinators of the region", async () => {
    expect(await as(rmB, updateSavedViewAction, { id: shared, name: "Cambiada", audience: "PERSONAL" })).toEqual({ ok: false, error: "No encontramos ese registro." });
    expect(await as(rmB, deleteSavedViewAction, { id: shared })).toEqual({ ok: false, error: "No encontramos ese registro." });
    expect(await db.savedView.findUniqueOrThrow({ where: { id: shared }, select: { name: true, audience: true } })).toEqual({ name: "Urgentes de la región", audience: "REGIONAL" });
  });

  it("is gone for the region once its owner makes it personal, default included", async () => {
    expect((await as(rmB, setDefaultSavedViewAction, { id: shared })).ok).toBe(true);
    expect((await inboxFiltersWithSavedView(rmB, plain, NO_PARAMS)).prioridad).toBe("URGENTE");

    expect((await as(rmA, updateSavedViewAction, { id: shared, name: "Urgentes de la región", audience: "PERSONAL" })).ok).toBe(true);
    expect((await savedViewsFor(rmB)).shared.map((view) => view.id)).not.toContain(shared);
    expect(await inboxFiltersWithSavedView(rmB, plain, NO_PARAMS)).toEqual(plain);
    expect((await as(rmA, updateSavedViewAction, { id: shared, name: "Urgentes de la región", audience: "REGIONAL" })).ok).toBe(true);
  });
});

describe("people outside SERMIG's desk", () => {
  it("get nothing: an officer can call no saved-view action and reads no view", async () => {
    const refused = await as(officer, createSavedViewAction, { name: "Mía", audience: "PERSONAL", query: "vista=abiertos" });
    expect(refused.ok).toBe(false);
    expect(refused.error).not.toBe("No encontramos ese registro.");
    expect(await as(officer, setDefaultSavedViewAction, { id: shared })).toMatchObject({ ok: false });
    await expect(savedViewsFor(officer)).rejects.toBeInstanceOf(NotFoundError);
    await expect(visibleSavedView(officer, shared)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.savedView.count({ where: { ownerId: officer.id } })).toBe(0);
  });
});

describe("saving a view", () => {
  it("names it with a Spanish message next to the field when empty, too long or already hers", async () => {
    const save = (name: string) => as(rmA, createSavedViewAction, { name, audience: "PERSONAL", query: "vista=vencidos" });
    expect((await save("   ")).fieldErrors).toEqual({ name: "Escriba un nombre para la vista." });
    expect((await save("x".repeat(61))).fieldErrors).toEqual({ name: "El nombre admite hasta 60 caracteres." });
    expect((await save("urgentes DE LA región")).fieldErrors).toEqual({ name: "Ya tiene una vista con ese nombre. Elija otro." });
    // Another person may use the same name.
    expect((await as(rmB, createSavedViewAction, { name: "Urgentes de la región", audience: "PERSONAL", query: "vista=vencidos" })).ok).toBe(true);
  });

  it("shares only as the role allows and refuses malformed filters instead of storing them", async () => {
    expect((await as(rmA, createSavedViewAction, { name: "Nacional", audience: "NACIONAL", query: "vista=abiertos" })).fieldErrors).toEqual({ audience: "No puede compartir una vista de esa forma." });
    expect((await as(admin, createSavedViewAction, { name: "Regional", audience: "REGIONAL", query: "vista=abiertos" })).fieldErrors).toEqual({ audience: "No puede compartir una vista de esa forma." });
    const bad = await as(rmA, createSavedViewAction, { name: "Rota", audience: "PERSONAL", query: "vista=abiertos&prioridad=EXTREMA" });
    expect(bad).toMatchObject({ ok: false, error: "La bandeja tiene filtros no válidos: corríjalos antes de guardar la vista." });
    expect(await db.savedView.count({ where: { name: { in: ["Nacional", "Regional", "Rota"] } } })).toBe(0);

    const national = await as(admin, createSavedViewAction, { name: "Todo el país, vencidos", audience: "NACIONAL", query: "vista=vencidos" });
    expect(national.ok).toBe(true);
    expect((await savedViewsFor(north)).shared.map((view) => view.name)).toContain("Todo el país, vencidos");
  });

  it("reads stored filters again through the inbox parser: a value it no longer accepts is no filter", async () => {
    const { id } = (await as(rmA, createSavedViewAction, { name: "Antigua", audience: "PERSONAL", query: "vista=esperando&tipo=NNA" })).data as { id: string };
    await db.savedView.update({ where: { id }, data: { filters: { vista: "esperando", tipo: "YA_NO_EXISTE", q: 7 } } });
    const view = await visibleSavedView(rmA, id);
    expect(view.filters).toEqual({ ...plain, vista: "esperando" });
  });
});

describe("managing views", () => {
  it("reorders her views one step at a time, and at either end nothing moves", async () => {
    const names = ["Primera", "Segunda", "Tercera"];
    for (const name of names) expect((await as(admin, createSavedViewAction, { name, audience: "PERSONAL", query: "vista=sin_asignar" })).ok).toBe(true);
    const order = async () => (await savedViewsFor(admin)).own.map((view) => view.name).filter((name) => names.includes(name));
    const idOf = async (name: string) => (await savedViewsFor(admin)).own.find((view) => view.name === name)!.id;
    expect(await order()).toEqual(names);
    expect((await as(admin, moveSavedViewAction, { id: await idOf("Tercera"), direction: "up" })).ok).toBe(true);
    expect(await order()).toEqual(["Primera", "Tercera", "Segunda"]);
    expect((await as(admin, moveSavedViewAction, { id: await idOf("Segunda"), direction: "down" })).ok).toBe(true);
    expect(await order()).toEqual(["Primera", "Tercera", "Segunda"]);
  });

  it("opens the inbox on her default only when the address carries no filter, and deletes for good", async () => {
    const { id } = (await as(north, createSavedViewAction, { name: "Vencidos del norte", audience: "REGIONAL", query: "vista=vencidos&orden=prioridad" })).data as { id: string };
    expect((await as(north, setDefaultSavedViewAction, { id })).ok).toBe(true);
    expect(await inboxFiltersWithSavedView(north, plain, NO_PARAMS)).toMatchObject({ vista: "vencidos", orden: "prioridad" });
    const asked = inboxFilterSchema.parse({ vista: "abiertos" });
    expect(await inboxFiltersWithSavedView(north, asked, withParams({ vista: "abiertos" }))).toEqual(asked);

    expect((await as(north, deleteSavedViewAction, { id })).ok).toBe(true);
    expect(await db.savedView.findUnique({ where: { id } })).toBeNull();
    expect(await inboxFiltersWithSavedView(north, plain, NO_PARAMS)).toEqual(plain);
    expect(await as(north, deleteSavedViewAction, { id })).toEqual({ ok: false, error: "No encontramos ese registro." });
  });

  it("counts a view on the archive only while it is listed, as the fixed tabs do", async () => {
    const { id } = (await as(rmA, createSavedViewAction, { name: "Cerrados urgentes", audience: "PERSONAL", query: "vista=cerrados&prioridad=URGENTE" })).data as { id: string };
    const counts = await savedViewCounts(rmA, (await savedViewsFor(rmA)).own);
    expect(counts.has(id)).toBe(false);
    expect(counts.get(shared)).toBeGreaterThanOrEqual(3);
  });
});
