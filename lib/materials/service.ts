import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { hasPermission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { fileStore } from "@/lib/files/store";
import type { UploadPolicy } from "@/lib/files/upload";
import { storeUpload } from "@/lib/files/upload";
import { logError } from "@/lib/log";
import type { MaterialCategory, MaterialLanguage } from "./labels";
import type { CreateMaterialInput, MaterialRef, UpdateMaterialInput } from "./schemas";

export const LIBRARY_PAGE_SIZE = 12;

/** Posters and leaflets are images or PDFs; guides may be PDF or Word. Larger than other uploads: print-ready files. */
export const MATERIAL_POLICY: UploadPolicy = {
  formats: ["pdf", "png", "jpg", "docx"],
  maxBytes: 10 * 1024 * 1024,
  wrongTypeMessage: "El material debe ser un PDF, una imagen JPG o PNG, o un documento Word.",
};

const select = {
  id: true,
  title: true,
  description: true,
  category: true,
  language: true,
  version: true,
  createdAt: true,
  file: { select: { id: true, originalName: true, contentType: true, size: true } },
} as const;

function requireReader(viewer: Viewer) {
  if (!hasPermission(viewer.role, "materials.read")) throw new ForbiddenError();
}

function requireManager(viewer: Viewer) {
  if (!hasPermission(viewer.role, "materials.manage")) throw new ForbiddenError();
}

export async function listMaterials(viewer: Viewer, filter: { categoria?: MaterialCategory; idioma?: MaterialLanguage; page: number }) {
  requireReader(viewer);
  const where = { ...(filter.categoria && { category: filter.categoria }), ...(filter.idioma && { language: filter.idioma }) };
  const [total, items] = await Promise.all([
    db.material.count({ where }),
    db.material.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: (filter.page - 1) * LIBRARY_PAGE_SIZE, take: LIBRARY_PAGE_SIZE, select }),
  ]);
  return { items, total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / LIBRARY_PAGE_SIZE)) };
}

export async function getMaterial(viewer: Viewer, id: string) {
  requireReader(viewer);
  const material = await db.material.findUnique({ where: { id }, select });
  if (!material) throw new NotFoundError();
  return material;
}

function snapshot(material: { title: string; category: string; language: string }) {
  return { title: material.title, category: material.category, language: material.language };
}

export async function createMaterial(viewer: Viewer, ip: string | null, input: CreateMaterialInput): Promise<{ id: string }> {
  requireManager(viewer);
  const { archivo, ...fields } = input;
  return db.$transaction(async (tx) => {
    const file = await storeUpload(tx, archivo, MATERIAL_POLICY, viewer, "Material");
    const created = await tx.material.create({ data: { ...fields, fileId: file.id, uploadedById: viewer.id }, select: { id: true } });
    await recordAudit(tx, viewer, ip, { action: "material.create", entity: "Material", entityId: created.id, after: { ...snapshot(fields), file: archivo.name } });
    return created;
  });
}

export async function updateMaterial(viewer: Viewer, ip: string | null, input: UpdateMaterialInput): Promise<{ id: string; version: number }> {
  requireManager(viewer);
  const { id, version, ...fields } = input;
  return db.$transaction(async (tx) => {
    const current = await tx.material.findUnique({ where: { id }, select: { title: true, category: true, language: true } });
    if (!current) throw new NotFoundError();
    const { count } = await tx.material.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError();
    await recordAudit(tx, viewer, ip, { action: "material.update", entity: "Material", entityId: id, before: snapshot(current), after: snapshot(fields) });
    return { id, version: version + 1 };
  });
}

export async function deleteMaterial(viewer: Viewer, ip: string | null, { id, version }: MaterialRef): Promise<{ id: string }> {
  requireManager(viewer);
  const removed = await db.$transaction(async (tx) => {
    const current = await tx.material.findUnique({ where: { id }, select: { title: true, category: true, language: true, fileId: true, file: { select: { storageKey: true } } } });
    if (!current) throw new NotFoundError();
    const { count } = await tx.material.deleteMany({ where: { id, version } });
    if (count === 0) throw new ConflictError();
    await tx.storedFile.delete({ where: { id: current.fileId } });
    await recordAudit(tx, viewer, ip, { action: "material.delete", entity: "Material", entityId: id, before: snapshot(current) });
    return current;
  });
  // The bytes go only after the rows are gone; a failure here leaves an unreachable blob, never a broken row.
  await fileStore()
    .delete(removed.file.storageKey)
    .catch((error: unknown) => logError("materials.delete", error));
  return { id };
}
