import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { territoryWhere } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, RuleError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EVIDENCE_POLICY, storeUpload } from "@/lib/files/upload";
import { ADHERED } from "./lifecycle";
import type { addEvidenceSchema, createActionSchema, designatedOfficialSchema, reviewActionSchema, trainingSchema, updateActionSchema } from "./schemas";
import { visibleMunicipality } from "./service";

type Tx = Prisma.TransactionClient;

/** Work plans belong to adhered municipalities: the letter must be in, and the municipality not withdrawn. */
async function adheredMunicipality(tx: Tx, viewer: Viewer, code: string) {
  const municipality = await visibleMunicipality(tx, viewer, code);
  const adhesion = await tx.adhesion.findUnique({ where: { municipalityCode: code }, select: { status: true } });
  if (!adhesion || !ADHERED.includes(adhesion.status)) {
    throw new RuleError("El plan de trabajo se abre cuando la municipalidad envía su carta de compromiso.");
  }
  return municipality;
}

const actionSnapshot = {
  id: true,
  municipalityCode: true,
  regionCode: true,
  line: true,
  title: true,
  description: true,
  responsibleUnit: true,
  startsOn: true,
  dueOn: true,
  status: true,
  review: true,
  reviewComment: true,
  version: true,
  _count: { select: { evidence: true } },
} satisfies Prisma.CommitmentActionSelect;

/** An action inside the viewer's territory; anything else does not exist for them. */
async function visibleAction(tx: Tx, viewer: Viewer, id: string) {
  const action = await tx.commitmentAction.findFirst({ where: { id, ...territoryWhere(viewer) }, select: actionSnapshot });
  if (!action) throw new NotFoundError();
  return action;
}

async function saveAction(tx: Tx, id: string, version: number, data: Prisma.CommitmentActionUpdateManyMutationInput) {
  const { count } = await tx.commitmentAction.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError();
  return tx.commitmentAction.findUniqueOrThrow({ where: { id }, select: actionSnapshot });
}

function audit(tx: Tx, viewer: Viewer, ip: string | null, action: string, place: { municipalityCode: string; regionCode: string }, entityId: string, change: { before?: object; after?: object }) {
  return recordAudit(tx, viewer, ip, {
    action,
    entity: "CommitmentAction",
    entityId,
    before: change.before as Prisma.InputJsonValue | undefined,
    after: change.after as Prisma.InputJsonValue | undefined,
    municipalityCode: place.municipalityCode,
    regionCode: place.regionCode,
  });
}

export async function createAction(viewer: Viewer, ip: string | null, input: z.output<typeof createActionSchema>) {
  return db.$transaction(async (tx) => {
    const municipality = await adheredMunicipality(tx, viewer, input.municipalityCode);
    const action = await tx.commitmentAction.create({
      data: { ...input, municipalityCode: municipality.code, regionCode: municipality.regionCode },
      select: actionSnapshot,
    });
    await audit(tx, viewer, ip, "workplan.createAction", action, action.id, { after: action });
    return { id: action.id };
  });
}

export async function updateAction(viewer: Viewer, ip: string | null, input: z.output<typeof updateActionSchema>) {
  return db.$transaction(async (tx) => {
    const before = await visibleAction(tx, viewer, input.id);
    const { id, version, ...fields } = input;
    // An approved action that changes goes back to the coordinator.
    const review = before.review === "APPROVED" ? (before._count.evidence > 0 ? "PENDING" : "DRAFT") : before.review;
    const after = await saveAction(tx, id, version, { ...fields, review });
    await audit(tx, viewer, ip, "workplan.updateAction", after, id, { before, after });
    return { id };
  });
}

export async function addEvidence(viewer: Viewer, ip: string | null, input: z.output<typeof addEvidenceSchema>) {
  return db.$transaction(async (tx) => {
    const action = await visibleAction(tx, viewer, input.actionId);
    const file = input.archivo ? await storeUpload(tx, input.archivo, EVIDENCE_POLICY, viewer, "Evidence") : null;
    const evidence = await tx.evidence.create({
      data: { actionId: action.id, description: input.description, url: input.url, fileId: file?.id ?? null, addedById: viewer.id },
      select: { id: true, description: true, url: true, fileId: true },
    });
    // New evidence asks the coordinator to look again.
    const after = await saveAction(tx, action.id, action.version, { review: "PENDING" });
    await audit(tx, viewer, ip, "workplan.addEvidence", action, action.id, { after: { evidence, review: after.review } });
    return { id: evidence.id };
  });
}

export async function reviewAction(viewer: Viewer, ip: string | null, input: z.output<typeof reviewActionSchema>) {
  return db.$transaction(async (tx) => {
    const before = await visibleAction(tx, viewer, input.actionId);
    if (before.version !== input.version) throw new ConflictError();
    if (before.review !== "PENDING") throw new RuleError("Esta acción no tiene medios de verificación esperando revisión.");
    const approve = input.decision === "APPROVE";
    const after = await saveAction(tx, before.id, input.version, {
      review: approve ? "APPROVED" : "RETURNED",
      reviewComment: input.comment,
      reviewedById: viewer.id,
      reviewedAt: new Date(),
    });
    await audit(tx, viewer, ip, approve ? "workplan.approve" : "workplan.return", after, after.id, {
      before: { review: before.review },
      after: { review: after.review, comment: after.reviewComment },
    });
    return { review: after.review };
  });
}

export async function saveDesignatedOfficial(viewer: Viewer, ip: string | null, input: z.output<typeof designatedOfficialSchema>) {
  return db.$transaction(async (tx) => {
    const municipality = await adheredMunicipality(tx, viewer, input.municipalityCode);
    const { municipalityCode: code, version, ...fields } = input;
    const before = await tx.designatedOfficial.findUnique({ where: { municipalityCode: code } });
    if ((before?.version ?? 0) !== version) throw new ConflictError();
    const after = before
      ? await tx.designatedOfficial.update({ where: { municipalityCode: code }, data: { ...fields, version: { increment: 1 } } })
      : await tx.designatedOfficial.create({ data: { ...fields, municipalityCode: code } });
    await recordAudit(tx, viewer, ip, {
      action: "workplan.designatedOfficial",
      entity: "DesignatedOfficial",
      entityId: code,
      before: before ?? undefined,
      after,
      municipalityCode: code,
      regionCode: municipality.regionCode,
    });
    return { version: after.version };
  });
}

export async function addTraining(viewer: Viewer, ip: string | null, input: z.output<typeof trainingSchema>) {
  return db.$transaction(async (tx) => {
    const municipality = await adheredMunicipality(tx, viewer, input.municipalityCode);
    const record = await tx.trainingRecord.create({ data: input });
    await recordAudit(tx, viewer, ip, {
      action: "workplan.addTraining",
      entity: "TrainingRecord",
      entityId: record.id,
      after: record,
      municipalityCode: municipality.code,
      regionCode: municipality.regionCode,
    });
    return { id: record.id };
  });
}
