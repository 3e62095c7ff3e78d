/**
 * A few saved views of the inbox for the demo coordinators and the national admin (lib/cases/saved-views.ts),
 * stored as the inbox saves them: query-string values. Idempotent by owner and name: a view an earlier
 * run left, or that someone renamed or deleted since, is left as the portal left it.
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";

type DemoView = { run: string; name: string; audience: "PERSONAL" | "REGIONAL" | "NACIONAL"; filters: Record<string, string> };

const VIEWS: DemoView[] = [
  { run: "55555555-5", name: "Urgentes sin asignar", audience: "REGIONAL", filters: { vista: "sin_asignar", prioridad: "URGENTE", orden: "urgencia" } },
  { run: "55555555-5", name: "Niñez de Melipilla", audience: "PERSONAL", filters: { vista: "abiertos", tipo: "NNA", municipalidad: "13501", orden: "urgencia" } },
  { run: "17333444-3", name: "Esperando, los más antiguos", audience: "REGIONAL", filters: { vista: "esperando", orden: "antiguos" } },
  { run: "44444444-4", name: "Vencidos urgentes del país", audience: "NACIONAL", filters: { vista: "vencidos", prioridad: "URGENTE", orden: "urgencia" } },
];

export async function seedDemoSavedViews(client: pg.Client): Promise<number> {
  let inserted = 0;
  for (const [position, view] of VIEWS.entries()) {
    const { rowCount } = await client.query(
      `INSERT INTO saved_view (id, owner_id, name, audience, region_code, filters, position, updated_at)
       SELECT $1, u.id, $2, $3::"SavedViewAudience", CASE WHEN $3 = 'REGIONAL' THEN u.region_code END, $4::jsonb, $5, now()
         FROM "user" u WHERE u.run = $6
       ON CONFLICT (owner_id, name) DO NOTHING`,
      [randomUUID(), view.name, view.audience, JSON.stringify(view.filters), position + 1, view.run],
    );
    inserted += rowCount ?? 0;
  }
  return inserted;
}
