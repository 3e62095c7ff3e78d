import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseQuery } from "@/lib/query/parse";
import { inboxFilterSchema, listInbox } from "./inbox";
import { listCases, listCasesByDocument } from "./queries";
import { caseListSchema } from "./schemas";
import { auditSensitiveMatches } from "./search";
import { demoPeople, insertFixtureCase, type People } from "./test-fixtures";

// Fixtures of their own (folios SM-2087-…); names and words no demo case uses.
const SERIES = 2087;
let people: People;
const ids: Record<string, string> = {};

type Person = { fullName: string; document?: string };

async function insertCase(folio: string | null, data: Parameters<typeof insertFixtureCase>[1], persons: Person[] = [], notes: { body: string; internal: boolean }[] = []) {
  const { id } = await insertFixtureCase(SERIES, {
    ...(folio && { folio }),
    ...data,
    participants: {
      create: persons.map((person) => ({
        fullName: person.fullName,
        documentType: "PASAPORTE" as const,
        documentNumber: person.document ?? null,
        documentKey: person.document ?? null,
        relation: "AFECTADA",
      })),
    },
    notes: { create: notes.map((note) => ({ ...note, authorId: "fixture", authorName: "Prueba" })) },
  });
  return id;
}

const melipilla = { municipalityCode: "13501", regionCode: "13" };
const santiago = { municipalityCode: "13101", regionCode: "13" };

beforeAll(async () => {
  people = await demoPeople();
  ids.named = await insertCase("SM-2087-000072", melipilla, [{ fullName: "Persona Ficticia 4471 Núñez", document: "P44710001" }], [
    { body: "Conversamos con la OPD sobre la zanahoria del expediente.", internal: true },
    { body: "La municipalidad envió la betarraga solicitada.", internal: false },
  ]);
  ids.nearFolio = await insertCase("SM-2087-000720", melipilla, [{ fullName: "Persona Ficticia 9013" }]);
  ids.otherYear = await insertCase("SM-2088-000072", melipilla);
  ids.santiago = await insertCase("SM-2087-000073", santiago, [{ fullName: "Persona Ficticia 4471 Núñez", document: "P44710001" }]);
  ids.draft = await insertCase(null, { ...melipilla, status: "BORRADOR", submittedAt: null }, [{ fullName: "José Ficticio Borrador 6610" }]);
  ids.sensitive = await insertCase(
    "SM-2087-000074",
    { ...melipilla, type: "VIF_GENERO", sensitive: true, summary: "Relato reservado", description: "Refiere amenazas; pasaporte P55820001 retenido." },
    [{ fullName: "Persona Ficticia 5582 Ávila", document: "P55820002" }],
  );
});

const inbox = async (viewer: keyof People, q: string) =>
  (await listInbox(people[viewer], inboxFilterSchema.parse({ vista: "todos", q }))).rows.map((row) => row.id);
const list = async (viewer: keyof People, q: string) => (await listCases(people[viewer], caseListSchema.parse({ q, porPagina: "100" }))).rows.map((row) => row.id);

describe("the inbox search", () => {
  it.each(["ficticia 4471", "PERSONA FICTICIA 4471", "4471 nunez", "Núñez 4471", "ficti 447"])("finds a participant by part of the name: %s", async (q) => {
    expect(await inbox("rodrigo", q)).toEqual(expect.arrayContaining([ids.named, ids.santiago]));
  });

  it("ignores accents in both directions", async () => {
    expect(await inbox("rodrigo", "jose ficticio 6610")).toEqual([]); // a draft never reaches the inbox
    expect(await list("carolina", "jose ficticio 6610")).toEqual([ids.draft]);
    expect(await list("carolina", "JOSÉ 6610")).toEqual([ids.draft]);
  });

  it.each(["000072", "72", "2087-72", "SM-2087-000072", "sm-2087-72"])("finds the folio from a fragment: %s", async (q) => {
    const found = await inbox("rodrigo", q);
    expect(found).toContain(ids.named);
    expect(found).not.toContain(ids.nearFolio);
  });

  it("reads a bare number as the sequence of any year, and a year as that year only", async () => {
    expect(await inbox("rodrigo", "72")).toEqual(expect.arrayContaining([ids.named, ids.otherYear]));
    expect(await inbox("rodrigo", "2087-72")).not.toContain(ids.otherYear);
  });

  it("finds nothing of another region", async () => {
    for (const q of ["ficticia 4471", "000072", "72", "SM-2087-000072", "zanahoria"]) {
      const found = await inbox("fernanda", q);
      expect(found.filter((id) => Object.values(ids).includes(id)), q).toEqual([]);
    }
  });

  it("finds the municipality by its name, without accents", async () => {
    const found = (await listInbox(people.rodrigo, inboxFilterSchema.parse({ vista: "todos", q: "melipilla" }))).rows;
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((row) => row.municipalityName))).toEqual(new Set(["Melipilla"]));
  });

  it("keeps the summary of a sensitive case hidden when the search finds it", async () => {
    const rows = (await listInbox(people.rodrigo, inboxFilterSchema.parse({ vista: "todos", q: "ficticia 5582" }))).rows;
    expect(rows.map((row) => row.id)).toEqual([ids.sensitive]);
    expect(rows[0].summary).toBeNull();
  });
});

describe("notes in the search", () => {
  it("finds internal notes for SERMIG, never for the municipality", async () => {
    expect(await inbox("rodrigo", "zanahoria")).toEqual([ids.named]);
    expect(await list("rodrigo", "zanahoria")).toEqual([ids.named]);
    expect(await list("carolina", "zanahoria")).toEqual([]);
  });

  it("finds shared notes for both", async () => {
    expect(await inbox("rodrigo", "betarraga")).toEqual([ids.named]);
    expect(await list("carolina", "betarraga")).toEqual([ids.named]);
  });
});

