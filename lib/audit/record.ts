import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AuditOutcome, Role } from "@/lib/generated/prisma/enums";
import { jsonb } from "@/lib/sql-params";

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

type Writer = Pick<Prisma.TransactionClient, "$executeRaw">;

/** Appends audit events in one statement. Pass the transaction of the change they record, so both stand or fall together. */
export async function recordAudits(tx: Writer, actor: AuditActor, ip: string | null, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const at = new Date();
  const rows = entries.map(
    (entry) =>
      Prisma.sql`(${at}, ${actor?.id ?? null}, ${actor?.name ?? null}, ${actor?.role ?? null}::"Role", ${entry.action}, ${entry.entity}, ${entry.entityId ?? null},
                  ${entry.outcome ?? "SUCCESS"}::"AuditOutcome", ${jsonb(entry.before)}::jsonb, ${jsonb(entry.after)}::jsonb, ${ip},
                  ${entry.regionCode ?? null}, ${entry.municipalityCode ?? null})`,
  );
  await tx.$executeRaw`
    INSERT INTO audit_event (at, actor_id, actor_name, actor_role, action, entity, entity_id, outcome, before, after, ip, region_code, municipality_code)
    VALUES ${Prisma.join(rows)}`;
}

export function recordAudit(tx: Writer, actor: AuditActor, ip: string | null, entry: AuditEntry): Promise<void> {
  return recordAudits(tx, actor, ip, [entry]);
}
