import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { territoryWhere } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, RuleError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { chileLocalToInstant } from "@/lib/trainings/local-time";
import type { ActivityFilters, createActivitySchema, decideRequestSchema, recordPeopleSchema, requestSchema } from "./schemas";

/** Activities are shown region by region: officers and coordinators see their region's, admins all. */
function activityWhere(viewer: Viewer, region?: string): Prisma.TerritorialActivityWhereInput {
  if (viewer.role === "NATIONAL_ADMIN") return region ? { regionCode: region } : {};
  return { regionCode: viewer.regionCode! };
}

/** The first instant of a month in Chile and of the next one. */
export function monthBounds(month: string): { from: Date; to: Date } {
  const [year, m] = month.split("-").map(Number);
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
  return { from: chileLocalToInstant(`${month}-01T00:00`)!, to: chileLocalToInstant(`${next}-01T00:00`)! };
}

const listSelect = {
  id: true,
  type: true,
  startsAt: true,
  place: true,
  comunaCode: true,
  regionCode: true,
  peopleAttended: true,
} satisfies Prisma.TerritorialActivitySelect;

async function withComunaNames<T extends { comunaCode: string }>(rows: T[]) {
  const comunas = await db.comuna.findMany({ where: { code: { in: [...new Set(rows.map((r) => r.comunaCode))] } }, select: { code: true, name: true } });
  const names = new Map(comunas.map((c) => [c.code, c.name]));
  return rows.map((r) => ({ ...r, comunaName: names.get(r.comunaCode)! }));
}

/** The activities of one month, for the calendar and the list below it. */
export async function monthActivities(viewer: Viewer, filters: ActivityFilters & { mes: string }) {
  const { from, to } = monthBounds(filters.mes);
  const rows = await db.territorialActivity.findMany({
    where: { AND: [activityWhere(viewer, filters.region), { startsAt: { gte: from, lt: to } }] },
    orderBy: { startsAt: "asc" },
    take: 500,
    select: listSelect,
  });
  return withComunaNames(rows);
}

export async function getActivity(viewer: Viewer, id: string) {
  const activity = await db.territorialActivity.findFirst({
    where: { id, ...activityWhere(viewer) },
    include: { requests: { where: territoryWhere(viewer), orderBy: { createdAt: "desc" } } },
  });
  if (!activity) throw new NotFoundError();
  const [[named], region, municipalities] = await Promise.all([
    withComunaNames([activity]),
    db.region.findUniqueOrThrow({ where: { code: activity.regionCode }, select: { name: true } }),
    db.municipality.findMany({ where: { code: { in: activity.requests.map((r) => r.municipalityCode) } }, select: { code: true, name: true } }),
  ]);
  const names = new Map(municipalities.map((m) => [m.code, m.name]));
  return { activity: named, regionName: region.name, requests: activity.requests.map((r) => ({ ...r, municipalityName: names.get(r.municipalityCode)! })) };
}

/** Requests the viewer deals with: the officer's own, the coordinator's region's, all for admins. */
export async function listRequests(viewer: Viewer) {
  const rows = await db.activityRequest.findMany({
    where: territoryWhere(viewer),
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    take: 100,
    include: { activity: { select: { id: true, type: true, startsAt: true } } },
  });
  const municipalities = await db.municipality.findMany({ where: { code: { in: rows.map((r) => r.municipalityCode) } }, select: { code: true, name: true } });
  const names = new Map(municipalities.map((m) => [m.code, m.name]));
  return rows.map((r) => ({ ...r, municipalityName: names.get(r.municipalityCode)! }));
}

/** Comunas where the viewer may create activities. */
export function activityComunas(viewer: Viewer) {
  return db.comuna.findMany({ where: viewer.role === "NATIONAL_ADMIN" ? {} : { regionCode: viewer.regionCode! }, orderBy: [{ regionCode: "asc" }, { name: "asc" }], select: { code: true, name: true } });
}

