/**
 * The municipal reference: refused in Spanish next to its field when it could identify someone,
 * written only by the municipality of the case, audited without its text, and shown to SERMIG.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { setCaseReferenceAction } from "./actions";
import { getCaseView } from "./queries";
import { setCaseReference } from "./reference";
import { setReferenceSchema } from "./reference-schema";
import { demoPeople, insertFixtureCase, type People } from "./test-fixtures";

const viewerHolder = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewerHolder.current, requireViewer: async () => viewerHolder.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

let people: People;
let reserved: { id: string };

beforeAll(async () => {
  people = await demoPeople();
  reserved = await insertFixtureCase(2081, { type: "VIF_GENERO", sensitive: true, status: "EN_REVISION", summary: "ZZRESUMEN-RESERVADO" });
});

afterAll(async () => {
  await db.$disconnect();
});

const referenceOf = async (id: string) => (await db.case.findUniqueOrThrow({ where: { id }, select: { municipalReference: true } })).municipalReference;

describe("the municipal reference", () => {
  it("refuses what could identify a person, in Spanish, next to the field, and writes nothing", async () => {
    viewerHolder.current = people.carolina;
    const refused: [string, string][] = [
      ["RUN", "Caso 12.345.678-5"],
      ["pasaporte", "PF 1234567"],
      ["teléfono", "+56 9 5550 1234"],
      ["correo", "maria@correo.cl"],
      ["demasiado largo", "Oficina de la Mujer – seguimiento del caso de la semana"],
      ["marcado", "<b>Oficina</b>"],
    ];
    const audits = await db.auditEvent.count({ where: { action: "case.setReference" } });
    for (const [label, value] of refused) {
      const result = await setCaseReferenceAction({ caseId: reserved.id, municipalReference: value });
      expect(result, label).toMatchObject({ ok: false, error: "Revise los datos marcados." });
      expect(result && !result.ok && result.fieldErrors?.municipalReference, label).toMatch(/^Referencia municipal: /);
    }
    expect(await referenceOf(reserved.id)).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "case.setReference" } })).toBe(audits);
  });

  it("is saved trimmed, audited without its text, and leaves the version and the last activity alone", async () => {
    viewerHolder.current = people.carolina;
    const before = await db.case.findUniqueOrThrow({ where: { id: reserved.id }, select: { version: true, updatedAt: true } });
    const result = await setCaseReferenceAction({ caseId: reserved.id, municipalReference: "  Oficina Mujer –   seguimiento 4 " });
    expect(result).toMatchObject({ ok: true });
    expect(await referenceOf(reserved.id)).toBe("Oficina Mujer – seguimiento 4");
    expect(await db.case.findUniqueOrThrow({ where: { id: reserved.id }, select: { version: true, updatedAt: true } })).toEqual(before);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "case.setReference", entityId: reserved.id }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ actorId: people.carolina.id, municipalityCode: "13501", before: { referencia: "sin referencia" }, after: { referencia: "con referencia" } });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain("Oficina");

    // SERMIG reads it on the case page.
    expect((await getCaseView(people.rodrigo, null, reserved.id)).municipalReference).toBe("Oficina Mujer – seguimiento 4");

    // An empty field clears it.
    expect(await setCaseReferenceAction({ caseId: reserved.id, municipalReference: "" })).toMatchObject({ ok: true });
    expect(await referenceOf(reserved.id)).toBeNull();
  });

  it("belongs to the case's municipality: another municipality gets a 404, SERMIG may not write it", async () => {
    const input = setReferenceSchema.parse({ caseId: reserved.id, municipalReference: "Ajena 1" });
    await expect(setCaseReference(people.javiera, null, input)).rejects.toThrow(NotFoundError);
    viewerHolder.current = people.rodrigo;
    expect(await setCaseReferenceAction({ caseId: reserved.id, municipalReference: "Ajena 2" })).toMatchObject({ ok: false });
    expect(await referenceOf(reserved.id)).toBeNull();
  });
});
