/**
 * A few data-subject requests in the register (fictional people and documents), so the privacy page
 * shows one overdue, one due soon and one just received. Left alone when the register has any row, so
 * what is answered in the portal survives a restart.
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { DEMO_IDENTITIES } from "../../lib/auth/demo-identities";
import { plusDays, type DemoToday } from "./demo-today";

const REQUESTS = [
  { type: "ACCESO", document: "DEMO-7781203", name: "Yolanda Pierre (demostración)", daysAgo: 34, purpose: null, detail: "Pide copia de los datos de su caso por correo electrónico." },
  { type: "OPOSICION", document: "DEMO-5510984", name: "Luis Fernando Ríos (demostración)", daysAgo: 24, purpose: "Envío de comunicaciones del programa", detail: null },
  { type: "SUPRESION", document: "DEMO-3390456", name: "Marie Joseph (demostración)", daysAgo: 2, purpose: null, detail: "Su caso de orientación terminó; pide que se borren sus datos." },
] as const;

export async function seedDemoPrivacy(client: pg.Client, today: DemoToday): Promise<number> {
  const existing = await client.query("SELECT 1 FROM subject_request LIMIT 1");
  if (existing.rowCount) return 0;
  const admin = DEMO_IDENTITIES.find((person) => person.role === "NATIONAL_ADMIN" && person.active)!;
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM "user" WHERE run = $1`, [`${admin.run}-${admin.dv}`]);
  for (const request of REQUESTS) {
    const received = plusDays(today.date, -request.daysAgo);
    await client.query(
      `INSERT INTO subject_request (id, type, document_key, document_number, requester_name, purpose, detail, received_on, due_on, created_by_id)
       VALUES ($1, $2::"SubjectRequestType", $3, $3, $4, $5, $6, $7::date, $8::date, $9)`,
      [randomUUID(), request.type, request.document, request.name, request.purpose, request.detail, received, plusDays(received, 30), rows[0]?.id ?? "seed"],
    );
  }
  return REQUESTS.length;
}
