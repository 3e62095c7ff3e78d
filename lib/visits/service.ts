import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { municipalityWhere, territoryWhere } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError, RuleError } from "@/lib/errors";
import type { addAgreementSchema, completeAgreementSchema, createVisitSchema } from "./schemas";

const PAGE_SIZE = 20;

async function names(codes: string[]) {
  const rows = await db.municipality.findMany({ where: { code: { in: [...new Set(codes)] } }, select: { code: true, name: true } });
  return new Map(rows.map((r) => [r.code, r.name]));
}

export async function listVisits(viewer: Viewer, page: number) {
  const where = territoryWhere(viewer);
  const [total, rows] = await Promise.all([
    db.technicalVisit.count({ where }),
    db.technicalVisit.findMany({
      where,
      orderBy: [{ visitOn: "desc" }, { createdAt: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, municipalityCode: true, visitOn: true, topics: true, agreements: { select: { doneAt: true } } },
    }),
  ]);
  const municipality = await names(rows.map((r) => r.municipalityCode));
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    rows: rows.map(({ agreements, ...r }) => ({ ...r, municipalityName: municipality.get(r.municipalityCode)!, agreements: agreements.length, open: agreements.filter((a) => !a.doneAt).length })),
  };
}

export async function getVisit(viewer: Viewer, id: string) {
  const visit = await db.technicalVisit.findFirst({ where: { id, ...territoryWhere(viewer) }, include: { agreements: { orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }] } } });
  if (!visit) throw new NotFoundError();
  const municipality = await db.municipality.findUniqueOrThrow({ where: { code: visit.municipalityCode }, select: { name: true } });
  return { visit, municipalityName: municipality.name };
}

/** The municipalities a coordinator can visit: those of the region. */
export function visitableMunicipalities(viewer: Viewer) {
  return db.municipality.findMany({ where: municipalityWhere(viewer), orderBy: { name: "asc" }, select: { code: true, name: true } });
}

/** Open agreements of one municipality, for its home page. */
export function openAgreements(viewer: Viewer, municipalityCode: string) {
  return db.visitAgreement.findMany({
    where: { municipalityCode, doneAt: null, ...territoryWhere(viewer) },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
    select: { id: true, description: true, dueOn: true, visit: { select: { id: true, visitOn: true } } },
  });
}

export async function createVisit(viewer: Viewer, ip: string | null, input: z.output<typeof createVisitSchema>) {
  return db.$transaction(async (tx) => {
    const municipality = await tx.municipality.findFirst({ where: { code: input.municipalityCode, ...municipalityWhere(viewer) }, select: { code: true, regionCode: true } });
    if (!municipality) throw new RuleError("Elija una municipalidad de su región.", "municipalityCode");
    const visit = await tx.technicalVisit.create({ data: { ...input, regionCode: municipality.regionCode, createdById: viewer.id } });
    await recordAudit(tx, viewer, ip, { action: "visit.create", entity: "TechnicalVisit", entityId: visit.id, after: { visitOn: input.visitOn.toISOString().slice(0, 10), topics: input.topics }, municipalityCode: visit.municipalityCode, regionCode: visit.regionCode });
    return { id: visit.id };
  });
}

export async function addAgreement(viewer: Viewer, ip: string | null, input: z.output<typeof addAgreementSchema>) {
  return db.$transaction(async (tx) => {
    const visit = await tx.technicalVisit.findFirst({ where: { id: input.visitId, ...territoryWhere(viewer) }, select: { id: true, municipalityCode: true, regionCode: true, visitOn: true } });
    if (!visit) throw new NotFoundError();
    if (input.dueOn < visit.visitOn) throw new RuleError("El plazo no puede ser anterior a la visita.", "dueOn");
    const agreement = await tx.visitAgreement.create({ data: { ...input, municipalityCode: visit.municipalityCode, regionCode: visit.regionCode }, select: { id: true, description: true, dueOn: true } });
    await recordAudit(tx, viewer, ip, { action: "visit.addAgreement", entity: "VisitAgreement", entityId: agreement.id, after: { ...agreement, dueOn: agreement.dueOn.toISOString().slice(0, 10) }, municipalityCode: visit.municipalityCode, regionCode: visit.regionCode });
    return { id: agreement.id };
  });
}

export async function completeAgreement(viewer: Viewer, ip: string | null, input: z.output<typeof completeAgreementSchema>) {
  return db.$transaction(async (tx) => {
    const agreement = await tx.visitAgreement.findFirst({ where: { id: input.agreementId, ...territoryWhere(viewer) }, select: { id: true, doneAt: true, municipalityCode: true, regionCode: true } });
    if (!agreement) throw new NotFoundError();
    // A second click (or a replayed request) changes nothing.
    const { count } = await tx.visitAgreement.updateMany({ where: { id: agreement.id, doneAt: null }, data: { doneAt: new Date(), doneByName: viewer.name } });
    if (count === 0) throw new RuleError("Este acuerdo ya estaba marcado como cumplido.");
    await recordAudit(tx, viewer, ip, { action: "visit.completeAgreement", entity: "VisitAgreement", entityId: agreement.id, before: { done: false }, after: { done: true }, municipalityCode: agreement.municipalityCode, regionCode: agreement.regionCode });
    return { id: agreement.id };
  });
}