describe("the officer's case list search", () => {
  it("finds her municipality's cases by folio fragment, name and document", async () => {
    expect(await list("carolina", "2087-72")).toEqual([ids.named]);
    expect(await list("carolina", "ficticia 4471")).toEqual([ids.named]);
    expect((await listCasesByDocument(people.carolina, "p4471-0001")).map((row) => row.id)).toEqual([ids.named]);
  });

  it("finds none of Melipilla's cases for Santiago's officer", async () => {
    const melipillaCases = [ids.named, ids.nearFolio, ids.otherYear, ids.draft, ids.sensitive];
    for (const q of ["2087-72", "72", "ficticia 4471", "ficticia 5582", "betarraga", "melipilla"]) {
      expect((await list("javiera", q)).filter((id) => melipillaCases.includes(id)), q).toEqual([]);
    }
    expect((await listCasesByDocument(people.javiera, "P44710001")).map((row) => row.id)).toEqual([ids.santiago]);
    expect(await listCasesByDocument(people.javiera, "P55820002")).toEqual([]);
  });

  it("keeps the status filter", async () => {
    const filters = caseListSchema.parse({ q: "ficti", estado: "BORRADOR", porPagina: "100" });
    const rows = (await listCases(people.carolina, filters)).rows;
    expect(rows.map((row) => row.id)).toContain(ids.draft);
    expect(rows.every((row) => row.status === "BORRADOR")).toBe(true);
  });
});

describe("hostile search input", () => {
  const hostile = ["%", "_", "\\", "%%__\\\\", "'", '"', "' OR 1=1 --", "a".repeat(500), "ficti%", "ficti_ia", "\\%", "Ñ", "-", "\"unclosed", "or", "!!!"];

  it.each(hostile)("answers without an error and treats wildcards as characters: %s", async (q) => {
    await expect(list("carolina", q.slice(0, 120))).resolves.toEqual(expect.any(Array));
    await expect(inbox("rodrigo", q.slice(0, 120))).resolves.toEqual(expect.any(Array));
    // Only LIKE wildcards: they must not match every name.
    if (/^[%_\\]+$/.test(q)) expect(await list("carolina", q)).toEqual([]);
  });

  it("ignores what the query string cannot carry (NUL, over 120 characters) instead of failing", () => {
    expect(parseQuery(caseListSchema, { q: "fic\u0000ticia" }).values.q).toBeUndefined();
    expect(parseQuery(caseListSchema, { q: "x".repeat(500) }).values.q).toBeUndefined();
    expect(parseQuery(inboxFilterSchema, { q: "x".repeat(500) }).values.q).toBeUndefined();
  });
});

describe("the audit of searches that reach sensitive cases", () => {
  const audits = (actorId: string, since: Date) =>
    db.auditEvent.findMany({ where: { action: "case.searchSensitive", actorId, at: { gte: since } }, select: { after: true, regionCode: true, municipalityCode: true } });

  it("writes one row naming the sensitive cases and how they matched, never what was typed", async () => {
    const since = new Date();
    await auditSensitiveMatches(people.rodrigo, "127.0.0.1", "ficticia 5582");
    const rows = await audits(people.rodrigo.id, since);
    expect(rows).toHaveLength(1);
    expect(rows[0].after).toEqual({ busqueda: "nombre", casos: [{ id: ids.sensitive, folio: "SM-2087-000074", en: ["nombre"] }] });
    expect(rows[0].regionCode).toBe("13");
    expect(JSON.stringify(rows[0].after)).not.toMatch(/5582|ficticia/i);
  });

  it("records a search that looks like a document as such, without the number", async () => {
    const since = new Date();
    await auditSensitiveMatches(people.carolina, null, "P55820001");
    const rows = await audits(people.carolina.id, since);
    expect(rows).toHaveLength(1);
    expect(rows[0].after).toEqual({ busqueda: "documento", casos: [{ id: ids.sensitive, folio: "SM-2087-000074", en: ["texto"] }] });
    expect(rows[0].municipalityCode).toBe("13501");
    expect(JSON.stringify(rows)).not.toMatch(/55820001/);
  });

  it("writes nothing for a non-sensitive match, a folio-only match, or a search outside the scope", async () => {
    const since = new Date();
    await auditSensitiveMatches(people.rodrigo, null, "ficticia 4471");
    await auditSensitiveMatches(people.rodrigo, null, "SM-2087-000074");
    await auditSensitiveMatches(people.rodrigo, null, "74");
    await auditSensitiveMatches(people.fernanda, null, "ficticia 5582");
    await auditSensitiveMatches(people.javiera, null, "ficticia 5582");
    expect(await audits(people.rodrigo.id, since)).toEqual([]);
    expect(await audits(people.fernanda.id, since)).toEqual([]);
    expect(await audits(people.javiera.id, since)).toEqual([]);
  });

  it("counts a match through an internal note only for those who can read it", async () => {
    const noted = await insertCase("SM-2087-000075", { ...melipilla, type: "NNA", sensitive: true }, [], [{ body: "Seguimiento del colinabo con tribunales.", internal: true }]);
    const since = new Date();
    await auditSensitiveMatches(people.carolina, null, "colinabo");
    await auditSensitiveMatches(people.rodrigo, null, "colinabo");
    expect(await audits(people.carolina.id, since)).toEqual([]);
    expect((await audits(people.rodrigo.id, since)).map((row) => row.after)).toEqual([{ busqueda: "texto", casos: [{ id: noted, folio: "SM-2087-000075", en: ["notas"] }] }]);
  });
});
