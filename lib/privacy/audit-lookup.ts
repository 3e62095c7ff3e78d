import "server-only";
import { ACTION_LABELS } from "@/lib/audit/labels";
import { recordAudit } from "@/lib/audit/record";
import { subjectAuditEvents } from "@/lib/audit/service";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { subjectDigest } from "./lookup-key";

export type SubjectAuditRow = { id: string; at: Date; actorName: string | null; action: string; label: string; outcome: string; results: number | null };

/**
 * "Who looked this person up, exported, blocked or erased their data?" (Ley 21.719 accountability): the
 * trail's rows about one person, found through the keyed digest, never by the number. The question is
 * itself recorded, under the same digest.
 */
export async function lookupSubjectAudit(viewer: Viewer, ip: string | null, documentNumber: string): Promise<SubjectAuditRow[]> {
  const events = await subjectAuditEvents(viewer, documentNumber);
  await recordAudit(db, viewer, ip, { action: "privacy.auditLookup", entity: "DataSubject", entityId: subjectDigest(documentNumber), after: { results: events.length } });
  return events.map((e) => {
    const after = e.after && typeof e.after === "object" && !Array.isArray(e.after) ? (e.after as Record<string, unknown>) : {};
    return {
      id: e.id.toString(),
      at: e.at,
      actorName: e.actorName,
      action: e.action,
      label: ACTION_LABELS[e.action] ?? e.action,
      outcome: e.outcome,
      results: typeof after.results === "number" ? after.results : typeof after.cases === "number" ? after.cases : null,
    };
  });
}
