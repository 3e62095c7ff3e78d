import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, RuleError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { transactionWithFiles } from "@/lib/files/transaction";
import { type CheckedUpload, EVIDENCE_POLICY, storeUpload } from "@/lib/files/upload";
import { notify } from "@/lib/notifications/notify";
import { CASE_CONFLICT, CASE_TRANSACTION, seesInternal, visibleCase } from "./access";
import type { addAttachmentSchema, addNoteSchema, answerInfoSchema } from "./schemas";
import { refreshDueDates } from "./triage";
import { CONVERSATION_EVENTS, recordCaseEvent, visibility } from "./timeline";

type Tx = Prisma.TransactionClient;

const conversationSelect = {
  id: true,
  folio: true,
  status: true,
  version: true,
  municipalityCode: true,
  regionCode: true,
  assigneeId: true,
  createdById: true,
  firstResponseAt: true,
  municipality: { select: { name: true } },
} satisfies Prisma.CaseSelect;

type ConversationCase = Prisma.CaseGetPayload<{ select: typeof conversationSelect }>;

/** A case that takes notes and files: submitted, and not closed. */
async function openCase(tx: Tx, viewer: Viewer, caseId: string): Promise<ConversationCase> {
  const found = await visibleCase(tx, viewer, caseId, conversationSelect);
  if (found.status === "BORRADOR") throw new RuleError("Ingrese el caso antes de escribir a SERMIG; mientras sea borrador puede editarlo.");
  if (found.status === "CERRADO") throw new RuleError("El caso está cerrado: ya no recibe notas ni archivos.");
  return found;
}

function refuseInternalToOfficers(viewer: Viewer, internal: boolean) {
  if (internal && !seesInternal(viewer)) throw new ForbiddenError("Las notas y archivos internos son solo para SERMIG.");
}

/** Stores an uploaded file as an attachment of the case and records it in the timeline. */
export async function attachFile(tx: Tx, viewer: Viewer, caseId: string, file: File | CheckedUpload, internal: boolean): Promise<{ id: string }> {
  const stored = await storeUpload(tx, file, EVIDENCE_POLICY, viewer, "CaseAttachment");
  const attachment = await tx.caseAttachment.create({ data: { caseId, fileId: stored.id, internal, addedById: viewer.id }, select: { id: true } });
  await recordCaseEvent(tx, caseId, viewer, CONVERSATION_EVENTS.attachment[visibility(internal)], { internal, after: { attachmentId: attachment.id } });
  return attachment;
}

/**
 * The other side of the conversation: SERMIG's assignee (or, before anyone takes the case, the
 * region's coordinators) when the municipality writes; the officer who filed it when SERMIG does.
 */
async function counterpart(tx: Tx, viewer: Viewer, found: ConversationCase): Promise<string[]> {
  if (seesInternal(viewer)) return [found.createdById];
  if (found.assigneeId) return [found.assigneeId];
  const coordinators = await tx.user.findMany({ where: { role: "REGIONAL_COORDINATOR", regionCode: found.regionCode, active: true }, select: { id: true } });
  return coordinators.map((user) => user.id);
}

/**
 * Shared activity moves the case's "last update"; internal work does not, so the municipality cannot
 * read SERMIG's internal activity off its list. SERMIG's first shared word is its first response.
 */
async function touch(tx: Tx, viewer: Viewer, found: ConversationCase, internal: boolean) {
  if (internal) return;
  const firstResponse = seesInternal(viewer) && !found.firstResponseAt;
  await tx.case.update({ where: { id: found.id }, data: firstResponse ? { firstResponseAt: new Date() } : { updatedAt: new Date() } });
}

function audit(tx: Tx, viewer: Viewer, ip: string | null, action: string, found: ConversationCase, after: Prisma.InputJsonValue) {
  return recordAudit(tx, viewer, ip, { action, entity: "Case", entityId: found.id, after, municipalityCode: found.municipalityCode, regionCode: found.regionCode });
}

