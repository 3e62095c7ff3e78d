import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { territoryWhere } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { attendanceSchema, evaluationSchema, publishSessionSchema, registerSchema, SessionFilters } from "./schemas";

type Tx = Prisma.TransactionClient;

const PAGE_SIZE = 20;

/** National sessions are for everyone; regional ones for the people of that region. */
export function sessionWhere(viewer: Viewer): Prisma.TrainingSessionWhereInput {
  if (viewer.role === "NATIONAL_ADMIN") return {};
  return { OR: [{ regionCode: null }, { regionCode: viewer.regionCode! }] };
}

/** Who publishes a session also takes its attendance: admins for national ones, the region's coordinator for regional ones. */
export function managesSession(viewer: Viewer, session: { regionCode: string | null }): boolean {
  if (viewer.role === "NATIONAL_ADMIN") return true;
  return viewer.role === "REGIONAL_COORDINATOR" && session.regionCode !== null && session.regionCode === viewer.regionCode;
}

async function visibleSession(tx: Tx, viewer: Viewer, id: string) {
  const session = await tx.trainingSession.findFirst({ where: { id, ...sessionWhere(viewer) } });
  if (!session) throw new NotFoundError();
  return session;
}

export async function listSessions(viewer: Viewer, filters: SessionFilters) {
  const now = new Date();
  const where: Prisma.TrainingSessionWhereInput = { AND: [sessionWhere(viewer), filters.periodo === "proximas" ? { startsAt: { gte: now } } : { startsAt: { lt: now } }] };
  const [total, rows] = await Promise.all([
    db.trainingSession.count({ where }),
    db.trainingSession.findMany({
      where,
      orderBy: { startsAt: filters.periodo === "proximas" ? "asc" : "desc" },
      skip: (filters.pagina - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        topic: true,
        startsAt: true,
        modality: true,
        place: true,
        regionCode: true,
        capacity: true,
        attendanceRecordedAt: true,
        _count: { select: { registrations: true } },
      },
    }),
  ]);
  const regions = await regionNames(rows.map((r) => r.regionCode));
  return { total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), rows: rows.map((r) => ({ ...r, regionName: r.regionCode ? regions.get(r.regionCode)! : null })) };
}

async function regionNames(codes: (string | null)[]) {
  const wanted = [...new Set(codes.filter((c): c is string => c !== null))];
  const regions = wanted.length ? await db.region.findMany({ where: { code: { in: wanted } }, select: { code: true, name: true } }) : [];
  return new Map(regions.map((r) => [r.code, r.name]));
}

export async function getSession(viewer: Viewer, id: string) {
  const session = await visibleSession(db, viewer, id);
  const manager = managesSession(viewer, session);
  const [registrations, taken, region] = await Promise.all([
    db.trainingRegistration.findMany({
      where: { sessionId: id, ...(manager ? {} : territoryWhere(viewer)) },
      orderBy: [{ municipalityCode: "asc" }, { createdAt: "asc" }],
    }),
    db.trainingRegistration.count({ where: { sessionId: id } }),
    session.regionCode ? db.region.findUnique({ where: { code: session.regionCode }, select: { name: true } }) : null,
  ]);
  const municipalities = await db.municipality.findMany({ where: { code: { in: [...new Set(registrations.map((r) => r.municipalityCode))] } }, select: { code: true, name: true } });
  const names = new Map(municipalities.map((m) => [m.code, m.name]));
  return {
    session: { ...session, regionName: region?.name ?? null },
    registrations: registrations.map((r) => ({ ...r, municipalityName: names.get(r.municipalityCode)! })),
    taken,
    manager,
    started: session.startsAt <= new Date(),
  };
}

export async function publishSession(viewer: Viewer, ip: string | null, input: z.output<typeof publishSessionSchema>) {
  const regionCode = viewer.role === "NATIONAL_ADMIN" ? input.regionCode : viewer.regionCode;
  if (viewer.role === "REGIONAL_COORDINATOR" && input.regionCode !== viewer.regionCode) {
    throw new RuleError("Solo puede publicar sesiones de su región.", "regionCode");
  }
  if (input.startsAt <= new Date()) throw new RuleError("La sesión debe comenzar en el futuro.", "startsAt");
  return db.$transaction(async (tx) => {
    const session = await tx.trainingSession.create({
      data: {
        topic: input.topic,
        description: input.description,
        startsAt: input.startsAt,
        modality: input.modality,
        place: input.modality === "PRESENCIAL" ? input.place : null,
        url: input.modality === "ONLINE" ? input.url : null,
        regionCode,
        capacity: input.capacity,
        publishedById: viewer.id,
        publishedByName: viewer.name,
      },
    });
    await recordAudit(tx, viewer, ip, { action: "training.publish", entity: "TrainingSession", entityId: session.id, after: { ...session, startsAt: session.startsAt.toISOString(), createdAt: undefined }, regionCode });
    return { id: session.id };
  });
}

/**
 * Registers one staff member. The session row is locked for the count and the insert, so two
 * officers registering at the same moment cannot both take the last seat.
 */
