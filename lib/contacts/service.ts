import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { hasPermission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ContactRef, CreateContactInput, SetContactActiveInput, UpdateContactInput } from "./schemas";

type Tx = Prisma.TransactionClient;

const PRIMARY_CONFLICT = "Otra persona cambió el contacto principal de la región al mismo tiempo; recargue la página e intente de nuevo.";

/** The directory as signed-in people see it: the person's direct phone included. */
const internalSelect = {
  id: true,
  regionCode: true,
  name: true,
  position: true,
  email: true,
  directPhone: true,
  officeAddress: true,
  officePhone: true,
  primaryOf: true,
  active: true,
  version: true,
} as const satisfies Prisma.RegionalContactSelect;

/**
 * The public directory's columns. The direct phone is not selected at all, so no page built on this
 * query can show it.
 */
const publicSelect = {
  id: true,
  regionCode: true,
  name: true,
  position: true,
  email: true,
  officeAddress: true,
  officePhone: true,
  primaryOf: true,
} as const satisfies Prisma.RegionalContactSelect;

/** Primary first, then by name. */
const directoryOrder = [{ primaryOf: { sort: "asc", nulls: "last" } }, { name: "asc" }] as const satisfies Prisma.RegionalContactOrderByWithRelationInput[];

function requireManager(viewer: Viewer) {
  if (!hasPermission(viewer.role, "contacts.manage")) throw new ForbiddenError();
}

/** The active contacts of a region, primary first: what a municipality of the region sees at home. */
export async function regionalContacts(regionCode: string) {
  return db.regionalContact.findMany({ where: { regionCode, active: true }, orderBy: directoryOrder, select: internalSelect });
}

export type RegionalContactRow = Awaited<ReturnType<typeof regionalContacts>>[number];

/**
 * Whom a municipality of the region writes to, with the public directory's columns only (no direct
 * phone): the region's primary contact, or its first active one while none is marked primary.
 */
export async function primaryContact(regionCode: string) {
  return db.regionalContact.findFirst({ where: { regionCode, active: true }, orderBy: directoryOrder, select: publicSelect });
}

/** The public directory: every region with its active contacts, without personal phones. */
export async function publicDirectory() {
  const [regions, contacts] = await Promise.all([
    db.region.findMany({ orderBy: { northSouthOrder: "asc" }, select: { code: true, name: true } }),
    db.regionalContact.findMany({ where: { active: true }, orderBy: directoryOrder, select: publicSelect }),
  ]);
  return regions.map((region) => ({ ...region, contacts: contacts.filter((contact) => contact.regionCode === region.code) }));
}

export async function listContacts(viewer: Viewer, filter: { regionCode?: string }) {
  requireManager(viewer);
  const [regions, contacts] = await Promise.all([
    db.region.findMany({ orderBy: { northSouthOrder: "asc" }, select: { code: true, name: true } }),
    db.regionalContact.findMany({
      where: filter.regionCode ? { regionCode: filter.regionCode } : {},
      orderBy: [{ active: "desc" }, ...directoryOrder],
      select: internalSelect,
    }),
  ]);
  const shown = filter.regionCode ? regions.filter((region) => region.code === filter.regionCode) : regions;
  return { regions, groups: shown.map((region) => ({ ...region, contacts: contacts.filter((contact) => contact.regionCode === region.code) })) };
}

export async function getContact(viewer: Viewer, id: string) {
  requireManager(viewer);
  const contact = await db.regionalContact.findUnique({ where: { id }, select: { ...internalSelect, region: { select: { name: true } } } });
  if (!contact) throw new NotFoundError();
  return contact;
}

function snapshot(contact: { name: string; position: string; email: string; regionCode: string; primaryOf: string | null; active: boolean }) {
  return { name: contact.name, position: contact.position, email: contact.email, regionCode: contact.regionCode, primary: contact.primaryOf !== null, active: contact.active };
}

/** The unique index on primary_of refuses a second primary; a concurrent change shows as a conflict. */
async function guardPrimary<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ConflictError(PRIMARY_CONFLICT);
    throw error;
  }
}

async function ensureRegion(tx: Tx, regionCode: string) {
  if (!(await tx.region.findUnique({ where: { code: regionCode }, select: { code: true } }))) throw new RuleError("Elija la región.", "regionCode");
}

async function ensureNotDuplicate(tx: Tx, regionCode: string, email: string, exceptId?: string) {
  const duplicate = await tx.regionalContact.findFirst({ where: { regionCode, email, active: true, ...(exceptId && { id: { not: exceptId } }) }, select: { id: true } });
  if (duplicate) throw new RuleError("La región ya tiene un contacto activo con ese correo.", "email");
}

