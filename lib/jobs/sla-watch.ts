import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { logError } from "@/lib/log";
import { notify } from "@/lib/notifications/notify";
import { addWorkingDays, localDateOf } from "@/lib/sla/working-days";

/**
 * The `sla-watch` job (every 10 minutes): warns before a case misses a deadline and tells the region's
 * coordinators when it does. Each warning and breach is remembered as an internal case event, keyed by
 * the deadline and its due moment, so it is sent once however often the job runs; if the due moment
 * moves (a pause, a reopening) the new one is watched afresh.
 */

/** Cases on SERMIG's side. A case waiting on the municipality (REQUIERE_INFO) has its clock paused. */
const WATCHED: CaseStatus[] = ["INGRESADO", "EN_REVISION", "DERIVADO"];

export const SLA_WARNING = "SLA_WARNING";
export const SLA_BREACHED = "SLA_BREACHED";
const ACTOR_NAME = "Aviso automático de plazos";

type Deadline = "FIRST_RESPONSE" | "RESOLUTION";
const DEADLINE_LABELS: Record<Deadline, string> = { FIRST_RESPONSE: "primera respuesta", RESOLUTION: "resolución" };

type Watched = { id: string; folio: string; regionCode: string; assigneeId: string | null; deadline: Deadline; dueAt: Date };

function chileDate(instant: Date): string {
  return localDateOf(instant).split("-").reverse().join("-");
}

async function activeCoordinators(db: Pick<PrismaClient, "user">, regionCode: string): Promise<string[]> {
  const users = await db.user.findMany({ where: { role: "REGIONAL_COORDINATOR", regionCode, active: true }, select: { id: true } });
  return users.map((user) => user.id);
}

/** Records the event and notifies, unless an earlier run already did. Returns whether it acted. */
async function raise(db: PrismaClient, item: Watched, kind: typeof SLA_WARNING | typeof SLA_BREACHED): Promise<boolean> {
  const marker = { deadline: item.deadline, dueAt: item.dueAt.toISOString() };
  return db.$transaction(async (tx) => {
    // Two runs overlapping (a slow run and the next tick) take turns per case instead of both notifying.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sla-watch:${item.id}`}))`;
    if (await tx.caseEvent.findFirst({ where: { caseId: item.id, kind, after: { equals: marker } }, select: { id: true } })) return false;
    await tx.caseEvent.create({ data: { caseId: item.id, kind, internal: true, actorName: ACTOR_NAME, after: marker } });

    const label = DEADLINE_LABELS[item.deadline];
    const date = chileDate(item.dueAt);
    if (kind === SLA_BREACHED) {
      const coordinators = await activeCoordinators(tx, item.regionCode);
      await notify(tx, { userIds: coordinators, kind, title: `${item.folio}: venció el plazo de ${label} (${date})`, caseId: item.id });
    } else {
      // An unassigned case (or one whose assignee left) is the most at risk: its coordinators hear instead.
      const assignee = item.assigneeId ? await tx.user.findFirst({ where: { id: item.assigneeId, active: true }, select: { id: true } }) : null;
      const recipients = assignee ? [assignee.id] : await activeCoordinators(tx, item.regionCode);
      await notify(tx, { userIds: recipients, kind, title: `${item.folio}: el plazo de ${label} vence el ${date}`, caseId: item.id });
    }
    return true;
  });
}

export async function runSlaWatch(db: PrismaClient, now = new Date()): Promise<{ warnings: number; breaches: number }> {
  // Due moments are the end of a working day, so "due by the end of the next working day" is "within 1 working day".
  const horizon = addWorkingDays(now, 1);
  const cases = await db.case.findMany({
    where: {
      status: { in: WATCHED },
      folio: { not: null },
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
