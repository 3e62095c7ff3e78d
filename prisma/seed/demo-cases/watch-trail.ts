/**
 * What the `sla-watch` job (every 10 minutes) would have left on a demo case by the demo's 09:00: a
 * warning once a deadline fell within one working day, and a breach just after it passed, each as an
 * internal case event with the job's own marker, and the same notices. The job, run after the seed,
 * finds its markers and stays silent; only deadlines that come close or pass later are news.
 */
import {
  type Deadline,
  SLA_BREACHED,
  SLA_NOTICE_ACTOR,
  SLA_WARNING,
  slaMarker,
  slaNoticeTitle,
  type SlaNoticeKind,
  WATCHED,
  warningHorizon,
} from "../../../lib/jobs/sla-notices";
import { localDateOf } from "../../../lib/sla/working-days";
import { randomFor, type Random } from "../demo-adhesion/random";
import { chileTime, type DemoToday, plusDays } from "../demo-today";
import type { Notice } from "./notices";
import type { Actor, Built, Row } from "./story";

const MINUTE = 60_000;

/** The job's first run after `after`. */
const nextRun = (random: Random, after: Date) => new Date(after.getTime() + random.int(1, 10) * MINUTE);

/** The first moment of a date in Chile: midnight, or 01:00 on the night daylight saving time skips midnight. */
function startOf(date: string): Date {
  const midnight = chileTime(date, "00:00");
  return localDateOf(midnight) === date ? midnight : chileTime(date, "01:00");
}

/** The first run from `from` on whose horizon (the end of the next working day) reaches `dueAt`. */
function warnedAt(random: Random, dueAt: Date, from: Date): Date {
  // The horizon only moves when the date changes in Chile: try each following day. A deadline is at most
  // a few weeks away, so the walk is short.
  for (let at = nextRun(random, from), days = 0; days <= 60; days++) {
    if (dueAt <= warningHorizon(at)) return at;
    at = nextRun(random, startOf(plusDays(localDateOf(at), 1)));
  }
  throw new Error(`Datos de demostración: ningún aviso alcanza el plazo del ${dueAt.toISOString()}.`);
}

export function watchTrail(c: Built, folio: string, coordinators: Actor[], today: DemoToday): { events: Row[]; notices: Notice[] } {
  const events: Row[] = [];
  const notices: Notice[] = [];
  if (!WATCHED.includes(c.status) || !c.due || !c.moments.submittedAt) return { events, notices };
  const random = randomFor("watch", String(c.caseRow.id));
  const caseId = String(c.caseRow.id);
  const raise = (kind: SlaNoticeKind, deadline: Deadline, dueAt: Date, at: Date, to: Actor[]) => {
    events.push({
      id: c.eventId(),
      case_id: caseId,
      kind,
      internal: "true",
      actor_id: null,
      actor_name: SLA_NOTICE_ACTOR,
      before: null,
      after: JSON.stringify(slaMarker(deadline, dueAt)),
      at: at.toISOString(),
    });
    for (const user of to) notices.push({ userId: user.id, kind, title: slaNoticeTitle(kind, folio, deadline, dueAt), caseId, at });
  };

  const { submittedAt, firstResponseAt, pause } = c.moments;
  // A due moment moved by a pause is watched afresh from the end of the pause.
  const watchedFrom = pause?.to && pause.to > submittedAt ? pause.to : submittedAt;
  const deadlines: [Deadline, Date | null][] = [
    ["FIRST_RESPONSE", firstResponseAt ? null : c.due.firstResponseDueAt],
    ["RESOLUTION", c.due.resolutionDueAt],
  ];
  for (const [deadline, dueAt] of deadlines) {
    if (!dueAt || dueAt > warningHorizon(today.now)) continue;
    const warned = warnedAt(random, dueAt, watchedFrom);
    if (warned <= today.now && warned <= dueAt) {
      // The assignee hears of a coming deadline; before anyone is assigned, the region's coordinators do.
      const assigned = c.assignee && firstResponseAt && firstResponseAt <= warned ? [c.assignee] : coordinators;
      raise(SLA_WARNING, deadline, dueAt, warned, assigned);
    }
    const breached = nextRun(random, dueAt);
    if (breached <= today.now) raise(SLA_BREACHED, deadline, dueAt, breached, coordinators);
  }
  return { events, notices };
}
