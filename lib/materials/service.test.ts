/** The materials library: admins manage it (audited, versioned), every signed-in role reads and downloads. */
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { demoPeople, pdf, type People } from "@/lib/cases/test-fixtures";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { findDownloadableFile } from "@/lib/files/access";
import { createMaterialAction, deleteMaterialAction, updateMaterialAction } from "./actions";
import { createMaterialSchema } from "./schemas";
import { createMaterial, deleteMaterial, listMaterials, updateMaterial } from "./service";

const viewerHolder = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewerHolder.current, requireViewer: async () => viewerHolder.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

let people: People;
let storeDir: string;
const previousStoreDir = process.env.FILE_STORE_DIR;

const input = (overrides: Record<string, unknown> = {}) =>
  createMaterialSchema.parse({ title: `Afiche de prueba ${randomUUID().slice(0, 6)}`, category: "AFICHE", language: "ht", description: "Para oficinas.", archivo: pdf("afiche.pdf"), ...overrides });

beforeAll(async () => {
  storeDir = await mkdtemp(path.join(tmpdir(), "sello-materials-"));
  process.env.FILE_STORE_DIR = storeDir;
  people = await demoPeople();
});

afterAll(async () => {
  await db.$disconnect();
  if (previousStoreDir === undefined) delete process.env.FILE_STORE_DIR;
  else process.env.FILE_STORE_DIR = previousStoreDir;
  await rm(storeDir, { recursive: true, force: true });
});

describe("materials", () => {
  it("are uploaded by admins only and read and downloaded by every role", async () => {
    await expect(createMaterial(people.rodrigo, null, input())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createMaterial(people.carolina, null, input())).rejects.toBeInstanceOf(ForbiddenError);
    const { id } = await createMaterial(people.andrea, null, input({ title: "Afiche en kreyòl" }));
    const { fileId } = await db.material.findUniqueOrThrow({ where: { id } });
    for (const viewer of [people.carolina, people.matias, people.rodrigo, people.andrea]) {
      expect((await listMaterials(viewer, { page: 1, idioma: "ht" })).items.map((m) => m.id)).toContain(id);
      expect(await findDownloadableFile(viewer, fileId)).toMatchObject({ ownerType: "Material", contentType: "application/pdf" });
    }
    expect((await listMaterials(people.carolina, { page: 1, idioma: "en" })).items.map((m) => m.id)).not.toContain(id);
    expect((await listMaterials(people.carolina, { page: 1, categoria: "GUIA" })).items.map((m) => m.id)).not.toContain(id);
  });

  it("refuse content that is not what the policy accepts", async () => {
    const fake = new File([Buffer.from("<html><script>alert(1)</script></html>")], "afiche.pdf", { type: "application/pdf" });
    const before = await db.material.count();
    await expect(createMaterial(people.andrea, null, input({ archivo: fake }))).rejects.toMatchObject({ field: "archivo" });
    expect(await db.material.count()).toBe(before);
  });

  it("refuse a stale edit, and delete the file with the material", async () => {
    const { id } = await createMaterial(people.andrea, null, input());
    const { fileId } = await db.material.findUniqueOrThrow({ where: { id } });
    await updateMaterial(people.andrea, null, { id, version: 1, title: "Guía actualizada", description: "", category: "GUIA", language: "es" });
    await expect(updateMaterial(people.andrea, null, { id, version: 1, title: "Otra", description: "", category: "GUIA", language: "es" })).rejects.toBeInstanceOf(ConflictError);
    await expect(deleteMaterial(people.andrea, null, { id, version: 1 })).rejects.toBeInstanceOf(ConflictError);
    await deleteMaterial(people.andrea, null, { id, version: 2 });
    expect(await db.material.findUnique({ where: { id } })).toBeNull();
    expect(await findDownloadableFile(people.andrea, fileId)).toBeNull();
    const actions = (await db.auditEvent.findMany({ where: { entity: "Material", entityId: id }, orderBy: { at: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["material.create", "material.update", "material.delete"]);
  });

  it("actions refuse coordinators and officers and give field errors to admins", async () => {
    const data = (values: Record<string, string | File>) => {
      const form = new FormData();
      for (const [key, value] of Object.entries(values)) form.append(key, value);
      return form;
    };
    const ref = { id: randomUUID(), version: "1" };
    for (const viewer of [people.rodrigo, people.carolina]) {
      viewerHolder.current = viewer;
      expect(await createMaterialAction(null, data({ title: "x", category: "AFICHE", language: "es", archivo: pdf() }))).toEqual({ ok: false, error: "No tiene permiso para realizar esta acción." });
      expect(await updateMaterialAction(null, data({ ...ref, title: "x", category: "AFICHE", language: "es" }))).toEqual({ ok: false, error: "No tiene permiso para realizar esta acción." });
      expect(await deleteMaterialAction(null, data(ref))).toEqual({ ok: false, error: "No tiene permiso para realizar esta acción." });
    }
    viewerHolder.current = people.andrea;
    expect(await createMaterialAction(null, data({ title: "", category: "NADA", language: "xx" }))).toMatchObject({
      ok: false,
      fieldErrors: { title: "Ingrese un título.", category: "Elija la categoría.", language: "Elija el idioma.", archivo: "Elija el archivo." },
    });
    expect(await deleteMaterialAction(null, data(ref))).toEqual({ ok: false, error: "No encontramos ese registro." });
  });
});
