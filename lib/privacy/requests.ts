import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/viewer";
import { documentKeyOf } from "@/lib/cases/schemas";
import { db } from "@/lib/db";
import { NotFoundError, RuleError } from "@/lib/errors";
import { santiagoWallClock } from "@/lib/santiago-clock";
import { subjectDigest } from "./lookup-key";
import type { AnswerRequestInput, SubjectRequestInput } from "./schemas";

/**
 * The register of data-subject requests (Ley 21.719 art. 4 rights). Art. 11 of Ley 19.628 as amended
 * gives the controller "treinta días corridos" from the day the request came in, extendable once: the
 * law counts calendar days, not business days (the working-day rule of Ley 19.880 art. 25 applies only
 * where a special law says nothing, and this one does), so the deadline is the date of receipt plus 30.
 */
export const RESPONSE_DAYS = 30;

const DAY = 86_400_000;

/** Today's date in Chile, as a UTC-midnight Date like the `@db.Date` columns read back. */
export function santiagoToday(now = new Date()): Date {
  const { year, month, day } = santiagoWallClock(now);
  return new Date(Date.UTC(year, month - 1, day));
}

export function dueOn(receivedOn: Date): Date {
  return new Date(receivedOn.getTime() + RESPONSE_DAYS * DAY);
}

/** The deadline in words, against today in Chile: «Vencida hace 3 días», «Vence hoy», «Vence en 5 días». */
export function deadlineText(due: Date, today: Date): { text: string; overdue: boolean } {
  const days = Math.round((due.getTime() - today.getTime()) / DAY);
  if (days < 0) return { text: `Vencida hace ${-days} ${days === -1 ? "día" : "días"}`, overdue: true };
  if (days === 0) return { text: "Vence hoy", overdue: false };
  return { text: `Vence en ${days} ${days === 1 ? "día" : "días"}`, overdue: false };
}

function assertAdmin(viewer: Viewer) {
  if (viewer.role !== "NATIONAL_ADMIN") throw new NotFoundError();
}

export async function registerRequest(viewer: Viewer, ip: string | null, input: SubjectRequestInput, now = new Date()): Promise<{ id: string }> {
  assertAdmin(viewer);
  const receivedOn = new Date(`${input.receivedOn}T00:00:00Z`);
  if (receivedOn.getTime() > santiagoToday(now).getTime()) throw new RuleError("La fecha de ingreso no puede ser posterior a hoy.", "receivedOn");
  return db.$transaction(async (tx) => {
    const created = await tx.subjectRequest.create({
      data: {
        type: input.type,
        documentKey: documentKeyOf(input.documentNumber),
        documentNumber: input.documentNumber,
        requesterName: input.requesterName,
        purpose: input.type === "OPOSICION" ? input.purpose : null,
        detail: input.detail ?? null,
        receivedOn,
        dueOn: dueOn(receivedOn),
        createdById: viewer.id,
      },
      select: { id: true, dueOn: true },
    });
    await recordAudit(tx, viewer, ip, {
      action: "privacy.requestRegister",
      entity: "DataSubject",
      entityId: subjectDigest(input.documentNumber),
      after: { requestId: created.id, type: input.type, receivedOn: input.receivedOn, dueOn: created.dueOn.toISOString().slice(0, 10) },
    });
    return { id: created.id };
  });
}

/** Records the answer given (outcome, date, who); an answered request leaves the list of those due. */
export async function answerRequest(viewer: Viewer, ip: string | null, input: AnswerRequestInput, now = new Date()): Promise<{ id: string }> {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const today = santiagoToday(now);
    const answered = await tx.subjectRequest.updateMany({
      where: { id: input.id, answeredOn: null },
      data: { outcome: input.outcome, outcomeNote: input.note, answeredOn: today, handledById: viewer.id, handledByName: viewer.name },
    });
    if (answered.count === 0) throw new NotFoundError();
    const request = await tx.subjectRequest.findUniqueOrThrow({ where: { id: input.id }, select: { documentKey: true, type: true, dueOn: true } });
    await recordAudit(tx, viewer, ip, {
      action: "privacy.requestAnswer",
      entity: "DataSubject",
      entityId: subjectDigest(request.documentKey),
      after: { requestId: input.id, type: request.type, outcome: input.outcome, late: today.getTime() > request.dueOn.getTime() },
    });
    return { id: input.id };
  });
}

/** Open requests, soonest deadline first: overdue ones lead. */
export async function dueRequests(viewer: Viewer) {
  assertAdmin(viewer);
  return db.subjectRequest.findMany({
    where: { answeredOn: null },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
    select: { id: true, type: true, documentNumber: true, requesterName: true, purpose: true, detail: true, receivedOn: true, dueOn: true },
    take: 200,
  });
}

/** The latest answered requests, so the page shows what was decided, by whom and when. */
export async function answeredRequests(viewer: Viewer) {
  assertAdmin(viewer);
  return db.subjectRequest.findMany({
    where: { answeredOn: { not: null } },
    orderBy: [{ answeredOn: "desc" }, { createdAt: "desc" }],
    select: { id: true, type: true, requesterName: true, purpose: true, receivedOn: true, dueOn: true, outcome: true, answeredOn: true, handledByName: true },
    take: 20,
  });
}

/** Objections the person made that were upheld: processing purposes their data must no longer serve. */
export async function upheldObjections(documentNumber: string) {
  return db.subjectRequest.findMany({
    where: { documentKey: documentKeyOf(documentNumber), type: "OPOSICION", outcome: { in: ["ACOGIDA", "ACOGIDA_PARCIAL"] } },
    select: { purpose: true, answeredOn: true },
    orderBy: { answeredOn: "desc" },
  });
}
