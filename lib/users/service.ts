import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { territoryWhere } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { USERS_PAGE_SIZE, type CreateUserInput, type UpdateUserInput, type UserListFilters } from "./schemas";

type Tx = Prisma.TransactionClient;
type Placement = { role: Role; municipalityCode: string | null; regionCode: string | null };

const userSnapshot = {
  id: true,
  run: true,
  name: true,
  email: true,
  phone: true,
  role: true,
  municipalityCode: true,
  regionCode: true,
  active: true,
  version: true,
} satisfies Prisma.UserSelect;

/** Coordinators look after the officers of their region; admins after everyone. */
function canManage(viewer: Viewer, target: Placement): boolean {
  if (viewer.role === "NATIONAL_ADMIN") return true;
  return viewer.role === "REGIONAL_COORDINATOR" && target.role === "MUNICIPAL_OFFICER" && target.regionCode === viewer.regionCode;
}

/** Fills the region from the municipality and refuses what the viewer may not grant. */
async function placement(tx: Tx, viewer: Viewer, input: Pick<CreateUserInput, "role" | "municipalityCode" | "regionCode">): Promise<Placement> {
  let result: Placement;
  if (input.role === "MUNICIPAL_OFFICER") {
    if (!input.municipalityCode) throw new RuleError("Elija la municipalidad de la persona.", "municipalityCode");
    const municipality = await tx.municipality.findUnique({ where: { code: input.municipalityCode }, select: { regionCode: true } });
    if (!municipality) throw new RuleError("Esa municipalidad no existe.", "municipalityCode");
    result = { role: input.role, municipalityCode: input.municipalityCode, regionCode: municipality.regionCode };
  } else if (input.role === "REGIONAL_COORDINATOR") {
    if (!input.regionCode) throw new RuleError("Elija la región que coordinará.", "regionCode");
    if (!(await tx.region.findUnique({ where: { code: input.regionCode }, select: { code: true } }))) throw new RuleError("Esa región no existe.", "regionCode");
    result = { role: input.role, municipalityCode: null, regionCode: input.regionCode };
  } else {
    result = { role: input.role, municipalityCode: null, regionCode: null };
  }
  if (!canManage(viewer, result)) {
    throw new RuleError(
      viewer.role === "REGIONAL_COORDINATOR" ? "Solo puede habilitar a encargadas y encargados municipales de su región." : "No puede otorgar ese rol.",
      result.role === "MUNICIPAL_OFFICER" ? "municipalityCode" : "role",
    );
  }
  return result;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

async function assertFree(tx: Tx, run: string | null, email: string, exceptId?: string) {
  const clash = await tx.user.findFirst({
    where: { OR: [...(run ? [{ run }] : []), { email }], ...(exceptId && { NOT: { id: exceptId } }) },
    select: { run: true, email: true },
  });
  if (clash?.run === run) throw new RuleError("Ya existe una persona habilitada con ese RUN.", "run");
  if (clash) throw new RuleError("Ese correo ya pertenece a otra persona del portal.", "email");
}

export async function createUser(viewer: Viewer, ip: string | null, input: CreateUserInput) {
  try {
    return await db.$transaction(async (tx) => {
      const place = await placement(tx, viewer, input);
      await assertFree(tx, input.run, input.email);
      const user = await tx.user.create({
        data: { run: input.run, name: input.name, email: input.email, phone: input.phone, ...place },
        select: userSnapshot,
      });
      await recordAudit(tx, viewer, ip, { action: "user.create", entity: "User", entityId: user.id, after: user, ...place });
      return { id: user.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new RuleError("Ya existe una persona con ese RUN o correo.", "run");
    throw error;
  }
}

/** A user the viewer may see; anything else is indistinguishable from a missing id. */
async function visibleUser(tx: Tx, viewer: Viewer, id: string) {
  const user = await tx.user.findFirst({ where: { id, ...territoryWhere(viewer) }, select: userSnapshot });
  if (!user) throw new NotFoundError();
  return user;
}

/** Applies a versioned change; a stale version means someone else saved first. */
async function saveVersioned(tx: Tx, id: string, version: number, data: Prisma.UserUpdateManyMutationInput & Partial<Placement>) {
  const { count } = await tx.user.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError();
  return tx.user.findUniqueOrThrow({ where: { id }, select: userSnapshot });
}

export async function updateUser(viewer: Viewer, ip: string | null, input: UpdateUserInput) {
  try {
    return await db.$transaction(async (tx) => {
      const before = await visibleUser(tx, viewer, input.id);
      if (!canManage(viewer, before)) throw new ForbiddenError();
      if (before.id === viewer.id && input.role !== before.role) throw new RuleError("No puede cambiar su propio rol.", "role");
      const place = await placement(tx, viewer, input);
      await assertFree(tx, null, input.email, before.id);
      const after = await saveVersioned(tx, before.id, input.version, { name: input.name, email: input.email, phone: input.phone, ...place });
      const moved = before.role !== after.role || before.municipalityCode !== after.municipalityCode || before.regionCode !== after.regionCode;
      // A new role or territory applies from the person's next request: their open sessions end now.
      if (moved) await tx.session.deleteMany({ where: { userId: after.id } });
      await recordAudit(tx, viewer, ip, { action: "user.update", entity: "User", entityId: after.id, before, after, ...place });
      return { id: after.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new RuleError("Ese correo ya pertenece a otra persona del portal.", "email");
    throw error;
  }
}

export async function setUserActive(viewer: Viewer, ip: string | null, input: { id: string; version: number; active: boolean }) {
  return db.$transaction(async (tx) => {
    const before = await visibleUser(tx, viewer, input.id);
    if (!canManage(viewer, before)) throw new ForbiddenError();
    if (before.id === viewer.id) throw new RuleError("No puede desactivar su propia cuenta.");
    const after = await saveVersioned(tx, before.id, input.version, { active: input.active });
    if (!after.active) await tx.session.deleteMany({ where: { userId: after.id } });
    await recordAudit(tx, viewer, ip, {
      action: after.active ? "user.activate" : "user.deactivate",
      entity: "User",
      entityId: after.id,
      before: { active: before.active },
      after: { active: after.active },
      regionCode: after.regionCode,
      municipalityCode: after.municipalityCode,
    });
    return { id: after.id, active: after.active };
  });
}

export async function listUsers(viewer: Viewer, filters: UserListFilters) {
  const where: Prisma.UserWhereInput = {
    ...territoryWhere(viewer),
    ...(filters.rol && { role: filters.rol }),
    ...(filters.region && { regionCode: filters.region }),
    ...(filters.estado !== "todos" && { active: filters.estado === "activos" }),
    // By name only: a RUN typed here would travel in the URL, and RUNs stay out of URLs and logs.
    ...(filters.q && { name: { contains: filters.q, mode: "insensitive" } }),
  };
  const total = await db.user.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const items = await db.user.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * USERS_PAGE_SIZE,
    take: USERS_PAGE_SIZE,
    select: {
      id: true,
      run: true,
      name: true,
      role: true,
      active: true,
      municipalityCode: true,
      regionCode: true,
      municipality: { select: { name: true } },
      region: { select: { name: true } },
    },
  });
  return { total, page, pageCount, items: items.map((user) => ({ ...user, editable: canManage(viewer, user) })) };
}

export async function getUserForEdit(viewer: Viewer, id: string) {
  const user = await visibleUser(db, viewer, id);
  return { user, editable: canManage(viewer, user) };
}

/** The municipalities and regions a viewer may assign, for the form's choices. */
export async function assignableTerritory(viewer: Viewer) {
  const regionFilter = viewer.role === "REGIONAL_COORDINATOR" ? { code: viewer.regionCode! } : {};
  const regions = await db.region.findMany({
    where: regionFilter,
    orderBy: { northSouthOrder: "asc" },
    select: { code: true, name: true, municipalities: { orderBy: { name: "asc" }, select: { code: true, name: true } } },
  });
  const roles: Role[] = viewer.role === "NATIONAL_ADMIN" ? ["MUNICIPAL_OFFICER", "REGIONAL_COORDINATOR", "NATIONAL_ADMIN"] : ["MUNICIPAL_OFFICER"];
  return { regions, roles };
}
