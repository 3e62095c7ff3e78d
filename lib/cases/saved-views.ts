import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError, RuleError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { SavedViewAudience } from "@/lib/generated/prisma/enums";
import { isSafeText, recordId } from "@/lib/query/fields";
import { parseQuery } from "@/lib/query/parse";
import { assertInboxReader, inboxFilterSchema, type InboxFilters } from "./inbox";
import { audiencesFor } from "./saved-view-labels";

/** A person keeps at most this many views, so the inbox's tabs and their counts stay short. */
export const MAX_OWN_VIEWS = 30;
/** Views shared with a person beyond this many (a large region's) are not shown in the inbox. */
const MAX_SHARED_VIEWS = 30;
const NAME_MAX = 60;

const name = z
  .string({ error: "Escriba un nombre para la vista." })
  .trim()
  .min(1, "Escriba un nombre para la vista.")
  .max(NAME_MAX, `El nombre admite hasta ${NAME_MAX} caracteres.`)
  .refine(isSafeText, "El nombre contiene caracteres no permitidos.");
const audience = z.enum(SavedViewAudience, { error: "Elija con quién compartir la vista." });
const viewId = z.uuid({ error: "No encontramos esa vista." });

export const createSavedViewSchema = z.strictObject({
  name,
  audience,
  /** The inbox's query string as the page showed it, re-read here with the inbox's own parser. */
  query: z.string({ error: "Faltan los filtros de la vista." }).max(2000, "Los filtros de la vista son demasiado largos."),
});
export const updateSavedViewSchema = z.strictObject({ id: viewId, name, audience });
export const moveSavedViewSchema = z.strictObject({ id: viewId, direction: z.enum(["up", "down"], { error: "Dirección no válida." }) });
export const savedViewIdSchema = z.strictObject({ id: viewId });
/** An empty id clears the default: the inbox opens on "Abiertos" again. */
export const defaultSavedViewSchema = z.strictObject({ id: z.union([viewId, z.literal("")]) });

/** The inbox's query-string parameter naming a saved view, and which inbox parameters are present. */
const present = z.string().optional().transform((value) => value !== undefined);
export const savedViewQuerySchema = z.object({
  guardada: recordId.optional(),
  ...(Object.fromEntries(Object.keys(inboxFilterSchema.shape).map((key) => [key, present])) as Record<keyof InboxFilters, typeof present>),
});
export type SavedViewQuery = z.output<typeof savedViewQuerySchema>;

/**
 * The filters as query-string values, in the schema's order, without the page: what a saved view
 * stores, and what two sets of filters are compared by.
 */
export function storedFilters(filters: InboxFilters): Record<string, string> {
  const stored: Record<string, string> = {};
  for (const key of Object.keys(inboxFilterSchema.shape) as (keyof InboxFilters)[]) {
    const value = filters[key];
    if (key !== "pagina" && value !== undefined) stored[key] = String(value);
  }
  return stored;
}

/** Stored filters read back through the inbox's parser: a value it no longer accepts is no filter. */
export function filtersOf(stored: Prisma.JsonValue): InboxFilters {
  const raw: Record<string, string> = {};
  if (stored && typeof stored === "object" && !Array.isArray(stored)) {
    for (const [key, value] of Object.entries(stored)) if (typeof value === "string") raw[key] = value;
  }
  return { ...parseQuery(inboxFilterSchema, raw).values, pagina: 1 };
}

export const sameFilters = (a: InboxFilters, b: InboxFilters) => JSON.stringify(storedFilters(a)) === JSON.stringify(storedFilters(b));

/**
 * The views a person may read: her own, those of her region's coordination shared with the region,
 * and those shared nationally. An officer reads none (assertInboxReader).
 */
function visibleWhere(viewer: Viewer): Prisma.SavedViewWhereInput {
  const shared: Prisma.SavedViewWhereInput[] = [{ audience: "NACIONAL" }];
  if (viewer.role === "REGIONAL_COORDINATOR" && viewer.regionCode) shared.push({ audience: "REGIONAL", regionCode: viewer.regionCode });
  return { OR: [{ ownerId: viewer.id }, ...shared] };
}

export type SavedViewItem = {
  id: string;
  name: string;
  audience: SavedViewAudience;
  mine: boolean;
  ownerName: string;
  position: number;
  filters: InboxFilters;
};

const ITEM_SELECT = { id: true, name: true, audience: true, ownerId: true, position: true, filters: true, owner: { select: { name: true } } } satisfies Prisma.SavedViewSelect;
type ItemRow = Prisma.SavedViewGetPayload<{ select: typeof ITEM_SELECT }>;

