import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import { territoryWhere } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, RuleError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentLine, PracticeStatus } from "@/lib/generated/prisma/enums";
import { textQuery } from "@/lib/cases/inbox";
import { EVIDENCE_POLICY, storeUpload } from "@/lib/files/upload";
import type { PracticeFilters, reviewPracticeSchema, submitPracticeSchema, updatePracticeSchema } from "./schemas";

type Tx = Prisma.TransactionClient;

const PAGE_SIZE = 20;

/**
 * Published practices are for everyone signed in; the rest stay with their municipality and SERMIG of
 * its region. Admins see all (spelled out: Prisma reads an empty condition inside OR as false).
 */
export function practiceWhere(viewer: Viewer): Prisma.GoodPracticeWhereInput {
  return viewer.role === "NATIONAL_ADMIN" ? {} : { OR: [{ status: "PUBLISHED" }, territoryWhere(viewer)] };
}

export type PracticeRow = { id: string; title: string; line: CommitmentLine; status: PracticeStatus; municipalityName: string; regionName: string; publishedAt: Date | null; updatedAt: Date };

/** The published catalogue, searchable by words (the cases' Spanish search: accents and number optional), line and region. */
export async function searchPublished(filters: PracticeFilters) {
  const conditions = [Prisma.sql`p.status = 'PUBLISHED'`];
  if (filters.q) conditions.push(Prisma.sql`p.search_vector @@ ${textQuery(filters.q)}`);
  if (filters.linea) conditions.push(Prisma.sql`p.line = ${filters.linea}::"CommitmentLine"`);
  if (filters.region) conditions.push(Prisma.sql`p.region_code = ${filters.region}`);
  const where = Prisma.join(conditions, " AND ");
  const rank = filters.q ? Prisma.sql`ts_rank(p.search_vector, ${textQuery(filters.q)}) DESC,` : Prisma.empty;
  const [{ total }] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM good_practice p WHERE ${where}`;
  const rows = await db.$queryRaw<PracticeRow[]>`
    SELECT p.id, p.title, p.line::text AS line, p.status::text AS status, m.name AS "municipalityName", r.name AS "regionName",
           p.published_at AS "publishedAt", p.updated_at AS "updatedAt"
    FROM good_practice p
    JOIN municipality m ON m.code = p.municipality_code
    JOIN region r ON r.code = p.region_code
    WHERE ${where}
    ORDER BY ${rank} p.published_at DESC, p.id
    LIMIT ${PAGE_SIZE} OFFSET ${(filters.pagina - 1) * PAGE_SIZE}`;
  return { total, rows, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** Practices not yet published that the viewer works on: the officer's own, the coordinator's region's, all for admins. */
export async function workingPractices(viewer: Viewer): Promise<PracticeRow[]> {
  const rows = await db.goodPractice.findMany({
    where: { status: { not: "PUBLISHED" }, ...territoryWhere(viewer) },
    orderBy: { updatedAt: "desc" },
    take: 100,
    select: { id: true, title: true, line: true, status: true, municipalityCode: true, regionCode: true, publishedAt: true, updatedAt: true },
  });
  const [municipalities, regions] = await Promise.all([
    db.municipality.findMany({ where: { code: { in: rows.map((r) => r.municipalityCode) } }, select: { code: true, name: true } }),
    db.region.findMany({ where: { code: { in: rows.map((r) => r.regionCode) } }, select: { code: true, name: true } }),
  ]);
  const m = new Map(municipalities.map((x) => [x.code, x.name]));
  const r = new Map(regions.map((x) => [x.code, x.name]));
  return rows.map((row) => ({ ...row, municipalityName: m.get(row.municipalityCode)!, regionName: r.get(row.regionCode)! }));
}

export async function getPractice(viewer: Viewer, id: string) {
  const practice = await db.goodPractice.findFirst({
    where: { id, ...practiceWhere(viewer) },
    include: { files: { include: { file: { select: { id: true, originalName: true, size: true } } } } },
  });
  if (!practice) throw new NotFoundError();
  const [municipality, region] = await Promise.all([
    db.municipality.findUniqueOrThrow({ where: { code: practice.municipalityCode }, select: { name: true } }),
    db.region.findUniqueOrThrow({ where: { code: practice.regionCode }, select: { name: true } }),
  ]);
  const reviewer = viewer.role === "NATIONAL_ADMIN" || (viewer.role === "REGIONAL_COORDINATOR" && viewer.regionCode === practice.regionCode);
  const owner = viewer.role === "MUNICIPAL_OFFICER" && viewer.municipalityCode === practice.municipalityCode;
  return { practice, municipalityName: municipality.name, regionName: region.name, canReview: reviewer && practice.status === "SUBMITTED", canEdit: owner && practice.status !== "PUBLISHED" };
}

async function attachFiles(tx: Tx, viewer: Viewer, practiceId: string, files: File[]) {
  for (const file of files) {
    const stored = await storeUpload(tx, file, EVIDENCE_POLICY, viewer, "GoodPractice");
    await tx.goodPracticeFile.create({ data: { practiceId, fileId: stored.id } });
  }
}

export async function submitPractice(viewer: Viewer, ip: string | null, input: z.output<typeof submitPracticeSchema>) {
  return db.$transaction(async (tx) => {
    const { archivo, ...fields } = input;
    const practice = await tx.goodPractice.create({
      data: { ...fields, municipalityCode: viewer.municipalityCode!, regionCode: viewer.regionCode!, submittedById: viewer.id },
      select: { id: true, title: true, line: true, status: true },
    });
    await attachFiles(tx, viewer, practice.id, archivo);
    await recordAudit(tx, viewer, ip, { action: "practice.submit", entity: "GoodPractice", entityId: practice.id, after: { ...practice, files: archivo.length }, municipalityCode: viewer.municipalityCode, regionCode: viewer.regionCode });
    return { id: practice.id };
  });
}

/** The municipality corrects a practice that is under review or was returned; it goes back to review. */
export async function updatePractice(viewer: Viewer, ip: string | null, input: z.output<typeof updatePracticeSchema>) {
  return db.$transaction(async (tx) => {
    const before = await tx.goodPractice.findFirst({ where: { id: input.id, ...territoryWhere(viewer) }, select: { id: true, status: true, title: true, version: true, municipalityCode: true, regionCode: true } });
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError();
    if (before.status === "PUBLISHED") throw new RuleError("Una práctica publicada ya no se corrige aquí; escriba a su coordinación regional.");
    const { id, version, archivo, ...fields } = input;
    const { count } = await tx.goodPractice.updateMany({ where: { id, version }, data: { ...fields, status: "SUBMITTED", version: { increment: 1 } } });
    if (count === 0) throw new ConflictError();
    await attachFiles(tx, viewer, id, archivo);
    await recordAudit(tx, viewer, ip, { action: "practice.update", entity: "GoodPractice", entityId: id, before: { status: before.status, title: before.title }, after: { status: "SUBMITTED", title: fields.title, files: archivo.length }, municipalityCode: before.municipalityCode, regionCode: before.regionCode });
    return { id };
  });
}

export async function reviewPractice(viewer: Viewer, ip: string | null, input: z.output<typeof reviewPracticeSchema>) {
  return db.$transaction(async (tx) => {
    const before = await tx.goodPractice.findFirst({ where: { id: input.id, ...territoryWhere(viewer) }, select: { id: true, status: true, version: true, municipalityCode: true, regionCode: true } });
    if (!before) throw new NotFoundError();
    if (before.version !== input.version) throw new ConflictError();
    if (before.status !== "SUBMITTED") throw new RuleError("Esta práctica no está esperando revisión.");
    const publish = input.decision === "PUBLISH";
    const now = new Date();
    const { count } = await tx.goodPractice.updateMany({
      where: { id: input.id, version: input.version },
      data: { status: publish ? "PUBLISHED" : "RETURNED", reviewComment: input.comment, reviewedAt: now, publishedAt: publish ? now : null, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    await recordAudit(tx, viewer, ip, {
      action: publish ? "practice.publish" : "practice.return",
      entity: "GoodPractice",
      entityId: before.id,
      before: { status: before.status },
      after: { status: publish ? "PUBLISHED" : "RETURNED", comment: input.comment },
      municipalityCode: before.municipalityCode,
      regionCode: before.regionCode,
    });
    return { status: publish ? "PUBLISHED" : "RETURNED" };
  });
}
