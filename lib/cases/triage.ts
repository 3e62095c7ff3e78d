import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { hasPermission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, RuleError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CasePriority, type CaseStatus } from "@/lib/generated/prisma/enums";
import { OTHER_INSTITUTION } from "@/lib/institutions/catalogue";
import { activeInstitutions, derivationOf } from "@/lib/institutions/service";
import { notify } from "@/lib/notifications/notify";
import { CASE_CONFLICT, visibleCase } from "./access";
import { computeDueDates } from "./sla";
import { availableCaseTransitions, CASE_TRANSITION_NAMES, FINISHED_STATUSES, nextCaseStatus, OUTCOME_CODES, OUTCOMES, transitionNeeds, type CaseTransitionName } from "./status-machine";
import { recordCaseEvent, type CaseEventKind } from "./timeline";

type Tx = Prisma.TransactionClient;
type Actor = Pick<Viewer, "id" | "name">;

// Control characters break exports and PostgreSQL refuses NUL; tabs and line breaks stay.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const text = (what: string, max: number) =>
  z
    .string({ error: `Escriba ${what}.` })
    .trim()
    .min(3, `Escriba ${what}.`)
    .max(max, `Máximo ${max.toLocaleString("es-CL")} caracteres.`)
    .refine((value) => !CONTROL.test(value), "Contiene caracteres no permitidos.");
/** Fields of other steps travel empty in the same form: blank means "not given". */
const blank = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

const caseRef = { caseId: z.uuid({ error: "No encontramos ese caso." }), version: z.coerce.number().int().min(1) };

export const assignSchema = z.strictObject({
  ...caseRef,
  /** Empty means "nobody": the case goes back to the unassigned queue. */
  assigneeId: z.string().max(40).transform((value) => value || null),
});

export const prioritySchema = z.strictObject({ ...caseRef, priority: z.enum(CasePriority, { error: "Elija una prioridad." }) });

const NEED_MESSAGES = {
  question: ["question", "Escriba la pregunta para la municipalidad: la verá en la conversación del caso."],
  derivedTo: ["institutionId", "Elija la institución a la que se deriva el caso."],
  reason: ["reason", "Explique por qué se reabre el caso."],
} as const;

export const transitionSchema = z
  .strictObject({
    ...caseRef,
    transition: z.enum(CASE_TRANSITION_NAMES, { error: "Elija un paso." }),
    question: blank(text("la pregunta para la municipalidad", 4000)),
    /** A catalogue institution (lib/institutions), or "otra" with its name in derivedTo. */
    institutionId: blank(z.union([z.uuid(), z.literal(OTHER_INSTITUTION)], { error: "Elija una institución de la lista." })),
    derivedTo: blank(text("el nombre de la otra institución", 200)),
    outcome: blank(z.enum(OUTCOME_CODES, { error: "Elija cómo se resolvió el caso." })),
    resolutionText: blank(text("la resolución", 4000)),
    reason: blank(text("el motivo", 2000)),
  })
  .superRefine((value, context) => {
    const need = transitionNeeds(value.transition);
    if (need === "resolution") {
      if (!value.outcome) context.addIssue({ code: "custom", path: ["outcome"], message: "Elija cómo se resolvió el caso." });
      if (!value.resolutionText) context.addIssue({ code: "custom", path: ["resolutionText"], message: "Escriba la resolución: la municipalidad la verá." });
    } else if (need) {
      const [field, message] = NEED_MESSAGES[need];
      if (!value[field]) context.addIssue({ code: "custom", path: [field], message });
      else if (need === "derivedTo" && value.institutionId === OTHER_INSTITUTION && !value.derivedTo) {
        context.addIssue({ code: "custom", path: ["derivedTo"], message: "Escriba el nombre de la otra institución." });
      }
    }
  });

export const internalNoteSchema = z.strictObject({ caseId: caseRef.caseId, body: text("la nota", 4000) });

