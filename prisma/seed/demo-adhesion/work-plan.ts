/** Invented work plans (actions with their means of verification) and training records. */
import type { ActionStatus, CommitmentLine, ReviewStatus } from "../../../lib/generated/prisma/enums";
import { addDays, earliest, isoDay, latest, officeHours, randomDay } from "./calendar";
import { ACTION_TEMPLATES, type ActionTemplate, RETURN_COMMENTS, TRAINERS, TRAINING_EVALUATIONS, TRAINING_TOPICS, UNITS_ATTENDING } from "./catalogue";
import { slug } from "./people";
import { demoId, type Random } from "./random";

export type Place = { code: string; name: string; regionCode: string };
/** Who added the evidence and who reviewed it: the demo's portal users where the territory has one. */
export type Authors = { officerId: string; reviewerId: string | null };

export type ActionSpec = {
  line: CommitmentLine;
  template: ActionTemplate;
  startsOn: Date;
  dueOn: Date;
  status: ActionStatus;
  review: ReviewStatus;
  comment?: string;
};

const LINES = Object.keys(ACTION_TEMPLATES) as CommitmentLine[];

/**
 * 3–12 actions, every line covered once the plan has five or more, spread over the last three years
 * and the months ahead: the plan is a living one, also after certification. Status follows the dates;
 * review follows the status (no evidence yet → DRAFT), and certified municipalities have most approved.
 */
export function inventActionSpecs(accepted: Date, certified: boolean, random: Random, today: Date): ActionSpec[] {
  const count = certified ? random.int(6, 12) : random.int(3, 10);
  const lines = count >= LINES.length ? [...LINES, ...Array.from({ length: count - LINES.length }, () => random.pick(LINES))] : random.sample(LINES, count);
  const unused = new Map(LINES.map((line) => [line, random.sample(ACTION_TEMPLATES[line], ACTION_TEMPLATES[line].length)]));
  const from = latest(addDays(accepted, 7), addDays(today, -1100));
  return lines.flatMap((line) => {
    // Each template once per plan: a line whose templates ran out gets no more actions.
    const template = unused.get(line)!.pop();
    if (!template) return [];
    const startsOn = randomDay(random, from, addDays(today, 150));
    const dueOn = randomDay(random, addDays(startsOn, 45), addDays(startsOn, 300));
    let status: ActionStatus;
    if (startsOn > today) status = "PLANNED";
    else if (dueOn < today) status = random.chance(certified ? 0.97 : 0.85) ? "DONE" : "IN_PROGRESS";
    else status = random.chance(0.8) ? "IN_PROGRESS" : "PLANNED";
    const review = reviewFor(status, certified, random);
    return [{ line, template, startsOn, dueOn, status, review, ...(review === "RETURNED" && { comment: random.pick(RETURN_COMMENTS) }) }];
  });
}

function reviewFor(status: ActionStatus, certified: boolean, random: Random): ReviewStatus {
  const roll = random.next();
  if (status === "PLANNED") return "DRAFT";
  if (status === "IN_PROGRESS") return roll < 0.5 ? "DRAFT" : roll < 0.85 ? "PENDING" : "RETURNED";
  if (certified) return roll < 0.92 ? "APPROVED" : "PENDING";
  return roll < 0.55 ? "APPROVED" : roll < 0.85 ? "PENDING" : "RETURNED";
}

/** The rows of a plan: evidence falls between the action's start and yesterday, a review after the last evidence. */
export function actionRows(place: Place, accepted: Date, specs: ActionSpec[], authors: Authors, random: Random, today: Date) {
  const yesterday = addDays(today, -1);
  const plan = specs.map((spec, index) => {
    const id = demoId("action", place.code, index);
    const created = officeHours(randomDay(random, accepted, earliest(spec.startsOn, yesterday)), random);
    const items = spec.review === "DRAFT" ? [] : spec.template.evidence.slice(0, random.int(1, spec.template.evidence.length));
    const addedOn = items.map(() => randomDay(random, earliest(spec.startsOn, yesterday), earliest(spec.dueOn, yesterday))).sort((a, b) => a.getTime() - b.getTime());
    const evidence = items.map((item, n) => ({
      id: demoId("evidence", place.code, index, n),
      action_id: id,
      description: item.description,
      url: `https://municipio-demo.example/${slug(place.name)}/${item.path}`,
      added_by_id: authors.officerId,
      added_at: officeHours(addedOn[n], random),
    }));
    const lastAdded = addedOn.at(-1);
    const reviewed = lastAdded && (spec.review === "APPROVED" || spec.review === "RETURNED") ? officeHours(randomDay(random, lastAdded, earliest(addDays(lastAdded, 25), yesterday)), random) : null;
    const action = {
      id,
      municipality_code: place.code,
      region_code: place.regionCode,
      line: spec.line,
      title: spec.template.title,
      description: spec.template.description,
      responsible_unit: spec.template.unit,
      starts_on: isoDay(spec.startsOn),
      due_on: isoDay(spec.dueOn),
      status: spec.status,
      review: spec.review,
      review_comment: spec.comment ?? null,
      reviewed_by_id: reviewed ? authors.reviewerId : null,
      reviewed_at: reviewed,
      created_at: created,
      updated_at: [created, ...evidence.map((e) => e.added_at), reviewed ?? created].sort().at(-1)!,
    };
    return { action, evidence };
  });
  return { actions: plan.map((p) => p.action), evidence: plan.flatMap((p) => p.evidence) };
}

/** 1–6 workshops (line 2 asks for a register of staff trained and of evaluated workshops). */
export function trainingRows(place: Place, accepted: Date, random: Random, today: Date) {
  const yesterday = addDays(today, -1);
  const first = addDays(accepted, 30);
  if (first > yesterday) return [];
  return Array.from({ length: random.int(1, 6) }, (_, index) => {
    const heldOn = randomDay(random, first, yesterday);
    return {
      id: demoId("training", place.code, index),
      municipality_code: place.code,
      held_on: isoDay(heldOn),
      topic: random.pick(TRAINING_TOPICS),
      trainer: random.pick(TRAINERS),
      units_attending: random.pick(UNITS_ATTENDING),
      trained_count: random.int(8, 45),
      evaluation: random.chance(0.65) ? random.pick(TRAINING_EVALUATIONS) : null,
      created_at: officeHours(randomDay(random, heldOn, earliest(addDays(heldOn, 20), yesterday)), random),
    };
  });
}
