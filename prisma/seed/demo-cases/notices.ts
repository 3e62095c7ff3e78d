/**
 * The notification centre of the demo people: what the portal told them about the demo cases in the
 * last two weeks (new cases, requests for information and their answers, resolutions), with the same
 * titles the portal writes (lib/cases/filing.ts, triage.ts, conversation.ts), plus the deadline
 * notices of watch-trail.ts. Everything that arrived before 18:00 yesterday has been read.
 */
import { CASE_TYPES } from "../../../lib/cases/catalogue";
import { demoId, randomFor } from "../demo-adhesion/random";
import { chileTime, type DemoToday, plusDays } from "../demo-today";
import type { Actor, Built } from "./story";

export type Notice = { userId: string; kind: string; title: string; caseId: string | null; at: Date };

const HOUR = 3_600_000;
const RECENT_DAYS = 14;

export function caseNotices(c: Built, folio: string, people: { officers: Actor[]; coordinators: Actor[] }, today: DemoToday): Notice[] {
  const since = today.now.getTime() - RECENT_DAYS * 24 * HOUR;
  const caseId = String(c.caseRow.id);
  const { submittedAt, pause, resolvedAt } = c.moments;
  const notices: Notice[] = [];
  const tell = (to: Actor[], kind: string, title: string, at: Date | null, always = false) => {
    if (at && (always || at.getTime() >= since)) for (const user of to) notices.push({ userId: user.id, kind, title, caseId, at });
  };
  const entry = CASE_TYPES[c.type];
  tell(people.coordinators, "CASE_SUBMITTED", `Nuevo caso ${folio}${entry.sensitive ? "" : ` (${entry.label})`} de ${c.place.name}`, submittedAt);
  // An open request stays on the officer's list however old it is: it still waits for an answer.
  tell(people.officers, "CASE_INFO_REQUESTED", `${folio}: SERMIG pide información sobre el caso`, pause?.from ?? null, Boolean(pause && !pause.to));
  tell(c.assignee ? [c.assignee] : people.coordinators, "CASE_INFO_ANSWERED", `${folio}: ${c.place.name} respondió la solicitud de información`, pause?.to ?? null);
  tell(people.officers, "CASE_RESOLVED", `${folio}: SERMIG resolvió el caso`, resolvedAt);
  return notices;
}

/** Notification rows: what arrived before 18:00 yesterday was read within a few hours; the rest waits. */
export function notificationRows(notices: Notice[], today: DemoToday) {
  const lastRead = chileTime(plusDays(today.date, -1), "18:00");
  return notices.map((n) => {
    const id = demoId("notification", n.caseId ?? "", n.kind, n.title, n.userId);
    const random = randomFor("notification", id);
    const readAt = new Date(Math.min(n.at.getTime() + random.int(10, 300) * 60_000, today.now.getTime() - 60_000));
    return { id, user_id: n.userId, kind: n.kind, title: n.title, case_id: n.caseId, read_at: n.at < lastRead ? readAt.toISOString() : null, created_at: n.at.toISOString() };
  });
}
