import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { logError } from "@/lib/log";
import { notify } from "@/lib/notifications/notify";
import { type Deadline, SLA_BREACHED, SLA_NOTICE_ACTOR, SLA_WARNING, slaMarker, slaNoticeTitle, type SlaNoticeKind, WATCHED, warningHorizon } from "./sla-notices";

/**
 * The `sla-watch` job (every 10 minutes): warns before a case misses a deadline and tells the region's
 * coordinators when it does. Each warning and breach is remembered as an internal case event, keyed by
 * the deadline and its due moment, so it is sent once however often the job runs; if the due moment
 * moves (a pause, a reopening) the new one is watched afresh.
 */
export { SLA_BREACHED, SLA_WARNING };

type Watched = { id: string; folio: string; regionCode: string; assigneeId: string | null; deadline: Deadline; dueAt: Date };

async function activeCoordinators(db: Pick<PrismaClient, "user">, regionCode: string): Promise<string[]> {
  const users = await db.user.findMany({ where: { role: "REGIONAL_COORDINATOR", regionCode, active: true }, select: { id: true } });
  return users.map((user) => user.id);
}

/** Records the event and notifies, unless an earlier run already did. Returns whether it acted. */
async function raise(db: PrismaClient, item: Watched, kind: SlaNoticeKind): Promise<boolean> {
  const marker = slaMarker(item.deadline, item.dueAt);
  return db.$transaction(async (tx) => {
    // Two runs overlapping (a slow run and the next tick) take turns per case instead of both notifying.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sla-watch:${item.id}`}))`;
    if (await tx.caseEvent.findFirst({ where: { caseId: item.id, kind, after: { equals: marker } }, select: { id: true } })) return false;
    await tx.caseEvent.create({ data: { caseId: item.id, kind, internal: true, actorName: SLA_NOTICE_ACTOR, after: marker } });

    const title = slaNoticeTitle(kind, item.folio, item.deadline, item.dueAt);
    if (kind === SLA_BREACHED) {
      const coordinators = await activeCoordinators(tx, item.regionCode);
      await notify(tx, { userIds: coordinators, kind, title, caseId: item.id });
    } else {
      // An unassigned case (or one whose assignee left) is the most at risk: its coordinators hear instead.
      const assignee = item.assigneeId ? await tx.user.findFirst({ where: { id: item.assigneeId, active: true }, select: { id: true } }) : null;
      const recipients = assignee ? [assignee.id] : await activeCoordinators(tx, item.regionCode);
      await notify(tx, { userIds: recipients, kind, title, caseId: item.id });
    }
    return true;
  });
}

export async function runSlaWatch(db: PrismaClient, now = new Date()): Promise<{ warnings: number; breaches: number }> {
  const horizon = warningHorizon(now);
  const cases = await db.case.findMany({
    where: {
      status: { in: WATCHED },
      folio: { not: null },
      // A blocked person's cases are not processed while the block lasts, reminders included.
      blockedAt: null,
      OR: [
        { firstResponseAt: null, firstResponseDueAt: { lte: horizon } },
        { resolvedAt: null, resolutionDueAt: { lte: horizon } },
      ],
    },
    select: { id: true, folio: true, regionCode: true, assigneeId: true, firstResponseAt: true, firstResponseDueAt: true, resolvedAt: true, resolutionDueAt: true },
    orderBy: { resolutionDueAt: "asc" },
  });

  const counts = { warnings: 0, breaches: 0 };
  for (const row of cases) {
    const deadlines: [Deadline, Date | null][] = [
      ["FIRST_RESPONSE", row.firstResponseAt ? null : row.firstResponseDueAt],
      ["RESOLUTION", row.resolvedAt ? null : row.resolutionDueAt],
    ];
    for (const [deadline, dueAt] of deadlines) {
      if (!dueAt || dueAt > horizon) continue;
      const breached = dueAt < now;
      try {
        const acted = await raise(db, { id: row.id, folio: row.folio!, regionCode: row.regionCode, assigneeId: row.assigneeId, deadline, dueAt }, breached ? SLA_BREACHED : SLA_WARNING);
        if (acted) counts[breached ? "breaches" : "warnings"]++;
      } catch (error) {
        // One case must not hold back the others; the next run tries it again.
        logError("jobs:sla-watch", error);
      }
    }
  }
  return counts;
}
