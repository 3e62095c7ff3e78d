import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/viewer";
import { formattedTextToHtml } from "@/lib/content/formatting";
import { richTextPlain, sanitizeRichText } from "@/lib/content/sanitize";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { EVIDENCE_POLICY, storeUpload } from "@/lib/files/upload";
import { notify } from "@/lib/notifications/notify";
import { audienceMunicipalitiesWhere, visibleBulletinsWhere } from "./audience";
import type { BulletinRef, PublishBulletinInput } from "./schemas";

export const INBOX_PAGE_SIZE = 20;
const NOTIFICATION_KIND = "BULLETIN_PUBLISHED";

/** The bulletins the viewer may see, newest first, each with whether the viewer has opened it. */
export async function listBulletins(viewer: Viewer, page: number) {
  const where = await visibleBulletinsWhere(viewer);
  const [total, rows, unread] = await Promise.all([
    db.bulletin.count({ where }),
    db.bulletin.findMany({
      where,
      orderBy: { publishedAt: "desc" },
      skip: (page - 1) * INBOX_PAGE_SIZE,
      take: INBOX_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        audience: true,
        regionCode: true,
        authorName: true,
        publishedAt: true,
        _count: { select: { attachments: true } },
        reads: { where: { userId: viewer.id }, select: { readAt: true } },
      },
    }),
    unreadBulletinCount(viewer),
  ]);
  const items = rows.map(({ reads, _count, ...row }) => ({ ...row, attachments: _count.attachments, read: reads.length > 0 }));
  return { items, total, unread, page, pageCount: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)) };
}

export async function unreadBulletinCount(viewer: Viewer): Promise<number> {
  const where = await visibleBulletinsWhere(viewer);
  return db.bulletin.count({ where: { AND: [where, { reads: { none: { userId: viewer.id } } }] } });
}

/**
 * A bulletin for its page. Opening it is what marks it read for this person. Outside the viewer's
 * audience it does not exist.
 */
export async function openBulletin(viewer: Viewer, id: string) {
  const where = await visibleBulletinsWhere(viewer);
  const bulletin = await db.bulletin.findFirst({
    where: { AND: [where, { id }] },
    select: {
      id: true,
      title: true,
      bodyHtml: true,
      audience: true,
      regionCode: true,
      authorId: true,
      authorName: true,
      publishedAt: true,
      attachments: { orderBy: { file: { originalName: "asc" } }, select: { file: { select: { id: true, originalName: true, size: true, contentType: true } } } },
    },
  });
  if (!bulletin) throw new NotFoundError();
  await db.bulletinRead.upsert({
    where: { bulletinId_userId: { bulletinId: id, userId: viewer.id } },
    create: { bulletinId: id, userId: viewer.id, municipalityCode: viewer.municipalityCode },
    update: {},
  });
  const region = bulletin.regionCode ? await db.region.findUnique({ where: { code: bulletin.regionCode }, select: { name: true } }) : null;
  return { ...bulletin, regionName: region?.name ?? null, attachments: bulletin.attachments.map((a) => a.file) };
}

/** Who may see the read counts: national admins, and the author of the bulletin. */
export function canSeeReadCounts(viewer: Viewer, bulletin: { authorId: string }): boolean {
  return viewer.role === "NATIONAL_ADMIN" || bulletin.authorId === viewer.id;
}

/** Per addressed municipality: how many of its active officers opened the bulletin. */
export async function readCounts(viewer: Viewer, bulletin: { id: string; authorId: string; audience: "NATIONAL" | "REGION"; regionCode: string | null }) {
  if (!canSeeReadCounts(viewer, bulletin)) throw new ForbiddenError();
  const [municipalities, reads] = await Promise.all([
    db.municipality.findMany({
      where: audienceMunicipalitiesWhere(bulletin),
      orderBy: [{ region: { northSouthOrder: "asc" } }, { name: "asc" }],
      select: { code: true, name: true, region: { select: { name: true } }, _count: { select: { users: { where: { role: "MUNICIPAL_OFFICER", active: true } } } } },
    }),
    db.bulletinRead.groupBy({ by: ["municipalityCode"], where: { bulletinId: bulletin.id, municipalityCode: { not: null } }, _count: { _all: true } }),
  ]);
  const readers = new Map(reads.map((row) => [row.municipalityCode, row._count._all]));
  const rows = municipalities.map((m) => ({ code: m.code, name: m.name, regionName: m.region.name, officers: m._count.users, readers: readers.get(m.code) ?? 0 }));
  // Municipalities that read it first, so the author sees the response at the top.
  rows.sort((a, b) => Number(b.readers > 0) - Number(a.readers > 0));
  return { rows, municipalitiesRead: rows.filter((row) => row.readers > 0).length, municipalities: rows.length };
}

