import "server-only";
import type { AuditOutcome, Role } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditActor = { id: string; name: string; role: Role } | null;

export type AuditEntry = {
  action: string;
  entity: string;
  entityId?: string | null;
  outcome?: AuditOutcome;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  regionCode?: string | null;
  municipalityCode?: string | null;
};

type Writer = { auditEvent: Prisma.TransactionClient["auditEvent"] };

/** Appends audit events in one statement. Pass the transaction of the change they record, so both stand or fall together. */
export async function recordAudits(tx: Writer, actor: AuditActor, ip: string | null, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditEvent.createMany({
    data: entries.map((entry) => ({
      actorId: actor?.id ?? null,
      actorName: actor?.name ?? null,
      actorRole: actor?.role ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      outcome: entry.outcome ?? "SUCCESS",
      before: entry.before,
      after: entry.after,
      ip,
      regionCode: entry.regionCode ?? null,
      municipalityCode: entry.municipalityCode ?? null,
    })),
  });
}

export function recordAudit(tx: Writer, actor: AuditActor, ip: string | null, entry: AuditEntry): Promise<void> {
  return recordAudits(tx, actor, ip, [entry]);
}
