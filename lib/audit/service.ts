import "server-only";
import { hasPermission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { csvRow, CSV_BOM } from "@/lib/csv";
import { subjectDigests } from "@/lib/privacy/lookup-key";
import { territoryNames } from "@/lib/territory/names";
import { mentionedUserIds, type AuditNames } from "./changes";
import { AUDIT_PAGE_SIZE, type AuditFilters } from "./schemas";

function whereFor(filters: AuditFilters): Prisma.AuditEventWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (filters.desde) at.gte = new Date(`${filters.desde}T00:00:00-03:00`);
  if (filters.hasta) at.lt = new Date(new Date(`${filters.hasta}T00:00:00-03:00`).getTime() + 86_400_000);
  return {
    ...(filters.persona && { actorName: { contains: filters.persona, mode: "insensitive" } }),
    ...(filters.entidad && { entity: filters.entidad }),
    ...(filters.accion && { action: { startsWith: filters.accion } }),
    ...((at.gte || at.lt) && { at }),
  };
}

/** Only national admins read the trail; for anyone else it does not exist. */
function assertReader(viewer: Viewer) {
  if (!hasPermission(viewer.role, "audit.read")) throw new NotFoundError();
}

export async function listAuditEvents(viewer: Viewer, filters: AuditFilters) {
  assertReader(viewer);
  const where = whereFor(filters);
  const total = await db.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const items = await db.auditEvent.findMany({
    where,
    orderBy: { id: "desc" },
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
  });
  return { total, page, pageCount, items };
}

/** The names of the people and places a page of events mentions, read once for the page. */
export async function auditNames(events: { before: unknown; after: unknown }[]): Promise<AuditNames> {
  const ids = [...new Set(events.flatMap((event) => mentionedUserIds(event.before, event.after)))];
  const [users, territory] = await Promise.all([
    ids.length > 0 ? db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [],
    territoryNames(),
  ]);
  const user = new Map(users.map((u) => [u.id, u.name ?? undefined]));
  const known = <T,>(read: (code: string) => T) => (code: string) => {
    try {
      return read(code);
    } catch {
      return undefined;
    }
  };
  return { user: (id) => user.get(id), region: known(territory.regionName), municipality: known(territory.municipalityName) };
}

export async function auditEntities(viewer: Viewer): Promise<string[]> {
  assertReader(viewer);
  const rows = await db.auditEvent.findMany({ distinct: ["entity"], select: { entity: true }, orderBy: { entity: "asc" } });
  return rows.map((r) => r.entity);
}

/**
 * The lookups and exports that concerned one person, found by the document's pseudonym, never by the
 * number: with every key in use, so a rotation does not hide the rows written before it.
 */
export async function subjectAuditEvents(viewer: Viewer, documentNumber: string) {
  assertReader(viewer);
  return db.auditEvent.findMany({ where: { entity: "DataSubject", entityId: { in: subjectDigests(documentNumber) } }, orderBy: { id: "desc" } });
}

const CSV_COLUMNS = ["id", "fecha_hora_utc", "persona", "rol", "accion", "entidad", "id_entidad", "resultado", "antes", "despues", "ip"] as const;

/** The filtered trail as CSV, read in batches so an export of any size never sits whole in memory. */
export async function* auditCsv(viewer: Viewer, filters: AuditFilters): AsyncGenerator<string> {
  assertReader(viewer);
  yield CSV_BOM + csvRow([...CSV_COLUMNS]);
  const where = whereFor(filters);
  let cursor: bigint | undefined;
  for (;;) {
    const batch = await db.auditEvent.findMany({
      where: { ...where, ...(cursor !== undefined && { id: { lt: cursor } }) },
      orderBy: { id: "desc" },
      take: 1000,
    });
    if (batch.length === 0) return;
    yield batch.map((e) => csvRow([e.id.toString(), e.at.toISOString(), e.actorName, e.actorRole, e.action, e.entity, e.entityId, e.outcome, e.before, e.after, e.ip])).join("");
    cursor = batch[batch.length - 1].id;
  }
}