const itemOf = (viewer: Viewer, row: ItemRow): SavedViewItem => ({
  id: row.id,
  name: row.name,
  audience: row.audience,
  mine: row.ownerId === viewer.id,
  ownerName: row.owner.name,
  position: row.position,
  filters: filtersOf(row.filters),
});

/** Her own views in her order, then the ones shared with her by name; and which one is her default. */
export async function savedViewsFor(viewer: Viewer): Promise<{ own: SavedViewItem[]; shared: SavedViewItem[]; defaultId: string | null }> {
  assertInboxReader(viewer);
  const [own, shared, chosen] = await Promise.all([
    db.savedView.findMany({ where: { ownerId: viewer.id }, select: ITEM_SELECT, orderBy: [{ position: "asc" }, { createdAt: "asc" }] }),
    db.savedView.findMany({ where: { AND: [visibleWhere(viewer), { ownerId: { not: viewer.id } }] }, select: ITEM_SELECT, orderBy: [{ name: "asc" }, { id: "asc" }], take: MAX_SHARED_VIEWS }),
    db.savedViewDefault.findUnique({ where: { userId: viewer.id }, select: { savedViewId: true } }),
  ]);
  const items = { own: own.map((row) => itemOf(viewer, row)), shared: shared.map((row) => itemOf(viewer, row)) };
  const defaultId = chosen && [...items.own, ...items.shared].some((view) => view.id === chosen.savedViewId) ? chosen.savedViewId : null;
  return { ...items, defaultId };
}

/** One view the person may read, or a 404 like a view that does not exist. */
export async function visibleSavedView(viewer: Viewer, id: string): Promise<SavedViewItem> {
  assertInboxReader(viewer);
  const row = await db.savedView.findFirst({ where: { AND: [{ id }, visibleWhere(viewer)] }, select: ITEM_SELECT });
  if (!row) throw new NotFoundError();
  return itemOf(viewer, row);
}

/**
 * The filters the inbox lists: those of `?guardada=<id>` (keeping the page asked for), else, when the
 * address carries no inbox parameter at all, those of the person's default view, else the address's own.
 * An id she may not read is the Spanish 404, never someone else's filters.
 */
export async function inboxFiltersWithSavedView(viewer: Viewer, filters: InboxFilters, query: SavedViewQuery): Promise<InboxFilters> {
  if (query.guardada) {
    const view = await visibleSavedView(viewer, query.guardada).catch((error) => (error instanceof NotFoundError ? notFound() : Promise.reject(error)));
    return { ...view.filters, pagina: filters.pagina };
  }
  const bare = Object.keys(inboxFilterSchema.shape).every((key) => !query[key as keyof InboxFilters]);
  if (!bare) return filters;
  const chosen = await db.savedViewDefault.findUnique({ where: { userId: viewer.id }, select: { savedViewId: true } });
  if (!chosen) return filters;
  const row = await db.savedView.findFirst({ where: { AND: [{ id: chosen.savedViewId }, visibleWhere(viewer)] }, select: { filters: true } });
  return row ? filtersOf(row.filters) : filters;
}

type Tx = Prisma.TransactionClient;

async function ownView(tx: Tx, viewer: Viewer, id: string) {
  // Someone else's view, shared or not, is as missing as one that does not exist: only its owner edits it.
  const row = await tx.savedView.findFirst({ where: { id, ownerId: viewer.id }, select: { id: true, name: true, audience: true, regionCode: true, position: true } });
  if (!row) throw new NotFoundError();
  return row;
}

function checkAudience(viewer: Viewer, wanted: SavedViewAudience): string | null {
  if (!audiencesFor(viewer).includes(wanted)) throw new RuleError("No puede compartir una vista de esa forma.", "audience");
  return wanted === "REGIONAL" ? viewer.regionCode : null;
}

async function checkNameFree(tx: Tx, viewer: Viewer, wanted: string, except?: string) {
  // Compared here, not with Prisma's case-insensitive `equals`, which becomes ILIKE: a name ending in a
  // backslash is not a valid pattern. One person has a handful of views.
  const names = await tx.savedView.findMany({ where: { ownerId: viewer.id, ...(except && { id: { not: except } }) }, select: { name: true } });
  const taken = names.some((row) => row.name.toLocaleLowerCase("es") === wanted.toLocaleLowerCase("es"));
  if (taken) throw new RuleError("Ya tiene una vista con ese nombre. Elija otro.", "name");
}

/** Two saves of the same name racing past the check meet the unique index: the same field error. */
async function naming<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new RuleError("Ya tiene una vista con ese nombre. Elija otro.", "name");
    throw error;
  }
}

const auditOf = (viewer: Viewer, ip: string | null, tx: Tx, action: string, entityId: string, before: Prisma.InputJsonValue, after: Prisma.InputJsonValue) =>
  recordAudit(tx, viewer, ip, { action, entity: "SavedView", entityId, before, after, regionCode: viewer.regionCode });

