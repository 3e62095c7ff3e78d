import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { CASE_TYPES } from "@/lib/cases/catalogue";
import type { FileStore } from "@/lib/files/store";
import { logError } from "@/lib/log";
import { retentionCutoff } from "@/lib/privacy/retention-config";

/**
 * The `anonymise-expired` job (daily, and on demand from /admin/privacidad): once a case has been closed
 * for longer than the retention period (CASE_RETENTION_MONTHS), its personal data goes, as Ley 21.719's
 * proportionality principle asks, while what the programme's statistics and accountability need stays:
 * the case's type, status, priority, territory and dates; each participant's document type, nationality,
 * sex/gender and relation; the timeline's events and the audit trail. A case on legal hold is skipped.
 *
 * Per case, in one transaction: participants' names, document numbers, birth dates and contacts; the
 * narrative (summary, description, free-text answers, legal-basis detail, resolution, note bodies); the
 * free text inside timeline events; rectification history (it holds the old values); attachment rows.
 * File bytes are deleted only after that commits, so a rollback never leaves a row without its file.
 */

export const REDACTED = "[Anonimizado]";
export const REDACTED_NOTE = "[Contenido eliminado al cumplirse el plazo de conservación]";
export const ANONYMOUS_NAME = "Persona anonimizada";

/** Keys of timeline events whose values are codes, dates or ids (kept); any other value is free text and goes. */
const EVENT_CODE_KEYS = new Set(["status", "priority", "type", "folio", "consentBasis", "assignee", "derivedTo", "outcome", "deadline", "dueAt", "noteId", "attachmentId", "changed", "firstResponseDueAt", "resolutionDueAt"]);

type Json = Prisma.JsonValue;

function redactEvent(value: Json): { value: Json; changed: boolean } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { value, changed: false };
  let changed = false;
  const out: Record<string, Json> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (EVENT_CODE_KEYS.has(key) || entry === null || entry === undefined || entry === REDACTED) out[key] = entry ?? null;
    else {
      out[key] = REDACTED;
      changed = true;
    }
  }
  return { value: out, changed };
}

/** Yes/no and choice answers feed statistics and the suggested priority; free-text answers are narrative. */
function statisticalDetails(type: keyof typeof CASE_TYPES, details: Json): Record<string, string> {
  if (typeof details !== "object" || details === null || Array.isArray(details)) return {};
  const coded = new Set(CASE_TYPES[type].questions.filter((q) => q.kind !== "text").map((q) => q.key));
  return Object.fromEntries(Object.entries(details).filter((entry): entry is [string, string] => coded.has(entry[0]) && typeof entry[1] === "string"));
}

export type RetentionCounts = { cases: number; participants: number; files: number; failures: number };
export type RetentionTrigger = { trigger: "schedule" } | { trigger: "manual"; actor: { id: string; name: string; role: "NATIONAL_ADMIN" }; ip: string | null };

type Actor = Parameters<typeof recordAudit>[1];

/**
 * Anonymises one case; null when it no longer qualifies under `claim` (a hold set meanwhile, another run
 * got there). The retention job claims expired closed cases; an erasure request (lib/privacy/erasure.ts)
 * claims the person's cases whatever their age. Neither touches a case on legal hold or already done.
 * File bytes are the caller's to delete once the transaction commits.
 */
