import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findDownloadableFile } from "./access";

const officer13501: Viewer = { id: "officer", name: "Funcionaria Ficticia", run: "11111111-1", role: "MUNICIPAL_OFFICER", municipalityCode: "13501", regionCode: "13" };
const officer02101: Viewer = { ...officer13501, municipalityCode: "02101", regionCode: "02" };
const coordinator13: Viewer = { id: "coordinator", name: "Coordinador Ficticio", run: "22222222-2", role: "REGIONAL_COORDINATOR", municipalityCode: null, regionCode: "13" };
const admin: Viewer = { id: "admin", name: "Administradora Ficticia", run: "33333333-3", role: "NATIONAL_ADMIN", municipalityCode: null, regionCode: null };

const PLACES = [
  { municipalityCode: "13501", regionCode: "13" },
  { municipalityCode: "02101", regionCode: "02" },
] as const;
type Code = (typeof PLACES)[number]["municipalityCode"];

type Fixture = { letterFile: string; evidenceFile: string };
const files = {} as Record<Code, Fixture>;
const created = { adhesions: [] as string[], letters: [] as string[], actions: [] as string[], evidence: [] as string[], files: [] as string[] };
/** A letter's file that claims to be evidence, and a file nobody owns: neither may be downloadable. */
let mislabelledFile: string;
let orphanFile: string;

async function newFile(tx: Prisma.TransactionClient, ownerType: string, uploadedById: string): Promise<string> {
  const { id } = await tx.storedFile.create({
    data: { storageKey: randomUUID(), originalName: "prueba.pdf", contentType: "application/pdf", size: 4, sha256: "0".repeat(64), ownerType, uploadedById },
  });
  created.files.push(id);
  return id;
}

// Only adhesions this test creates are deleted afterwards; one that other data already holds is reused.
async function ensureAdhesion(tx: Prisma.TransactionClient, place: (typeof PLACES)[number]): Promise<void> {
  if (await tx.adhesion.findUnique({ where: { municipalityCode: place.municipalityCode } })) return;
  await tx.adhesion.create({ data: { ...place, status: "CARTA_FIRMADA", statusSince: new Date() } });
  created.adhesions.push(place.municipalityCode);
}

async function addLetter(tx: Prisma.TransactionClient, municipalityCode: string, fileId: string): Promise<void> {
  const { _max } = await tx.adhesionLetter.aggregate({ where: { municipalityCode }, _max: { version: true } });
  const letter = await tx.adhesionLetter.create({ data: { municipalityCode, fileId, version: (_max.version ?? 0) + 1 } });
  created.letters.push(letter.id);
}

beforeAll(async () => {
  const uploader = await db.user.findUniqueOrThrow({ where: { run: "44444444-4" }, select: { id: true } });
  await db.$transaction(async (tx) => {
    for (const place of PLACES) {
      await ensureAdhesion(tx, place);
      const letterFile = await newFile(tx, "AdhesionLetter", uploader.id);
      await addLetter(tx, place.municipalityCode, letterFile);
      const action = await tx.commitmentAction.create({
        data: {
          ...place,
          line: "INSTITUCIONALIDAD",
          title: "Acción de prueba",
          description: "Acción creada por la prueba de descargas.",
          responsibleUnit: "Oficina de prueba",
          startsOn: new Date("2026-01-01"),
          dueOn: new Date("2026-12-31"),
        },
      });
      created.actions.push(action.id);
      const evidenceFile = await newFile(tx, "Evidence", uploader.id);
      const evidence = await tx.evidence.create({ data: { actionId: action.id, description: "Acta de prueba", fileId: evidenceFile, addedById: uploader.id } });
      created.evidence.push(evidence.id);
      files[place.municipalityCode] = { letterFile, evidenceFile };
    }
    mislabelledFile = await newFile(tx, "Evidence", uploader.id);
    await addLetter(tx, "13501", mislabelledFile);
    orphanFile = await newFile(tx, "AdhesionLetter", uploader.id);
  });
});

afterAll(async () => {
  await db.evidence.deleteMany({ where: { id: { in: created.evidence } } });
  await db.commitmentAction.deleteMany({ where: { id: { in: created.actions } } });
  await db.adhesionLetter.deleteMany({ where: { id: { in: created.letters } } });
  await db.storedFile.deleteMany({ where: { id: { in: created.files } } });
  await db.adhesion.deleteMany({ where: { municipalityCode: { in: created.adhesions } } });
  await db.$disconnect();
});

/** The ids of the fixture files the viewer can download. */
async function visible(viewer: Viewer): Promise<string[]> {
  const ids = [...Object.values(files).flatMap((f) => [f.letterFile, f.evidenceFile]), mislabelledFile, orphanFile];
  const found = await Promise.all(ids.map((id) => findDownloadableFile(viewer, id)));
  return found.flatMap((file) => (file ? [file.id] : [])).sort();
}

const sorted = (...ids: string[]) => [...ids].sort();

describe("findDownloadableFile", () => {
  it("gives an officer only their municipality's letters and evidence", async () => {
    expect(await visible(officer13501)).toEqual(sorted(files["13501"].letterFile, files["13501"].evidenceFile));
    expect(await visible(officer02101)).toEqual(sorted(files["02101"].letterFile, files["02101"].evidenceFile));
  });

  it("gives a coordinator their region's files and not another region's", async () => {
    expect(await visible(coordinator13)).toEqual(sorted(files["13501"].letterFile, files["13501"].evidenceFile));
  });

  it("gives an admin every owned file", async () => {
    expect(await visible(admin)).toEqual(sorted(...Object.values(files).flatMap((f) => [f.letterFile, f.evidenceFile])));
  });

  it("returns the row's metadata and the owner's territory", async () => {
    const file = await findDownloadableFile(officer13501, files["13501"].evidenceFile);
    expect(file).toEqual({
      id: files["13501"].evidenceFile,
      storageKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
      originalName: "prueba.pdf",
      contentType: "application/pdf",
      size: 4,
      ownerType: "Evidence",
      municipalityCode: "13501",
      regionCode: "13",
    });
  });

  it("authorises a file only through the owner its type names, and never an unowned file", async () => {
    expect(await findDownloadableFile(admin, mislabelledFile)).toBeNull();
    expect(await findDownloadableFile(admin, orphanFile)).toBeNull();
  });

  it("answers null for an unknown id and for something that is not a UUID", async () => {
    expect(await findDownloadableFile(admin, randomUUID())).toBeNull();
    expect(await findDownloadableFile(admin, "not-a-uuid")).toBeNull();
    expect(await findDownloadableFile(admin, `${files["13501"].letterFile}' OR '1'='1`)).toBeNull();
  });
});
