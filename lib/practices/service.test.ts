import { afterAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { findDownloadableFile } from "@/lib/files/access";
import { NotFoundError, RuleError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { reviewPracticeSchema } from "./schemas";
import { getPractice, reviewPractice, searchPublished, submitPractice, updatePractice, workingPractices } from "./service";

const viewer = (role: Role, place: Partial<Viewer> = {}): Viewer => ({ id: `test-${role}`, name: `Prueba ${role}`, run: "1-9", role, municipalityCode: null, regionCode: null, ...place });
const officer = viewer("MUNICIPAL_OFFICER", { municipalityCode: "05101", regionCode: "05" });
const neighbour = viewer("MUNICIPAL_OFFICER", { municipalityCode: "05109", regionCode: "05" });
const outsider = viewer("MUNICIPAL_OFFICER", { municipalityCode: "02101", regionCode: "02" });
const coordinator = viewer("REGIONAL_COORDINATOR", { regionCode: "05" });
const otherCoordinator = viewer("REGIONAL_COORDINATOR", { regionCode: "02" });
const admin = viewer("NATIONAL_ADMIN");

const pdf = () => new File([Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")], "informe.pdf", { type: "application/pdf" });
const practice = (title: string, files: File[] = []) => ({
  title,
  line: "ASOCIATIVIDAD_PARTICIPACION" as const,
  description: "Mesa comunal de organizaciones migrantes que se reúne cada mes con la alcaldía.",
  results: "Doce organizaciones participan y se creó un fondo concursable.",
  contact: "Oficina de Migrantes, oficina@demo.example",
  archivo: files,
});
const search = (q: string) => searchPublished({ q, pagina: 1 }).then((r) => r.rows.map((row) => row.id));

afterAll(async () => {
  await db.$disconnect();
});

describe("good practices", () => {
  it("stay with their municipality and SERMIG of the region until published: page, file and search", async () => {
    const { id } = await submitPractice(officer, null, practice("Mesa de organizaciones migrantes de Valparaíso", [pdf()]));
    const file = (await db.goodPracticeFile.findFirstOrThrow({ where: { practiceId: id } })).fileId;

    for (const who of [officer, coordinator, admin]) {
      await expect(getPractice(who, id).catch((e) => `${who.role}: ${e}`)).resolves.toHaveProperty("practice");
      expect(await findDownloadableFile(who, file), who.role).not.toBeNull();
    }
    for (const who of [neighbour, outsider, otherCoordinator]) {
      await expect(getPractice(who, id)).rejects.toThrow(NotFoundError);
      expect(await findDownloadableFile(who, file)).toBeNull();
    }
    expect(await search("organizaciones migrantes")).not.toContain(id);
    expect((await workingPractices(neighbour)).map((p) => p.id)).not.toContain(id);
    expect((await workingPractices(coordinator)).map((p) => p.id)).toContain(id);

    await expect(reviewPractice(otherCoordinator, null, { id, version: 1, decision: "PUBLISH", comment: null })).rejects.toThrow(NotFoundError);
    await reviewPractice(coordinator, null, { id, version: 1, decision: "PUBLISH", comment: null });
    // The admin reviewing the same submission in another tab is told it changed, not that it is no longer under review.
    await expect(reviewPractice(admin, null, { id, version: 1, decision: "RETURN", comment: "Tarde" })).rejects.toThrow(/Otra persona/);

    await expect(getPractice(outsider, id)).resolves.toMatchObject({ canReview: false, canEdit: false });
    expect(await findDownloadableFile(outsider, file)).not.toBeNull();
    // Accents and inflections optional: "organizacion", "valparaiso".
    expect(await search("organizacion valparaiso")).toContain(id);
    expect((await searchPublished({ q: undefined, linea: "ASOCIATIVIDAD_PARTICIPACION", region: "05", pagina: 1 })).rows.map((r) => r.id)).toContain(id);
    expect((await searchPublished({ q: undefined, linea: "CAPACITACIONES", region: "05", pagina: 1 })).rows.map((r) => r.id)).not.toContain(id);
    expect((await searchPublished({ q: undefined, region: "02", pagina: 1 })).rows.map((r) => r.id)).not.toContain(id);
  });

  it("go back to the municipality with comments, and return to review when corrected", async () => {
    const { id } = await submitPractice(officer, null, practice("Feria intercultural del barrio puerto"));
    expect(reviewPracticeSchema.safeParse({ id, version: "1", decision: "RETURN", comment: "" }).error?.issues[0]).toMatchObject({ path: ["comment"], message: "Explique qué debe corregir la municipalidad." });
    await reviewPractice(admin, null, { id, version: 1, decision: "RETURN", comment: "Agregue cifras de asistencia." });
    expect(await getPractice(officer, id)).toMatchObject({ canEdit: true, practice: { status: "RETURNED", reviewComment: "Agregue cifras de asistencia." } });
    await expect(reviewPractice(coordinator, null, { id, version: 2, decision: "PUBLISH", comment: null })).rejects.toThrow(RuleError);
    await expect(updatePractice(neighbour, null, { id, version: 2, ...practice("Intento ajeno") })).rejects.toThrow(NotFoundError);
    await updatePractice(officer, null, { id, version: 2, ...practice("Feria intercultural del barrio puerto, 2026") });
    await expect(updatePractice(officer, null, { id, version: 2, ...practice("Versión vieja") })).rejects.toThrow(/Otra persona/);
    expect(await getPractice(coordinator, id)).toMatchObject({ canReview: true, practice: { status: "SUBMITTED", title: "Feria intercultural del barrio puerto, 2026" } });
    expect(await db.auditEvent.count({ where: { entityId: id } })).toBe(3);
  });
});
