import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { territoryWhere } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { PARTICIPANT_FIELDS, type ParticipantField, participantFieldsSelect, participantRow } from "@/lib/cases/participant-fields";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, RuleError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RectifyInput } from "./schemas";

/** A rectification may change any of a participant's own fields; each revision stores them before and after. */
type Snapshot = Record<ParticipantField, string | null>;

const snapshotOf = (person: Record<ParticipantField, unknown>): Snapshot =>
  Object.fromEntries(PARTICIPANT_FIELDS.map((field) => [field, person[field] instanceof Date ? (person[field] as Date).toISOString().slice(0, 10) : ((person[field] as string | null) ?? null)])) as Snapshot;

const participantSelect = { id: true, caseId: true, version: true, ...participantFieldsSelect } as const;

/** A participant with its case and rectification history, for the privacy page. Out of scope → NotFoundError. */
export async function getParticipantRecord(viewer: Viewer, id: string) {
  const found = await db.caseParticipant.findFirst({
    where: { id, case: territoryWhere(viewer) },
    select: {
      ...participantSelect,
      case: { select: { id: true, folio: true, status: true, anonymisedAt: true, legalHold: true, municipality: { select: { name: true } } } },
      revisions: { select: { id: true, version: true, before: true, after: true, reason: true, actorName: true, at: true }, orderBy: { version: "desc" } },
    },
  });
  if (!found) throw new NotFoundError();
  return found;
}

export type ParticipantRecord = Awaited<ReturnType<typeof getParticipantRecord>>;

/**
 * Rectifies a participant's data (Ley 21.719 art. 4): a reason is required, the change is stored as a
 * revision (before and after) and audited — the audit keeps which fields changed, not their values.
 */
export async function rectifyParticipant(viewer: Viewer, ip: string | null, input: RectifyInput): Promise<{ version: number; changed: ParticipantField[] }> {
  const person = input.participants[0];
  return db.$transaction(async (tx) => {
    const current = await tx.caseParticipant.findFirst({
      where: { id: input.id, case: territoryWhere(viewer) },
      select: { ...participantSelect, case: { select: { anonymisedAt: true, municipalityCode: true, regionCode: true } } },
    });
    if (!current) throw new NotFoundError();
    if (current.version !== input.version) throw new ConflictError();
    if (current.case.anonymisedAt) throw new RuleError("Este caso ya fue anonimizado: sus datos personales no se pueden modificar.");
    const before = snapshotOf(current);
    const next = snapshotOf({ ...person, relation: person.relation ?? current.relation });
    const changed = PARTICIPANT_FIELDS.filter((field) => before[field] !== next[field]);
    if (changed.length === 0) throw new RuleError("No cambió ningún dato: no hay nada que rectificar.");

    const version = input.version + 1;
    const data: Prisma.CaseParticipantUpdateManyMutationInput = {
      ...participantRow(person),
      relation: next.relation!,
      version,
    };
    const { count } = await tx.caseParticipant.updateMany({ where: { id: current.id, version: input.version }, data });
    if (count === 0) throw new ConflictError();

    const pick = (snapshot: Snapshot) => Object.fromEntries(changed.map((field) => [field, snapshot[field]]));
    await tx.participantRevision.create({
      data: { participantId: current.id, caseId: current.caseId, version, before: pick(before), after: pick(next), reason: input.reason, actorId: viewer.id, actorName: viewer.name },
    });
    await recordAudit(tx, viewer, ip, {
      action: "privacy.rectify",
      entity: "CaseParticipant",
      entityId: current.id,
      before: { version: input.version },
      after: { version, fields: changed },
      municipalityCode: current.case.municipalityCode,
      regionCode: current.case.regionCode,
    });
    return { version, changed };
  });
}