/** Where the viewer may publish: admins anywhere, coordinators only to their own region. */
function checkAudience(viewer: Viewer, input: PublishBulletinInput): string | null {
  if (viewer.role === "NATIONAL_ADMIN") return input.audience === "REGION" ? input.regionCode : null;
  if (viewer.role === "REGIONAL_COORDINATOR" && input.audience === "REGION" && input.regionCode === viewer.regionCode) return viewer.regionCode;
  throw new ForbiddenError("Solo puede publicar boletines para su propia región.");
}

export async function publishBulletin(viewer: Viewer, ip: string | null, input: PublishBulletinInput): Promise<{ id: string }> {
  const regionCode = checkAudience(viewer, input);
  const earlier = await db.bulletin.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true, authorId: true } });
  if (earlier) {
    if (earlier.authorId !== viewer.id) throw new RuleError("Recargue la página e intente de nuevo.");
    return { id: earlier.id };
  }
  const bodyHtml = sanitizeRichText(formattedTextToHtml(input.body));
  if (!richTextPlain(bodyHtml)) throw new RuleError("Escriba el contenido del boletín (el formato por sí solo no basta).", "body");

  return db.$transaction(async (tx) => {
    if (regionCode && !(await tx.region.findUnique({ where: { code: regionCode }, select: { code: true } }))) throw new RuleError("Elija la región.", "regionCode");
    const bulletin = await tx.bulletin.create({
      data: { title: input.title, bodyHtml, audience: input.audience, regionCode, authorId: viewer.id, authorName: viewer.name, idempotencyKey: input.idempotencyKey },
      select: { id: true, audience: true, regionCode: true },
    });
    const files: string[] = [];
    for (const file of input.archivos) {
      const stored = await storeUpload(tx, file, EVIDENCE_POLICY, viewer, "BulletinAttachment").catch((error: unknown) => {
        if (error instanceof RuleError) throw new RuleError(`${file.name}: ${error.message}`, "archivos");
        throw error;
      });
      await tx.bulletinAttachment.create({ data: { bulletinId: bulletin.id, fileId: stored.id } });
      files.push(stored.id);
    }
    await recordAudit(tx, viewer, ip, {
      action: "bulletin.publish",
      entity: "Bulletin",
      entityId: bulletin.id,
      after: { title: input.title, audience: input.audience, regionCode, attachments: files.length },
      regionCode,
    });
    const officers = await tx.user.findMany({
      where: { role: "MUNICIPAL_OFFICER", active: true, municipality: audienceMunicipalitiesWhere(bulletin) },
      select: { id: true },
    });
    // The e-mail carries the title and a link, never the body: the bulletin is read in the portal.
    const prefix = "Nuevo boletín de SERMIG: ";
    const title = input.title.length + prefix.length > 200 ? `${input.title.slice(0, 199 - prefix.length)}…` : input.title;
    await notify(tx, { userIds: officers.map((officer) => officer.id), kind: NOTIFICATION_KIND, title: `${prefix}${title}` });
    return { id: bulletin.id };
  });
}

/** Lets a person keep a bulletin on their list of pending reading. */
export async function markBulletinUnread(viewer: Viewer, ip: string | null, { id }: BulletinRef): Promise<{ id: string }> {
  const where = await visibleBulletinsWhere(viewer);
  return db.$transaction(async (tx) => {
    const bulletin = await tx.bulletin.findFirst({ where: { AND: [where, { id }] }, select: { id: true, regionCode: true } });
    if (!bulletin) throw new NotFoundError();
    await tx.bulletinRead.deleteMany({ where: { bulletinId: id, userId: viewer.id } });
    await recordAudit(tx, viewer, ip, { action: "bulletin.markUnread", entity: "Bulletin", entityId: id, municipalityCode: viewer.municipalityCode, regionCode: viewer.regionCode });
    return { id };
  });
}
