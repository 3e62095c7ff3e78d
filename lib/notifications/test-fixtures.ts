import { randomBytes, randomUUID } from "node:crypto";
import { runCheckDigit } from "@/lib/auth/run";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Rows for the notification and job tests. Cases are created directly (not through filing), with
 * names that are obviously fictional and a canary that must never reach an e-mail.
 */
export const CANARY = "ZZCANARIO Wilhelmina Quispe-Tapia";

export async function userIdByRun(run: string): Promise<string> {
  return (await db.user.findUniqueOrThrow({ where: { run }, select: { id: true } })).id;
}

export async function createPerson(data: Partial<Prisma.UserUncheckedCreateInput> = {}): Promise<string> {
  const body = 40_000_000 + (randomBytes(3).readUIntBE(0, 3) % 9_000_000);
  const run = `${body}-${runCheckDigit(body)}`;
  const user = await db.user.create({
    data: { run, name: "Persona Ficticia De Prueba", email: `p${body}@demo.example.cl`, role: "REGIONAL_COORDINATOR", regionCode: "13", ...data },
    select: { id: true },
  });
  return user.id;
}

/** A submitted case of Melipilla (Región Metropolitana) whose summary, narrative and participant carry the canary. */
export async function createCase(data: Partial<Prisma.CaseUncheckedCreateInput> = {}): Promise<{ id: string; folio: string }> {
  // From a sequence, not at random: the test files share one database, and a random folio out of
  // 99,999 met one already used about once in a thousand runs.
  await db.$executeRawUnsafe("CREATE SEQUENCE IF NOT EXISTS test_notification_fixture_folio START 900000 MAXVALUE 999999");
  const [{ n }] = await db.$queryRawUnsafe<{ n: bigint }[]>("SELECT nextval('test_notification_fixture_folio') AS n");
  const folio = `SM-2026-${String(n).padStart(6, "0")}`;
  const createdById = await userIdByRun("88888888-8");
  const created = await db.case.create({
    data: {
      folio,
      municipalityCode: "13501",
      regionCode: "13",
      type: "VIF_GENERO",
      status: "EN_REVISION",
      priority: "ALTA",
      suggestedPriority: "ALTA",
      typeDetails: { denuncia: "si" },
      summary: `Apoyo para ${CANARY}`,
      description: `${CANARY} necesita orientación (relato ficticio de prueba).`,
      sensitive: true,
      consentBasis: "CONSENTIMIENTO",
      createdById,
      submittedAt: new Date(),
      idempotencyKey: randomUUID(),
      participants: { create: { fullName: CANARY, documentType: "PASAPORTE", documentNumber: "ZZ0000001", relation: "Persona atendida" } },
      ...data,
    },
    select: { id: true },
  });
  return { id: created.id, folio };
}

/** The e-mail jobs waiting in the queue for these notifications. */
export async function queuedEmails(notificationIds: string[]): Promise<string[]> {
  if (notificationIds.length === 0) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT data->>'notificationId' AS id FROM pgboss.job WHERE name = 'send-email' AND data->>'notificationId' = ANY(${notificationIds})`;
  return rows.map((row) => row.id);
}