export async function anonymiseCase(
  tx: Prisma.TransactionClient,
  caseId: string,
  claim: Prisma.CaseWhereInput,
  now: Date,
  audit: { actor: Actor; ip: string | null } = { actor: null, ip: null },
): Promise<{ participants: number; storageKeys: string[] } | null> {
  // The narrow exception of the timeline's append-only trigger (migration privacy_rights), for this transaction only.
  await tx.$executeRaw`SELECT set_config('sello.redaction', 'on', true)`;
  const found = await tx.case.findFirst({ where: { id: caseId }, select: { type: true, typeDetails: true, municipalityCode: true, regionCode: true } });
  if (!found) return null;
  const claimed = await tx.case.updateMany({
    where: { AND: [claim, { id: caseId, legalHold: false, anonymisedAt: null }] },
    data: {
      summary: REDACTED,
      description: REDACTED,
      typeDetails: statisticalDetails(found.type, found.typeDetails),
      consentDetail: null,
      resolutionText: null,
      anonymisedAt: now,
    },
  });
  if (claimed.count === 0) return null;

  const participants = await tx.caseParticipant.updateMany({
    where: { caseId },
    data: { fullName: ANONYMOUS_NAME, documentNumber: null, documentKey: null, birthDate: null, contact: null, version: { increment: 1 } },
  });
  await tx.participantRevision.deleteMany({ where: { caseId } });
  await tx.caseNote.updateMany({ where: { caseId }, data: { body: REDACTED_NOTE } });

  const attachments = await tx.caseAttachment.findMany({ where: { caseId }, select: { id: true, file: { select: { id: true, storageKey: true } } } });
  await tx.caseAttachment.deleteMany({ where: { caseId } });
  await tx.storedFile.deleteMany({ where: { id: { in: attachments.map((a) => a.file.id) } } });

  const events = await tx.caseEvent.findMany({ where: { caseId }, select: { id: true, before: true, after: true } });
  for (const event of events) {
    const before = redactEvent(event.before);
    const after = redactEvent(event.after);
    if (!before.changed && !after.changed) continue;
    await tx.caseEvent.update({ where: { id: event.id }, data: { before: before.value as Prisma.InputJsonValue, after: after.value as Prisma.InputJsonValue } });
  }

  await recordAudit(tx, audit.actor, audit.ip, {
    action: "privacy.anonymise",
    entity: "Case",
    entityId: caseId,
    after: { participants: participants.count, files: attachments.length },
    municipalityCode: found.municipalityCode,
    regionCode: found.regionCode,
  });
  return { participants: participants.count, storageKeys: attachments.map((a) => a.file.storageKey) };
}

/** What the retention job takes: closed before the cutoff, and not blocked while a request is examined. */
function expired(cutoff: Date): Prisma.CaseWhereInput {
  return { status: "CERRADO", closedAt: { lt: cutoff }, blockedAt: null };
}

/** Runs the retention job once and keeps its summary (counts only) in retention_run. */
export async function runAnonymisation(db: PrismaClient, store: FileStore, options: { months: number; now?: Date } & RetentionTrigger): Promise<RetentionCounts & { runId: string }> {
  const now = options.now ?? new Date();
  const cutoff = retentionCutoff(now, options.months);
  const actor = options.trigger === "manual" ? options.actor : null;
  const run = await db.retentionRun.create({ data: { trigger: options.trigger, actorName: actor?.name ?? null, retentionMonths: options.months, cutoff, startedAt: now }, select: { id: true } });

  const due = await db.case.findMany({
    where: { ...expired(cutoff), legalHold: false, anonymisedAt: null },
    select: { id: true },
    orderBy: { closedAt: "asc" },
  });
  const counts: RetentionCounts = { cases: 0, participants: 0, files: 0, failures: 0 };
  for (const { id } of due) {
    try {
      const done = await db.$transaction((tx) => anonymiseCase(tx, id, expired(cutoff), now));
      if (!done) continue;
      counts.cases++;
      counts.participants += done.participants;
      counts.files += done.storageKeys.length;
      for (const key of done.storageKeys) {
        // The rows are gone; bytes that fail to delete are orphans the log names by key (no personal data).
        await store.delete(key).catch((error: unknown) => logError("jobs:anonymise-expired:file", error));
      }
    } catch (error) {
      counts.failures++;
      logError("jobs:anonymise-expired", error);
    }
  }

  await db.$transaction(async (tx) => {
    await tx.retentionRun.update({ where: { id: run.id }, data: { ...counts, finishedAt: new Date() } });
    await recordAudit(tx, actor, options.trigger === "manual" ? options.ip : null, {
      action: "privacy.retentionRun",
      entity: "RetentionRun",
      entityId: run.id,
      after: { ...counts, retentionMonths: options.months, cutoff: cutoff.toISOString() },
    });
  });
  console.info(JSON.stringify({ level: "info", at: new Date().toISOString(), where: "jobs:anonymise-expired", runId: run.id, trigger: options.trigger, ...counts }));
  return { runId: run.id, ...counts };
}