export async function registerStaff(viewer: Viewer, ip: string | null, input: z.output<typeof registerSchema>) {
  try {
    return await db.$transaction(async (tx) => {
      await visibleSession(tx, viewer, input.sessionId);
      const [session] = await tx.$queryRaw<{ capacity: number; starts_at: Date; attendance_recorded_at: Date | null }[]>`
        SELECT capacity, starts_at, attendance_recorded_at FROM training_session WHERE id = ${input.sessionId} FOR UPDATE`;
      if (session.starts_at <= new Date() || session.attendance_recorded_at) throw new RuleError("Las inscripciones de esta sesión están cerradas.");
      const taken = await tx.trainingRegistration.count({ where: { sessionId: input.sessionId } });
      if (taken >= session.capacity) throw new RuleError("La sesión no tiene cupos disponibles.");
      const duplicate = await tx.trainingRegistration.findFirst({ where: { sessionId: input.sessionId, email: input.email }, select: { id: true } });
      if (duplicate) throw new RuleError("Esta persona ya está inscrita en la sesión.", "email");
      const registration = await tx.trainingRegistration.create({
        data: { ...input, municipalityCode: viewer.municipalityCode!, regionCode: viewer.regionCode!, registeredById: viewer.id },
        select: { id: true, sessionId: true, municipalityCode: true, position: true },
      });
      // The person's name and e-mail stay out of the audit trail; the row holds them.
      await recordAudit(tx, viewer, ip, { action: "training.register", entity: "TrainingRegistration", entityId: registration.id, after: registration, municipalityCode: viewer.municipalityCode, regionCode: viewer.regionCode });
      return { id: registration.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new RuleError("Esta persona ya está inscrita en la sesión.", "email");
    throw error;
  }
}

/** Average of the evaluations, as line 2 asks ("evaluación de los talleres"). */
function evaluationSummary(scores: number[]): string | null {
  if (scores.length === 0) return null;
  const average = (scores.reduce((a, b) => a + b, 0) / scores.length).toLocaleString("es-CL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `Nota promedio ${average} (${scores.length} ${scores.length === 1 ? "evaluación" : "evaluaciones"} de participantes)`;
}

/** Creates, updates or removes the line-2 record of one municipality for a session: one record, never two. */
async function syncTrainingRecord(tx: Tx, session: { id: string; topic: string; startsAt: Date; publishedByName: string; regionCode: string | null }, municipalityCode: string) {
  const attendees = await tx.trainingRegistration.findMany({ where: { sessionId: session.id, municipalityCode, attended: true }, select: { position: true, score: true } });
  const link = await tx.trainingSessionRecord.findUnique({ where: { sessionId_municipalityCode: { sessionId: session.id, municipalityCode } } });
  if (attendees.length === 0) {
    if (link) await tx.trainingRecord.delete({ where: { id: link.trainingRecordId } });
    return;
  }
  const day = new Date(session.startsAt.toLocaleDateString("en-CA", { timeZone: "America/Santiago" }) + "T00:00:00Z");
  const data = {
    heldOn: day,
    topic: session.topic,
    trainer: `SERMIG (${session.regionCode ? "sesión regional" : "sesión nacional"})`,
    unitsAttending: [...new Set(attendees.map((a) => a.position))].join(", ").slice(0, 300),
    trainedCount: attendees.length,
    evaluation: evaluationSummary(attendees.flatMap((a) => (a.score === null ? [] : [a.score]))),
  };
  if (link) {
    await tx.trainingRecord.update({ where: { id: link.trainingRecordId }, data });
  } else {
    const record = await tx.trainingRecord.create({ data: { ...data, municipalityCode }, select: { id: true } });
    await tx.trainingSessionRecord.create({ data: { sessionId: session.id, municipalityCode, trainingRecordId: record.id } });
  }
}

export async function recordAttendance(viewer: Viewer, ip: string | null, input: z.output<typeof attendanceSchema>) {
  return db.$transaction(async (tx) => {
    const session = await visibleSession(tx, viewer, input.sessionId);
    if (!managesSession(viewer, session)) throw new ForbiddenError("Solo quien publicó la sesión registra su asistencia.");
    if (session.startsAt > new Date()) throw new RuleError("La asistencia se registra después de la sesión.");
    const { count } = await tx.trainingSession.updateMany({ where: { id: session.id, version: input.version }, data: { attendanceRecordedAt: new Date(), version: { increment: 1 } } });
    if (count === 0) throw new ConflictError();
    const registrations = await tx.trainingRegistration.findMany({ where: { sessionId: session.id }, select: { id: true, municipalityCode: true } });
    const known = new Set(registrations.map((r) => r.id));
    if (input.attended.some((id) => !known.has(id))) throw new NotFoundError();
    const attended = new Set(input.attended);
    await tx.trainingRegistration.updateMany({ where: { sessionId: session.id, id: { in: [...attended] } }, data: { attended: true } });
    await tx.trainingRegistration.updateMany({ where: { sessionId: session.id, id: { notIn: [...attended] } }, data: { attended: false, score: null, comment: null } });
    for (const code of new Set(registrations.map((r) => r.municipalityCode))) await syncTrainingRecord(tx, session, code);
    await recordAudit(tx, viewer, ip, {
      action: "training.attendance",
      entity: "TrainingSession",
      entityId: session.id,
      after: { registered: registrations.length, attended: attended.size },
      regionCode: session.regionCode,
    });
    return { attended: attended.size };
  });
}

export async function evaluate(viewer: Viewer, ip: string | null, input: z.output<typeof evaluationSchema>) {
  return db.$transaction(async (tx) => {
    const registration = await tx.trainingRegistration.findFirst({ where: { id: input.registrationId, ...territoryWhere(viewer) }, include: { session: true } });
    if (!registration) throw new NotFoundError();
    if (!registration.attended) throw new RuleError("Solo se evalúa a quienes asistieron a la sesión.", "score");
    await tx.trainingRegistration.update({ where: { id: registration.id }, data: { score: input.score, comment: input.comment } });
    await syncTrainingRecord(tx, registration.session, registration.municipalityCode);
    await recordAudit(tx, viewer, ip, {
      action: "training.evaluate",
      entity: "TrainingRegistration",
      entityId: registration.id,
      before: { score: registration.score },
      after: { score: input.score },
      municipalityCode: registration.municipalityCode,
      regionCode: registration.regionCode,
    });
    return { score: input.score };
  });
}
