import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { LETTER_POLICY, storeUpload } from "./upload";

// The route reads the session through getViewer; here each test says who is asking.
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => session.viewer }));

const { GET } = await import("@/app/archivos/[id]/route");

const officer = (municipalityCode: string, regionCode: string): Viewer => ({
  id: `officer-${municipalityCode}`,
  name: "Funcionaria Ficticia",
  run: "11111111-1",
  role: "MUNICIPAL_OFFICER",
  municipalityCode,
  regionCode,
});

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const NAME = "Carta de adhesión \"firmada\".pdf";

let storeDir: string;
let fileId: string;
let letterId: string;
let createdAdhesion = false;
const previousStoreDir = process.env.FILE_STORE_DIR;

beforeAll(async () => {
  storeDir = await mkdtemp(path.join(tmpdir(), "sello-download-"));
  process.env.FILE_STORE_DIR = storeDir;
  const uploader = await db.user.findUniqueOrThrow({ where: { run: "44444444-4" }, select: { id: true } });
  await db.$transaction(async (tx) => {
    if (!(await tx.adhesion.findUnique({ where: { municipalityCode: "13501" } }))) {
      await tx.adhesion.create({ data: { municipalityCode: "13501", regionCode: "13", status: "CARTA_FIRMADA", statusSince: new Date() } });
      createdAdhesion = true;
    }
    fileId = (await storeUpload(tx, new File([PDF], NAME, { type: "application/pdf" }), LETTER_POLICY, uploader, "AdhesionLetter")).id;
    const { _max } = await tx.adhesionLetter.aggregate({ where: { municipalityCode: "13501" }, _max: { version: true } });
    letterId = (await tx.adhesionLetter.create({ data: { municipalityCode: "13501", fileId, version: (_max.version ?? 0) + 1 } })).id;
  });
});

afterAll(async () => {
  await db.adhesionLetter.deleteMany({ where: { id: letterId } });
  await db.storedFile.deleteMany({ where: { id: fileId } });
  if (createdAdhesion) await db.adhesion.deleteMany({ where: { municipalityCode: "13501" } });
  await db.$disconnect();
  if (previousStoreDir === undefined) delete process.env.FILE_STORE_DIR;
  else process.env.FILE_STORE_DIR = previousStoreDir;
  await rm(storeDir, { recursive: true, force: true });
});

function download(id: string, viewer: Viewer | null) {
  session.viewer = viewer;
  const request = new NextRequest(`http://localhost/archivos/${id}`, { headers: { "x-sello-peer": "203.0.113.9" } });
  return GET(request, { params: Promise.resolve({ id }) });
}

const downloads = () => db.auditEvent.count({ where: { action: "file.download", entityId: fileId } });

describe("GET /archivos/[id]", () => {
  it("answers the same 404 to a visitor, to another municipality and for an unknown id, and audits none of them", async () => {
    const before = await downloads();
    for (const response of [await download(fileId, null), await download(fileId, officer("02101", "02")), await download(randomUUID(), officer("13501", "13"))]) {
      expect(response.status).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.text()).toBe("No encontrado");
    }
    expect(await downloads()).toBe(before);
  });

  it("streams the file as an attachment with its detected type, and audits the download", async () => {
    const viewer = officer("13501", "13");
    const response = await download(fileId, viewer);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-length": String(PDF.length),
      "content-disposition": `attachment; filename="Carta de adhesion _firmada_.pdf"; filename*=UTF-8''Carta%20de%20adhesi%C3%B3n%20%22firmada%22.pdf`,
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
    });
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "file.download", entityId: fileId }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorId: viewer.id, entity: "StoredFile", outcome: "SUCCESS", ip: "203.0.113.9", municipalityCode: "13501", regionCode: "13" });
  });
});
