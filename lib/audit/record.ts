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

/** Appends one audit event. Pass the transaction of the change it records, so both stand or fall together. */
export async function recordAudit(tx: Writer, actor: AuditActor, ip: string | null, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
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
    },
  });
}