const TRIAGE_SELECT = {
  id: true,
  folio: true,
  status: true,
  priority: true,
  regionCode: true,
  municipalityCode: true,
  assigneeId: true,
  firstResponseAt: true,
  version: true,
} satisfies Prisma.CaseSelect;
type TriageCase = Prisma.CaseGetPayload<{ select: typeof TRIAGE_SELECT }>;

function assertTriager(viewer: Viewer) {
  if (!hasPermission(viewer.role, "cases.triage")) throw new NotFoundError();
}

/**
 * Writes a change only over the version the person saw. The early check answers a stale form; the
 * guarded UPDATE catches two saves racing on the same version (the second finds the row changed).
 */
async function saveVersioned(tx: Tx, current: TriageCase, version: number, data: Prisma.CaseUncheckedUpdateManyInput) {
  if (current.version !== version) throw new ConflictError(CASE_CONFLICT);
  const { count } = await tx.case.updateMany({ where: { id: current.id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError(CASE_CONFLICT);
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * Recomputes both due moments from the SLA policy, the pauses and the clock's start: the filing, or
 * the latest reopening (a reopened case runs on a fresh clock, lib/sla `reopenSlaClock`; computing
 * from the reopening moment is that same rule). A first answer already given keeps the deadline it
 * was measured against.
 */
export async function refreshDueDates(tx: Tx, caseId: string, actor: Actor | null): Promise<void> {
  const found = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { type: true, priority: true, submittedAt: true, firstResponseAt: true, firstResponseDueAt: true, resolutionDueAt: true, pauses: { select: { from: true, to: true } } },
  });
  if (!found.submittedAt) return;
  const reopened = await tx.caseEvent.findFirst({ where: { caseId, kind: "case.reopened" }, orderBy: { at: "desc" }, select: { at: true } });
  const due = await computeDueDates(tx, found.type, found.priority, reopened?.at ?? found.submittedAt, found.pauses);
  const next = { firstResponseDueAt: found.firstResponseAt ? found.firstResponseDueAt : due.firstResponseDueAt, resolutionDueAt: due.resolutionDueAt };
  const before = { firstResponseDueAt: iso(found.firstResponseDueAt), resolutionDueAt: iso(found.resolutionDueAt) };
  const after = { firstResponseDueAt: iso(next.firstResponseDueAt), resolutionDueAt: iso(next.resolutionDueAt) };
  if (before.firstResponseDueAt === after.firstResponseDueAt && before.resolutionDueAt === after.resolutionDueAt) return;
  await tx.case.update({ where: { id: caseId }, data: next });
  await recordCaseEvent(tx, caseId, actor, "sla.recomputed", { before, after, internal: true });
}

async function audit(tx: Tx, viewer: Viewer, ip: string | null, action: string, current: TriageCase, before: Prisma.InputJsonValue, after: Prisma.InputJsonValue) {
  await recordAudit(tx, viewer, ip, { action, entity: "Case", entityId: current.id, before, after, regionCode: current.regionCode, municipalityCode: current.municipalityCode });
}

async function municipalityOfficers(tx: Tx, municipalityCode: string): Promise<string[]> {
  const officers = await tx.user.findMany({ where: { role: "MUNICIPAL_OFFICER", municipalityCode, active: true }, select: { id: true } });
  return officers.map((o) => o.id);
}

async function userName(tx: Tx, id: string | null): Promise<string | null> {
  if (!id) return null;
  return (await tx.user.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
}

/** Gives the case to a coordinator of its region, or back to the unassigned queue; the history stays in the timeline. */
export async function assignCase(viewer: Viewer, ip: string | null, input: z.output<typeof assignSchema>): Promise<{ assigneeName: string | null }> {
  assertTriager(viewer);
  return db.$transaction(async (tx) => {
    const current = await visibleCase(tx, viewer, input.caseId, TRIAGE_SELECT);
    if (current.version !== input.version) throw new ConflictError(CASE_CONFLICT);
    if (current.status === "CERRADO") throw new RuleError("Un caso cerrado no se asigna: reábralo primero.", "assigneeId");
    const assignee = input.assigneeId
      ? await tx.user.findFirst({ where: { id: input.assigneeId, role: "REGIONAL_COORDINATOR", regionCode: current.regionCode, active: true }, select: { id: true, name: true } })
      : null;
    if (input.assigneeId && !assignee) throw new RuleError("Elija a una persona activa de la coordinación regional del caso.", "assigneeId");
    if ((assignee?.id ?? null) === current.assigneeId) throw new RuleError(assignee ? "El caso ya está asignado a esa persona." : "El caso ya está sin asignar.", "assigneeId");

    await saveVersioned(tx, current, input.version, { assigneeId: assignee?.id ?? null });
    const previous = await userName(tx, current.assigneeId);
    await recordCaseEvent(tx, current.id, viewer, "case.assigned", { before: { assignee: previous }, after: { assignee: assignee?.name ?? null }, internal: true });
    await refreshDueDates(tx, current.id, viewer);
    await audit(tx, viewer, ip, "case.assign", current, { assigneeId: current.assigneeId }, { assigneeId: assignee?.id ?? null });
    if (assignee && assignee.id !== viewer.id) {
      await notify(tx, { userIds: [assignee.id], kind: "CASE_ASSIGNED", title: `${current.folio}: se le asignó el caso`, caseId: current.id });
    }
    return { assigneeName: assignee?.name ?? null };
  });
}

/** A new priority changes the SLA targets, so both due moments are recomputed with it. */
export async function changePriority(viewer: Viewer, ip: string | null, input: z.output<typeof prioritySchema>): Promise<void> {
  assertTriager(viewer);
  await db.$transaction(async (tx) => {
    const current = await visibleCase(tx, viewer, input.caseId, TRIAGE_SELECT);
    if (current.version !== input.version) throw new ConflictError(CASE_CONFLICT);
    if ((FINISHED_STATUSES as readonly string[]).includes(current.status)) throw new RuleError("Un caso resuelto o cerrado no cambia de prioridad.", "priority");
    if (current.priority === input.priority) throw new RuleError("El caso ya tiene esa prioridad.", "priority");
    await saveVersioned(tx, current, input.version, { priority: input.priority });
    await recordCaseEvent(tx, current.id, viewer, "case.priority", { before: { priority: current.priority }, after: { priority: input.priority } });
    await refreshDueDates(tx, current.id, viewer);
    await audit(tx, viewer, ip, "case.priority", current, { priority: current.priority }, { priority: input.priority });
  });
}

const EVENT_OF: Record<CaseTransitionName, CaseEventKind> = {
  startReview: "case.status",
  requestInfo: "case.infoRequested",
  resumeReview: "case.status",
  refer: "case.derived",
  resolve: "case.resolved",
  close: "case.closed",
  reopen: "case.reopened",
};

/**
 * Takes one step of the status table. The first step out of INGRESADO is SERMIG's first answer;
 * asking the municipality for information pauses the clock until the case leaves REQUIERE_INFO.
 */
export async function changeCaseStatus(viewer: Viewer, ip: string | null, input: z.output<typeof transitionSchema>): Promise<{ status: string }> {
  assertTriager(viewer);
  return db.$transaction(async (tx) => {
    const current = await visibleCase(tx, viewer, input.caseId, TRIAGE_SELECT);
    if (current.version !== input.version) throw new ConflictError(CASE_CONFLICT);
    const to = nextCaseStatus(input.transition, current.status, viewer.role);
    const now = new Date();
    const data: Prisma.CaseUncheckedUpdateManyInput = { status: to };
    const details: Record<string, string> = {};
    if (current.status === "INGRESADO" && !current.firstResponseAt) data.firstResponseAt = now;
    const leavesWait = current.status === "REQUIERE_INFO";
    if (leavesWait) data.waitingSince = null;
    if (to === "REQUIERE_INFO") data.waitingSince = now;
    switch (input.transition) {
      case "refer": {
        const derived = await derivationOf(tx, input.institutionId!, input.derivedTo);
        data.derivedTo = details.derivedTo = derived.name;
        data.derivedInstitutionId = derived.institutionId;
        break;
      }
      case "resolve":
        Object.assign(data, { outcome: input.outcome!, resolutionText: input.resolutionText!, resolvedAt: now });
        Object.assign(details, { outcome: OUTCOMES[input.outcome!], resolutionText: input.resolutionText! });
        break;
      case "close":
        data.closedAt = now;
        break;
      case "reopen":
        Object.assign(data, { outcome: null, resolutionText: null, resolvedAt: null, closedAt: null });
        details.reason = input.reason!;
        break;
    }
    await saveVersioned(tx, current, input.version, data);

    if (to === "REQUIERE_INFO") {
      // The question goes to the conversation, where the municipality answers it.
      const question = await tx.caseNote.create({ data: { caseId: current.id, internal: false, body: input.question!, authorId: viewer.id, authorName: viewer.name }, select: { id: true } });
      details.noteId = question.id;
    }
    await recordCaseEvent(tx, current.id, viewer, EVENT_OF[input.transition], { before: { status: current.status }, after: { status: to, ...details } });
    if (leavesWait) {
      await tx.casePause.updateMany({ where: { caseId: current.id, to: null }, data: { to: now } });
      await recordCaseEvent(tx, current.id, viewer, "sla.resumed");
    }
    if (to === "REQUIERE_INFO") {
      await tx.casePause.create({ data: { caseId: current.id, from: now } });
      await recordCaseEvent(tx, current.id, viewer, "sla.paused");
    }
    await refreshDueDates(tx, current.id, viewer);
    await audit(tx, viewer, ip, `case.${input.transition}`, current, { status: current.status }, { status: to, ...(input.outcome && { outcome: input.outcome }), ...(details.derivedTo && { derivedTo: details.derivedTo, institutionId: data.derivedInstitutionId ?? null }) });

    if (to === "REQUIERE_INFO" || to === "RESUELTO") {
      const title = to === "REQUIERE_INFO" ? `${current.folio}: SERMIG pide información sobre el caso` : `${current.folio}: SERMIG resolvió el caso`;
      await notify(tx, { userIds: await municipalityOfficers(tx, current.municipalityCode), kind: to === "REQUIERE_INFO" ? "CASE_INFO_REQUESTED" : "CASE_RESOLVED", title, caseId: current.id });
    }
    return { status: to };
  });
}

/** A note only SERMIG reads. It changes no field of the case, so it needs no version. */
export async function addInternalNote(viewer: Viewer, ip: string | null, input: z.output<typeof internalNoteSchema>): Promise<void> {
  assertTriager(viewer);
  await db.$transaction(async (tx) => {
    const current = await visibleCase(tx, viewer, input.caseId, TRIAGE_SELECT);
    // Like the conversation (lib/cases/conversation.ts): a closed case takes no more notes until reopened.
    if (current.status === "CERRADO") throw new RuleError("El caso está cerrado: reábralo para agregar notas.", "body");
    const note = await tx.caseNote.create({ data: { caseId: current.id, internal: true, body: input.body, authorId: viewer.id, authorName: viewer.name }, select: { id: true } });
    await recordCaseEvent(tx, current.id, viewer, "note.internal", { internal: true, after: { noteId: note.id } });
    await audit(tx, viewer, ip, "case.internalNote", current, {}, { noteId: note.id });
  });
}

/**
 * What the triage panel adds to a case the viewer has already been shown (the case page read it
 * within the viewer's scope): who can take it and the steps open to the viewer.
 */
export async function triagePanelData(viewer: Viewer, found: { regionCode: string; status: CaseStatus }) {
  assertTriager(viewer);
  const coordinators = await db.user.findMany({
    where: { role: "REGIONAL_COORDINATOR", regionCode: found.regionCode, active: true },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const transitions = availableCaseTransitions(found.status, viewer.role);
  const institutions = transitions.includes("refer") ? await activeInstitutions() : [];
  return { coordinators, transitions, institutions };
}
