/**
 * The import actions, called as a browser would call them: only a national admin gets past the
 * permission table, even with a well-formed request; nobody else writes anything.
 */
import { afterAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { actionMeta } from "@/lib/auth/action";
import { db } from "@/lib/db";

const viewerHolder = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewerHolder.current, requireViewer: async () => viewerHolder.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => {} }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { confirmStatImportAction, previewStatImportAction } = await import("./actions");

const officer: Viewer = { id: "test-officer", name: "Prueba", run: "1-9", role: "MUNICIPAL_OFFICER", municipalityCode: "13501", regionCode: "13" };
const coordinator: Viewer = { ...officer, id: "test-coordinator", role: "REGIONAL_COORDINATOR", municipalityCode: null };
const admin: Viewer = { ...officer, id: "test-admin-actions", role: "NATIONAL_ADMIN", municipalityCode: null, regionCode: null };

function form() {
  const data = new FormData();
  for (const [k, v] of Object.entries({ indicator: "DEFINITIVE_RESIDENCE_GRANTS", year: "2024", title: "Prueba de permisos", publisher: "SERMIG", notes: "", nameColumn: "comuna", valueColumn: "n" })) {
    data.set(k, v);
  }
  data.set("archivo", new File(["comuna;n\nMelipilla;3\n"], "a.csv", { type: "text/csv" }));
  return data;
}

afterAll(async () => {
  await db.statImport.deleteMany({ where: { createdById: admin.id } });
  await db.$disconnect();
});

describe("statistics import actions", () => {
  it("are registered under statistics.import", () => {
    expect(actionMeta(previewStatImportAction)).toMatchObject({ name: "previewStatImport", permission: "statistics.import" });
    expect(actionMeta(confirmStatImportAction)).toMatchObject({ name: "confirmStatImport", permission: "statistics.import" });
  });

  it("refuse officers and coordinators even with a valid request, and write nothing", async () => {
    const before = { imports: await db.statImport.count(), stats: await db.comunaStat.count(), datasets: await db.statDataset.count() };
    for (const viewer of [officer, coordinator]) {
      viewerHolder.current = viewer;
      expect(await previewStatImportAction(null, form())).toEqual({ ok: false, error: "No tiene permiso para realizar esta acción." });
      expect(await confirmStatImportAction(null, { importId: "00000000-0000-4000-8000-000000000000", sha256: "a".repeat(64) })).toEqual({
        ok: false,
        error: "No tiene permiso para realizar esta acción.",
      });
    }
    expect({ imports: await db.statImport.count(), stats: await db.comunaStat.count(), datasets: await db.statDataset.count() }).toEqual(before);
  });

  it("let an admin preview (the redirect to the preview is how success looks) and put errors next to the field", async () => {
    viewerHolder.current = admin;
    await expect(previewStatImportAction(null, form())).rejects.toThrow("NEXT_REDIRECT");
    expect(await db.statImport.count({ where: { createdById: admin.id } })).toBe(1);

    const bad = form();
    bad.set("year", "1890");
    bad.set("valueColumn", "cifra");
    const result = await previewStatImportAction(null, bad);
    expect(result).toMatchObject({ ok: false, fieldErrors: { year: "El año debe estar entre 2000 y el año en curso." } });
  });
});