export async function createSavedView(viewer: Viewer, ip: string | null, input: z.output<typeof createSavedViewSchema>): Promise<{ id: string }> {
  assertInboxReader(viewer);
  const { values, invalid } = parseQuery(inboxFilterSchema, new URLSearchParams(input.query));
  if (Object.keys(invalid).length > 0) throw new RuleError("La bandeja tiene filtros no válidos: corríjalos antes de guardar la vista.");
  const regionCode = checkAudience(viewer, input.audience);
  const filters = storedFilters(values);
  return naming(() =>
    db.$transaction(async (tx) => {
      if ((await tx.savedView.count({ where: { ownerId: viewer.id } })) >= MAX_OWN_VIEWS) {
        throw new RuleError(`Puede guardar hasta ${MAX_OWN_VIEWS} vistas. Elimine alguna antes de crear otra.`, "name");
      }
      await checkNameFree(tx, viewer, input.name);
      const last = await tx.savedView.aggregate({ where: { ownerId: viewer.id }, _max: { position: true } });
      const created = await tx.savedView.create({
        data: { ownerId: viewer.id, name: input.name, audience: input.audience, regionCode, filters, position: (last._max.position ?? 0) + 1 },
        select: { id: true },
      });
      await auditOf(viewer, ip, tx, "savedView.create", created.id, {}, { name: input.name, audience: input.audience, filters });
      return created;
    }),
  );
}

export async function updateSavedView(viewer: Viewer, ip: string | null, input: z.output<typeof updateSavedViewSchema>): Promise<void> {
  assertInboxReader(viewer);
  await naming(() =>
    db.$transaction(async (tx) => {
      const current = await ownView(tx, viewer, input.id);
      const regionCode = checkAudience(viewer, input.audience);
      await checkNameFree(tx, viewer, input.name, current.id);
      await tx.savedView.update({ where: { id: current.id }, data: { name: input.name, audience: input.audience, regionCode } });
      await auditOf(viewer, ip, tx, "savedView.update", current.id, { name: current.name, audience: current.audience }, { name: input.name, audience: input.audience });
    }),
  );
}

/** Swaps the view with its neighbour in her order; at either end nothing moves. */
export async function moveSavedView(viewer: Viewer, ip: string | null, input: z.output<typeof moveSavedViewSchema>): Promise<void> {
  assertInboxReader(viewer);
  await db.$transaction(async (tx) => {
    const current = await ownView(tx, viewer, input.id);
    const views = await tx.savedView.findMany({ where: { ownerId: viewer.id }, select: { id: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
    const index = views.findIndex((view) => view.id === current.id);
    const other = index + (input.direction === "up" ? -1 : 1);
    if (other < 0 || other >= views.length) return;
    [views[index], views[other]] = [views[other], views[index]];
    // Renumbered from 1, which also repairs ties left by views created in the same moment.
    for (const [i, view] of views.entries()) await tx.savedView.update({ where: { id: view.id }, data: { position: i + 1 } });
    await auditOf(viewer, ip, tx, "savedView.move", current.id, { position: index + 1 }, { position: other + 1 });
  });
}

export async function deleteSavedView(viewer: Viewer, ip: string | null, input: z.output<typeof savedViewIdSchema>): Promise<void> {
  assertInboxReader(viewer);
  await db.$transaction(async (tx) => {
    const current = await ownView(tx, viewer, input.id);
    // Others who chose it as their default open on "Abiertos" again (the default row cascades).
    await tx.savedView.delete({ where: { id: current.id } });
    await auditOf(viewer, ip, tx, "savedView.delete", current.id, { name: current.name, audience: current.audience }, {});
  });
}

export async function setDefaultSavedView(viewer: Viewer, ip: string | null, input: z.output<typeof defaultSavedViewSchema>): Promise<void> {
  assertInboxReader(viewer);
  await db.$transaction(async (tx) => {
    const before = await tx.savedViewDefault.findUnique({ where: { userId: viewer.id }, select: { savedViewId: true } });
    if (input.id === "") {
      await tx.savedViewDefault.deleteMany({ where: { userId: viewer.id } });
    } else {
      const visible = await tx.savedView.findFirst({ where: { AND: [{ id: input.id }, visibleWhere(viewer)] }, select: { id: true } });
      if (!visible) throw new NotFoundError();
      await tx.savedViewDefault.upsert({ where: { userId: viewer.id }, create: { userId: viewer.id, savedViewId: visible.id }, update: { savedViewId: visible.id } });
    }
    await auditOf(viewer, ip, tx, "savedView.default", input.id || before?.savedViewId || viewer.id, { savedViewId: before?.savedViewId ?? null }, { savedViewId: input.id || null });
  });
}
