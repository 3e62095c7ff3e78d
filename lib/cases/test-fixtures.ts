/**
 * Shared by the case tests: the demo people as viewers, documents nobody else uses, and complete
 * form inputs parsed by the real schemas (so the services get exactly what an action would pass).
 */
import { randomUUID } from "node:crypto";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createCaseSchema, updateDraftSchema } from "./schemas";
import { nnaForm, type Overrides } from "./test-forms";

export { freshRun, nnaForm } from "./test-forms";

const DEMO_RUNS = {
  carolina: "88888888-8",
  javiera: "15111222-6",
  matias: "16222333-K",
  rodrigo: "55555555-5",
  fernanda: "17333444-3",
  andrea: "44444444-4",
} as const;

export type People = Record<keyof typeof DEMO_RUNS, Viewer>;

export async function demoPeople(): Promise<People> {
  const rows = await db.user.findMany({
    where: { run: { in: Object.values(DEMO_RUNS) } },
    select: { id: true, name: true, run: true, role: true, municipalityCode: true, regionCode: true },
  });
  const byRun = new Map(rows.map((row) => [row.run, row]));
  return Object.fromEntries(Object.entries(DEMO_RUNS).map(([key, run]) => [key, byRun.get(run)!])) as People;
}

export function newCaseInput(document: string, overrides: Overrides = {}) {
  return createCaseSchema.parse({ idempotencyKey: randomUUID(), ...nnaForm(document, overrides) });
}

export function draftInput(id: string, version: number, document: string, overrides: Overrides = {}) {
  return updateDraftSchema.parse({ id, version, ...nnaForm(document, overrides) });
}

export const pdf = (name = "informe.pdf") =>
  new File([Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")], name, { type: "application/pdf" });

const sequences = new Map<number, number>();

/**
 * A case inserted with plain Prisma, so a test does not depend on how cases are filed. Each test file
 * uses its own folio year (`series`) to keep its fixtures apart; drafts get no folio and no submission.
 */
export async function insertFixtureCase(series: number, data: Partial<Prisma.CaseUncheckedCreateInput> = {}) {
  const sequence = (sequences.get(series) ?? 0) + 1;
  sequences.set(series, sequence);
  const id = randomUUID();
  const draft = data.status === "BORRADOR";
  const folio = draft ? null : `SM-${series}-${String(sequence).padStart(6, "0")}`;
  await db.case.create({
    data: {
      id,
      folio,
      municipalityCode: "13501",
      regionCode: "13",
      type: "CONSULTA",
      status: "INGRESADO",
      priority: "MEDIA",
      suggestedPriority: "MEDIA",
      typeDetails: {},
      summary: "Consulta de prueba",
      description: "Descripción de prueba.",
      sensitive: false,
      createdById: "fixture",
      idempotencyKey: id,
      submittedAt: draft ? null : new Date(),
      ...data,
    },
  });
  return { id, folio: folio!, version: 1, sequence };
}
