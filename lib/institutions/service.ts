import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { hasPermission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError, RuleError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { isSafeText } from "@/lib/query/fields";

const NAME_MAX = 160;
const KIND_MAX = 80;

const name = z
  .string({ error: "Escriba el nombre de la institución." })
  .trim()
  .min(2, "Escriba el nombre de la institución.")
  .max(NAME_MAX, `El nombre admite hasta ${NAME_MAX} caracteres.`)
  .refine(isSafeText, "El nombre contiene caracteres no permitidos.");
/** Optional: blank means none. */
const kind = z
  .string({ error: "Tipo no válido." })
  .trim()
  .max(KIND_MAX, `El tipo admite hasta ${KIND_MAX} caracteres.`)
  .refine(isSafeText, "El tipo contiene caracteres no permitidos.")
  .transform((value) => value || null);
const id = z.uuid({ error: "No encontramos esa institución." });

export const createInstitutionSchema = z.strictObject({ name, kind });
export const updateInstitutionSchema = z.strictObject({ id, name, kind });
export const institutionActiveSchema = z.strictObject({ id, active: z.enum(["true", "false"], { error: "Valor no válido." }).transform((value) => value === "true") });

export type InstitutionRow = { id: string; name: string; kind: string | null; active: boolean; position: number; derivations: number };

/** The catalogue is national admins' work; for anyone else its page and actions do not exist. */
function assertManager(viewer: Viewer) {
  if (!hasPermission(viewer.role, "institutions.manage")) throw new NotFoundError();
}

/** Every institution, active first in their order, with how many cases name it (why some cannot go). */
export async function institutionCatalogue(viewer: Viewer): Promise<InstitutionRow[]> {
  assertManager(viewer);
  const rows = await db.institution.findMany({
    select: { id: true, name: true, kind: true, active: true, position: true, _count: { select: { cases: true } } },
    orderBy: [{ active: "desc" }, { position: "asc" }, { name: "asc" }],
  });
  return rows.map(({ _count, ...row }) => ({ ...row, derivations: _count.cases }));
}

/** The choices of the derive step: active institutions in the catalogue's order. */
export async function activeInstitutions(): Promise<{ id: string; name: string; kind: string | null }[]> {
  return db.institution.findMany({ where: { active: true }, select: { id: true, name: true, kind: true }, orderBy: [{ position: "asc" }, { name: "asc" }] });
}

type Tx = Prisma.TransactionClient;

async function checkNameFree(tx: Tx, wanted: string, except?: string) {
  // Compared here, not with Prisma's case-insensitive `equals`: that becomes ILIKE, and a name ending
  // in a backslash is not a valid pattern. The catalogue holds a few dozen rows.
  const names = await tx.institution.findMany({ where: except ? { id: { not: except } } : {}, select: { name: true } });
  const key = wanted.toLocaleLowerCase("es");
  if (names.some((row) => row.name.toLocaleLowerCase("es") === key)) throw new RuleError("Ya existe una institución con ese nombre.", "name");
}

async function naming<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new RuleError("Ya existe una institución con ese nombre.", "name");
    throw error;
  }
}

export async function createInstitution(viewer: Viewer, ip: string | null, input: z.output<typeof createInstitutionSchema>): Promise<{ id: string }> {
  assertManager(viewer);
  return naming(() =>
    db.$transaction(async (tx) => {
      await checkNameFree(tx, input.name);
      const last = await tx.institution.aggregate({ _max: { position: true } });
      const created = await tx.institution.create({ data: { name: input.name, kind: input.kind, position: (last._max.position ?? 0) + 1 }, select: { id: true } });
      await recordAudit(tx, viewer, ip, { action: "institution.create", entity: "Institution", entityId: created.id, after: { name: input.name, kind: input.kind } });
      return created;
    }),
  );
}

/**
 * A new name applies to the choices from now on; cases already derived keep the name they were
 * derived with (it is part of their record and of what the municipality was told).
 */
export async function updateInstitution(viewer: Viewer, ip: string | null, input: z.output<typeof updateInstitutionSchema>): Promise<void> {
  assertManager(viewer);
  await naming(() =>
    db.$transaction(async (tx) => {
      const current = await tx.institution.findUnique({ where: { id: input.id }, select: { id: true, name: true, kind: true } });
      if (!current) throw new NotFoundError();
      await checkNameFree(tx, input.name, current.id);
      await tx.institution.update({ where: { id: current.id }, data: { name: input.name, kind: input.kind } });
      await recordAudit(tx, viewer, ip, { action: "institution.update", entity: "Institution", entityId: current.id, before: { name: current.name, kind: current.kind }, after: { name: input.name, kind: input.kind } });
    }),
  );
}

/** Institutions are deactivated, never deleted: cases that name one keep pointing at it. */
export async function setInstitutionActive(viewer: Viewer, ip: string | null, input: z.output<typeof institutionActiveSchema>): Promise<void> {
  assertManager(viewer);
  await db.$transaction(async (tx) => {
    const current = await tx.institution.findUnique({ where: { id: input.id }, select: { id: true, active: true } });
    if (!current) throw new NotFoundError();
    if (current.active === input.active) throw new RuleError(input.active ? "La institución ya está activa." : "La institución ya está desactivada.");
    await tx.institution.update({ where: { id: current.id }, data: { active: input.active } });
    await recordAudit(tx, viewer, ip, { action: input.active ? "institution.activate" : "institution.deactivate", entity: "Institution", entityId: current.id, before: { active: current.active }, after: { active: input.active } });
  });
}

/**
 * What a derivation stores: the catalogue's institution and its name, or, for "Otra institución",
 * no institution and the name written by hand. Only an active institution may be chosen.
 */
export async function derivationOf(tx: Tx, institutionId: string | "otra", otherName: string | undefined): Promise<{ institutionId: string | null; name: string }> {
  if (institutionId === "otra") return { institutionId: null, name: otherName! };
  const found = await tx.institution.findFirst({ where: { id: institutionId, active: true }, select: { id: true, name: true } });
  if (!found) throw new RuleError("Esa institución ya no está disponible. Elija otra de la lista.", "institutionId");
  return { institutionId: found.id, name: found.name };
}
