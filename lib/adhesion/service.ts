import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { municipalityWhere, territoryWhere } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, RuleError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AdhesionStatus } from "@/lib/generated/prisma/enums";
import { LETTER_POLICY, storeUpload } from "@/lib/files/upload";
import { nextStatus, revalidationDue, transitionNeeds, TRANSITIONS } from "./lifecycle";
import type { submitLetterSchema, transitionSchema } from "./schemas";

type Tx = Prisma.TransactionClient;

/** The municipality, if the viewer may see it; otherwise the same answer as a code that does not exist. */
export async function visibleMunicipality(tx: Tx, viewer: Viewer, code: string) {
  const municipality = await tx.municipality.findFirst({
    where: { code, ...municipalityWhere(viewer) },
    select: { code: true, name: true, regionCode: true, region: { select: { name: true } } },
  });
  if (!municipality) throw new NotFoundError();
  return municipality;
}

const adhesionSnapshot = {
  status: true,
  letterSignedOn: true,
  mayorName: true,
  councilAgreementNumber: true,
  councilAgreementDate: true,
  certificationResolution: true,
  certifiedOn: true,
  revalidationDueOn: true,
  observations: true,
  version: true,
} satisfies Prisma.AdhesionSelect;

export async function submitLetter(viewer: Viewer, ip: string | null, input: z.output<typeof submitLetterSchema>) {
  if (input.councilAgreementDate > input.letterSignedOn) {
    throw new RuleError("El acuerdo del concejo no puede ser posterior a la firma de la carta.", "councilAgreementDate");
  }
  if (input.letterSignedOn > new Date()) throw new RuleError("La fecha de firma no puede estar en el futuro.", "letterSignedOn");
  return db.$transaction(async (tx) => {
    const municipality = await visibleMunicipality(tx, viewer, input.municipalityCode);
    const current = await tx.adhesion.findUnique({ where: { municipalityCode: municipality.code }, select: adhesionSnapshot });
    const from: AdhesionStatus = current?.status ?? "INTERESADA";
    const to = nextStatus("submitLetter", from, viewer.role);
    const file = await storeUpload(tx, input.archivo, LETTER_POLICY, viewer, "AdhesionLetter");
    const letterFields = {
      letterSignedOn: input.letterSignedOn,
      mayorName: input.mayorName,
      councilAgreementNumber: input.councilAgreementNumber,
      councilAgreementDate: input.councilAgreementDate,
    };
    const now = new Date();
    const after = current
      ? await saveVersioned(tx, municipality.code, current.version, { status: to, statusSince: now, observations: null, ...letterFields })
      : await tx.adhesion.create({
          data: { municipalityCode: municipality.code, regionCode: municipality.regionCode, status: to, statusSince: now, ...letterFields },
          select: adhesionSnapshot,
        });
    const previous = await tx.adhesionLetter.count({ where: { municipalityCode: municipality.code } });
    await tx.adhesionLetter.create({ data: { municipalityCode: municipality.code, fileId: file.id, version: previous + 1 } });
    await recordTransition(tx, viewer, ip, municipality, { from, to, transition: "submitLetter", reason: null, before: current, after });
    return { status: to };
  });
}

export async function applyTransition(viewer: Viewer, ip: string | null, input: z.output<typeof transitionSchema>) {
  const needs = transitionNeeds(input.transition);
  if (needs.reason && !input.reason) throw new RuleError("Explique el motivo: la municipalidad lo verá.", "reason");
  if (needs.resolution && !input.resolution) throw new RuleError("Indique el número de la resolución.", "resolution");
  if (needs.resolution && !input.resolutionDate) throw new RuleError("Indique la fecha de la resolución.", "resolutionDate");
  return db.$transaction(async (tx) => {
    const municipality = await visibleMunicipality(tx, viewer, input.municipalityCode);
    const current = await tx.adhesion.findFirst({
      where: { municipalityCode: municipality.code, ...territoryWhere(viewer) },
      select: adhesionSnapshot,
    });
    if (!current) throw new RuleError(`No se puede ${TRANSITIONS[input.transition].label}: la municipalidad aún no envía su carta de compromiso.`);
    // A stale page must hear "someone else changed it", not a rule about a status it never saw.
    if (current.version !== input.version) throw new ConflictError();
    const to = nextStatus(input.transition, current.status, viewer.role);
    const data: Prisma.AdhesionUpdateManyMutationInput = { status: to, statusSince: new Date() };
    if (input.transition === "returnWithObservations") data.observations = input.reason;
    if (input.transition === "certify") {
      data.certificationResolution = input.resolution;
      data.certifiedOn = input.resolutionDate;
      data.revalidationDueOn = revalidationDue(input.resolutionDate!);
      data.observations = null;
    }
    const after = await saveVersioned(tx, municipality.code, input.version, data);
    await recordTransition(tx, viewer, ip, municipality, { from: current.status, to, transition: input.transition, reason: input.reason, before: current, after });
    return { status: to };
  });
}

async function saveVersioned(tx: Tx, municipalityCode: string, version: number, data: Prisma.AdhesionUpdateManyMutationInput) {
  const { count } = await tx.adhesion.updateMany({ where: { municipalityCode, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError();
  return tx.adhesion.findUniqueOrThrow({ where: { municipalityCode }, select: adhesionSnapshot });
}

type Change = {
  from: AdhesionStatus;
  to: AdhesionStatus;
  transition: string;
  reason: string | null;
  before: object | null;
  after: object;
};

async function recordTransition(tx: Tx, viewer: Viewer, ip: string | null, municipality: { code: string; regionCode: string }, change: Change) {
  await tx.adhesionEvent.create({
    data: {
      municipalityCode: municipality.code,
      fromStatus: change.from,
      toStatus: change.to,
      transition: change.transition,
      reason: change.reason,
      actorId: viewer.id,
      actorName: viewer.name,
    },
  });
  await recordAudit(tx, viewer, ip, {
    action: `adhesion.${change.transition}`,
    entity: "Adhesion",
    entityId: municipality.code,
    before: (change.before ?? undefined) as Prisma.InputJsonValue | undefined,
    after: change.after as Prisma.InputJsonValue,
    regionCode: municipality.regionCode,
    municipalityCode: municipality.code,
  });
}