export async function createActivity(viewer: Viewer, ip: string | null, input: z.output<typeof createActivitySchema>) {
  return db.$transaction(async (tx) => {
    const comuna = await tx.comuna.findFirst({ where: { code: input.comunaCode, ...(viewer.role === "NATIONAL_ADMIN" ? {} : { regionCode: viewer.regionCode! }) }, select: { code: true, regionCode: true, municipalityCode: true } });
    if (!comuna) throw new RuleError("Elija una comuna de su región.", "comunaCode");
    const activity = await tx.territorialActivity.create({ data: { ...input, municipalityCode: comuna.municipalityCode, regionCode: comuna.regionCode, createdById: viewer.id } });
    await recordAudit(tx, viewer, ip, { action: "activity.create", entity: "TerritorialActivity", entityId: activity.id, after: { type: activity.type, comunaCode: activity.comunaCode, startsAt: activity.startsAt.toISOString(), place: activity.place }, municipalityCode: activity.municipalityCode, regionCode: activity.regionCode });
    return { id: activity.id };
  });
}

export async function recordPeople(viewer: Viewer, ip: string | null, input: z.output<typeof recordPeopleSchema>) {
  return db.$transaction(async (tx) => {
    const before = await tx.territorialActivity.findFirst({ where: { id: input.id, ...activityWhere(viewer) }, select: { id: true, startsAt: true, peopleAttended: true, municipalityCode: true, regionCode: true } });
    if (!before) throw new NotFoundError();
    if (before.startsAt > new Date()) throw new RuleError("Las personas atendidas se registran después de la actividad.", "peopleAttended");
    const { count } = await tx.territorialActivity.updateMany({ where: { id: input.id, version: input.version }, data: { peopleAttended: input.peopleAttended, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError();
    await recordAudit(tx, viewer, ip, { action: "activity.recordAttendance", entity: "TerritorialActivity", entityId: before.id, before: { peopleAttended: before.peopleAttended }, after: { peopleAttended: input.peopleAttended }, municipalityCode: before.municipalityCode, regionCode: before.regionCode });
    return { peopleAttended: input.peopleAttended };
  });
}

export async function requestActivity(viewer: Viewer, ip: string | null, input: z.output<typeof requestSchema>) {
  try {
    return await db.$transaction(async (tx) => {
      if (input.kind === "PARTICIPATE") {
        const activity = await tx.territorialActivity.findFirst({ where: { id: input.activityId, ...activityWhere(viewer) }, select: { startsAt: true } });
        if (!activity) throw new NotFoundError();
        if (activity.startsAt <= new Date()) throw new RuleError("Esta actividad ya se realizó.", "message");
      }
      const request = await tx.activityRequest.create({
        data: {
          kind: input.kind,
          activityId: input.kind === "PARTICIPATE" ? input.activityId : null,
          activityType: input.kind === "HOST" ? input.activityType : null,
          message: input.message,
          municipalityCode: viewer.municipalityCode!,
          regionCode: viewer.regionCode!,
          requestedById: viewer.id,
        },
        select: { id: true, kind: true, activityId: true, activityType: true },
      });
      await recordAudit(tx, viewer, ip, { action: "activity.request", entity: "ActivityRequest", entityId: request.id, after: request, municipalityCode: viewer.municipalityCode, regionCode: viewer.regionCode });
      return { id: request.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new RuleError("Su municipalidad ya pidió participar en esta actividad.", "message");
    throw error;
  }
}

export async function decideRequest(viewer: Viewer, ip: string | null, input: z.output<typeof decideRequestSchema>) {
  return db.$transaction(async (tx) => {
    const request = await tx.activityRequest.findFirst({ where: { id: input.id, ...territoryWhere(viewer) }, select: { id: true, status: true, municipalityCode: true, regionCode: true } });
    if (!request) throw new NotFoundError();
    const status = input.decision === "ACCEPT" ? "ACCEPTED" : "DECLINED";
    const { count } = await tx.activityRequest.updateMany({ where: { id: request.id, status: "PENDING" }, data: { status, response: input.response, decidedAt: new Date() } });
    if (count === 0) throw new RuleError("Esta solicitud ya fue respondida.");
    await recordAudit(tx, viewer, ip, { action: input.decision === "ACCEPT" ? "activity.accept" : "activity.decline", entity: "ActivityRequest", entityId: request.id, before: { status: request.status }, after: { status, response: input.response }, municipalityCode: request.municipalityCode, regionCode: request.regionCode });
    return { status };
  });
}
