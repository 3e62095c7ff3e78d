import { createHash, createHmac, randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { subjectAuditEvents } from "@/lib/audit/service";
import { demoPeople, freshRun, insertFixtureCase, type People } from "@/lib/cases/test-fixtures";
import { db } from "@/lib/db";
import { lookupSubject } from "./subject";

// Each test file uses its own folio series (see insertFixtureCase).
const SERIES = 2077;
let people: People;
const saved = { current: process.env.AUDIT_LOOKUP_KEY, previous: process.env.AUDIT_LOOKUP_KEY_PREVIOUS };

beforeAll(async () => {
  people = await demoPeople();
});

afterEach(() => {
  for (const [name, value] of [["AUDIT_LOOKUP_KEY", saved.current], ["AUDIT_LOOKUP_KEY_PREVIOUS", saved.previous]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

afterAll(async () => {
  await db.$disconnect();
});

const newKey = () => randomBytes(32).toString("base64");
const normalised = (run: string) => run.replace(/[.\s-]/g, "").toUpperCase();

async function caseOf(run: string) {
  await insertFixtureCase(SERIES, { participants: { create: [{ fullName: "Persona Buscada", documentType: "RUN", documentNumber: run, documentKey: normalised(run), relation: "AFECTADA" }] } });
}

async function lookedUp(run: string) {
  const before = new Date();
  await lookupSubject(people.andrea, "127.0.0.1", run);
  const [row] = await db.auditEvent.findMany({ where: { action: "privacy.lookup", actorId: people.andrea.id, at: { gte: before } }, orderBy: { id: "desc" }, take: 1 });
  return row;
}

describe("the document pseudonym in the audit", () => {
  it("is an HMAC under the secret key, not a SHA-256 anyone can recompute over every RUN, and a search by document finds it", async () => {
    const key = newKey();
    process.env.AUDIT_LOOKUP_KEY = key;
    const run = freshRun();
    await caseOf(run);

    const row = await lookedUp(run);
    expect(row.entityId).not.toBe(createHash("sha256").update(normalised(run)).digest("hex"));
    expect(row.entityId).toBe(createHmac("sha256", key).update(normalised(run)).digest("hex"));

    // However the number is written.
    const found = await subjectAuditEvents(people.andrea, run.replace(/\./g, "").toLowerCase());
    expect(found.map((event) => event.id)).toEqual([row.id]);
    await expect(subjectAuditEvents(people.rodrigo, run)).rejects.toThrow();
  });

  it("keeps finding the rows of the previous key while it is configured, and only then", async () => {
    const oldKey = newKey();
    const run = freshRun();
    await caseOf(run);
    process.env.AUDIT_LOOKUP_KEY = oldKey;
    const before = await lookedUp(run);

    process.env.AUDIT_LOOKUP_KEY = newKey();
    process.env.AUDIT_LOOKUP_KEY_PREVIOUS = oldKey;
    const after = await lookedUp(run);
    expect(after.entityId).not.toBe(before.entityId);
    expect((await subjectAuditEvents(people.andrea, run)).map((event) => event.id)).toEqual([after.id, before.id]);

    delete process.env.AUDIT_LOOKUP_KEY_PREVIOUS;
    expect((await subjectAuditEvents(people.andrea, run)).map((event) => event.id)).toEqual([after.id]);
  });
});