/** Loads the contact for a change and claims its version; a stale version is a conflict, a missing id a 404. */
async function claim(tx: Tx, { id, version }: ContactRef) {
  const current = await tx.regionalContact.findUnique({ where: { id }, select: internalSelect });
  if (!current) throw new NotFoundError();
  const { count } = await tx.regionalContact.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
  if (count === 0) throw new ConflictError();
  return current;
}

export async function createContact(viewer: Viewer, ip: string | null, input: CreateContactInput) {
  requireManager(viewer);
  const { primary, ...fields } = input;
  return guardPrimary(() =>
    db.$transaction(async (tx) => {
      await ensureRegion(tx, fields.regionCode);
      await ensureNotDuplicate(tx, fields.regionCode, fields.email);
      if (primary) await tx.regionalContact.updateMany({ where: { primaryOf: fields.regionCode }, data: { primaryOf: null, version: { increment: 1 } } });
      const created = await tx.regionalContact.create({ data: { ...fields, primaryOf: primary ? fields.regionCode : null }, select: internalSelect });
      await recordAudit(tx, viewer, ip, { action: "contact.create", entity: "RegionalContact", entityId: created.id, after: snapshot(created), regionCode: created.regionCode });
      return { id: created.id };
    }),
  );
}

export async function updateContact(viewer: Viewer, ip: string | null, input: UpdateContactInput) {
  requireManager(viewer);
  const { id, version, ...fields } = input;
  return guardPrimary(() =>
    db.$transaction(async (tx) => {
      const current = await claim(tx, { id, version });
      await ensureRegion(tx, fields.regionCode);
      await ensureNotDuplicate(tx, fields.regionCode, fields.email, id);
      // Moving the primary contact to another region leaves the old region without one, never with two.
      const primaryOf = current.primaryOf && current.regionCode === fields.regionCode ? current.primaryOf : null;
      const updated = await tx.regionalContact.update({ where: { id }, data: { ...fields, primaryOf }, select: internalSelect });
      await recordAudit(tx, viewer, ip, { action: "contact.update", entity: "RegionalContact", entityId: id, before: snapshot(current), after: snapshot(updated), regionCode: updated.regionCode });
      return { id, version: updated.version };
    }),
  );
}

export async function setPrimaryContact(viewer: Viewer, ip: string | null, ref: ContactRef) {
  requireManager(viewer);
  return guardPrimary(() =>
    db.$transaction(async (tx) => {
      const current = await claim(tx, ref);
      if (!current.active) throw new RuleError("Reactive el contacto antes de marcarlo como principal.");
      const previous = await tx.regionalContact.findFirst({ where: { primaryOf: current.regionCode, id: { not: current.id } }, select: { id: true, name: true } });
      if (previous) await tx.regionalContact.update({ where: { id: previous.id }, data: { primaryOf: null, version: { increment: 1 } } });
      await tx.regionalContact.update({ where: { id: current.id }, data: { primaryOf: current.regionCode } });
      await recordAudit(tx, viewer, ip, {
        action: "contact.setPrimary",
        entity: "RegionalContact",
        entityId: current.id,
        before: { primary: previous?.name ?? null },
        after: { primary: current.name },
        regionCode: current.regionCode,
      });
      return { id: current.id };
    }),
  );
}

export async function setContactActive(viewer: Viewer, ip: string | null, input: SetContactActiveInput) {
  requireManager(viewer);
  return db.$transaction(async (tx) => {
    const current = await claim(tx, input);
    if (input.active) await ensureNotDuplicate(tx, current.regionCode, current.email, current.id);
    // A deactivated contact stops being the primary one: the region's home must not point to them.
    const updated = await tx.regionalContact.update({ where: { id: current.id }, data: { active: input.active, ...(!input.active && { primaryOf: null }) }, select: internalSelect });
    await recordAudit(tx, viewer, ip, {
      action: input.active ? "contact.activate" : "contact.deactivate",
      entity: "RegionalContact",
      entityId: current.id,
      before: snapshot(current),
      after: snapshot(updated),
      regionCode: current.regionCode,
    });
    return { id: current.id };
  });
}

export async function deleteContact(viewer: Viewer, ip: string | null, ref: ContactRef) {
  requireManager(viewer);
  return db.$transaction(async (tx) => {
    const current = await claim(tx, ref);
    await tx.regionalContact.delete({ where: { id: current.id } });
    await recordAudit(tx, viewer, ip, { action: "contact.delete", entity: "RegionalContact", entityId: current.id, before: snapshot(current), regionCode: current.regionCode });
    return { id: current.id };
  });
}
