import "server-only";
import { cache } from "react";
import { territoryWhere } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { visibleBulletinsWhere } from "@/lib/bulletins/audience";
import { caseScope } from "@/lib/cases/access";
import { infoAnswerDeadline, type InfoAnswerDeadline } from "@/lib/cases/info-answer";
import type { CaseType } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { logError } from "@/lib/log";
import { localDateOf } from "@/lib/sla/working-days";
import { sessionWhere } from "@/lib/trainings/service";

/** Agreements due within this many days show before they are late, so there is time to act. */
export const AGREEMENT_NOTICE_DAYS = 7;
/** More than this of one kind is a list to work through on its own page, not a home. */
const SHOWN_PER_KIND = 50;
const DAY_MS = 86_400_000;

export type PendingItems = {
  infoRequests: { id: string; folio: string | null; type: CaseType; municipalReference: string | null; deadline: InfoAnswerDeadline | null }[];
  drafts: { id: string; type: CaseType; municipalReference: string | null; updatedAt: Date }[];
  agreements: { id: string; description: string; dueOn: Date; overdue: boolean; visitId: string; visitOn: Date }[];
  trainings: { id: string; topic: string; startsAt: Date; registered: number }[];
  bulletins: { id: string; title: string; publishedAt: Date }[];
};

/**
 * The header reads this list on every page: a holiday table gone stale (the working-day count throws
 * past its last year) must cost the deadline line, logged, not every page of the officer.
 */
function deadlineOrNull(askedAt: Date, now: Date): InfoAnswerDeadline | null {
  try {
    return infoAnswerDeadline(askedAt, now);
  } catch (error) {
    logError("home.pending.deadline", error);
    return null;
  }
}

export function pendingCount(items: PendingItems): number {
  return items.infoRequests.length + items.drafts.length + items.agreements.length + items.trainings.length + items.bulletins.length;
}

/**
 * What waits on a municipal officer, for her home and the header's count: cases SERMIG asked about,
 * her drafts, visit agreements due soon or late, upcoming sessions she registered people for, and
 * unread bulletins. Every read is limited by the one scope rule and answered from an index, in one
 * round; the header and the home share it within a request, so their counts cannot differ.
 * Other roles have no such list: null.
 */
export const pendingFor = cache(async (viewer: Viewer): Promise<PendingItems | null> => {
  if (viewer.role !== "MUNICIPAL_OFFICER") return null;
  const now = new Date();
  // DATE columns hold the civil day at UTC midnight; "today" is Chile's.
  const today = new Date(`${localDateOf(now)}T00:00:00Z`);
  const bulletinScope = await visibleBulletinsWhere(viewer);
  const [infoRequests, drafts, agreements, trainings, bulletins] = await Promise.all([
    db.case.findMany({
      where: { AND: [caseScope(viewer), { status: "REQUIERE_INFO" }] },
      orderBy: [{ waitingSince: "asc" }, { id: "asc" }],
      take: SHOWN_PER_KIND,
      select: { id: true, folio: true, type: true, municipalReference: true, waitingSince: true },
    }),
    db.case.findMany({
      where: { AND: [caseScope(viewer), { status: "BORRADOR", createdById: viewer.id }] },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: SHOWN_PER_KIND,
      select: { id: true, type: true, municipalReference: true, updatedAt: true },
    }),
    db.visitAgreement.findMany({
      where: { AND: [territoryWhere(viewer), { doneAt: null, dueOn: { lte: new Date(today.getTime() + AGREEMENT_NOTICE_DAYS * DAY_MS) } }] },
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      take: SHOWN_PER_KIND,
      select: { id: true, description: true, dueOn: true, visit: { select: { id: true, visitOn: true } } },
    }),
    db.trainingSession.findMany({
      where: { ...sessionWhere(viewer), startsAt: { gt: now }, registrations: { some: { AND: [territoryWhere(viewer), { registeredById: viewer.id }] } } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: SHOWN_PER_KIND,
      select: { id: true, topic: true, startsAt: true, _count: { select: { registrations: { where: territoryWhere(viewer) } } } },
    }),
    db.bulletin.findMany({
      where: { AND: [bulletinScope, { reads: { none: { userId: viewer.id } } }] },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: SHOWN_PER_KIND,
      select: { id: true, title: true, publishedAt: true },
    }),
  ]);
  return {
    infoRequests: infoRequests.map(({ waitingSince, ...row }) => ({ ...row, deadline: waitingSince ? deadlineOrNull(waitingSince, now) : null })),
    drafts,
    agreements: agreements.map(({ visit, ...row }) => ({ ...row, overdue: row.dueOn < today, visitId: visit.id, visitOn: visit.visitOn })),
    trainings: trainings.map(({ _count, ...row }) => ({ ...row, registered: _count.registrations })),
    bulletins,
  };
});