export async function addNote(viewer: Viewer, ip: string | null, input: z.output<typeof addNoteSchema>): Promise<{ id: string }> {
  refuseInternalToOfficers(viewer, input.internal);
  return db.$transaction(async (tx) => {
    const found = await openCase(tx, viewer, input.caseId);
    const note = await tx.caseNote.create({
      data: { caseId: found.id, internal: input.internal, body: input.body, authorId: viewer.id, authorName: viewer.name },
      select: { id: true },
    });
    await recordCaseEvent(tx, found.id, viewer, CONVERSATION_EVENTS.note[visibility(input.internal)], { internal: input.internal, after: { noteId: note.id } });
    await touch(tx, viewer, found, input.internal);
    await audit(tx, viewer, ip, "case.addNote", found, { noteId: note.id, internal: input.internal });
    if (!input.internal) {
      const author = seesInternal(viewer) ? "SERMIG" : found.municipality.name;
      await notify(tx, { userIds: await counterpart(tx, viewer, found), kind: "CASE_NOTE", title: `${found.folio}: nueva nota de ${author}`, caseId: found.id });
    }
    return note;
  }, CASE_TRANSACTION);
}

export async function addAttachment(viewer: Viewer, ip: string | null, input: z.output<typeof addAttachmentSchema>): Promise<{ id: string }> {
  refuseInternalToOfficers(viewer, input.internal);
  return transactionWithFiles(async (tx) => {
    const found = await openCase(tx, viewer, input.caseId);
    const attachment = await attachFile(tx, viewer, found.id, input.archivo, input.internal);
    await touch(tx, viewer, found, input.internal);
    await audit(tx, viewer, ip, "case.addAttachment", found, { attachmentId: attachment.id, internal: input.internal });
    return attachment;
  }, CASE_TRANSACTION);
}

/**
 * The municipality answers SERMIG's request for information: a shared note (and maybe a file). The
 * case goes back to review and the SLA clock, paused while SERMIG waited, runs again.
 */
export async function answerInfoRequest(viewer: Viewer, ip: string | null, input: z.output<typeof answerInfoSchema>): Promise<{ version: number }> {
  if (viewer.role !== "MUNICIPAL_OFFICER") throw new ForbiddenError();
  return transactionWithFiles(async (tx) => {
    const found = await openCase(tx, viewer, input.caseId);
    if (found.version !== input.version) throw new ConflictError(CASE_CONFLICT);
    if (found.status !== "REQUIERE_INFO") throw new RuleError("Este caso no tiene una solicitud de información pendiente.");
    const { count } = await tx.case.updateMany({
      where: { id: found.id, version: input.version, status: "REQUIERE_INFO" },
      data: { status: "EN_REVISION", waitingSince: null, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(CASE_CONFLICT);
    await tx.casePause.updateMany({ where: { caseId: found.id, to: null }, data: { to: new Date() } });

    const note = await tx.caseNote.create({ data: { caseId: found.id, internal: false, body: input.body, authorId: viewer.id, authorName: viewer.name }, select: { id: true } });
    await recordCaseEvent(tx, found.id, viewer, "case.infoAnswered", { before: { status: "REQUIERE_INFO" }, after: { status: "EN_REVISION", noteId: note.id } });
    if (input.archivo) await attachFile(tx, viewer, found.id, input.archivo, false);
    await recordCaseEvent(tx, found.id, viewer, "sla.resumed");
    await refreshDueDates(tx, found.id, viewer);
    await audit(tx, viewer, ip, "case.answerInfo", found, { status: "EN_REVISION", noteId: note.id });
    await notify(tx, {
      userIds: await counterpart(tx, viewer, found),
      kind: "CASE_INFO_ANSWERED",
      title: `${found.folio}: ${found.municipality.name} respondió la solicitud de información`,
      caseId: found.id,
    });
    return { version: input.version + 1 };
  }, CASE_TRANSACTION);
}
