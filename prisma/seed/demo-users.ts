/** Provisions the fictional officials of the demo (lib/auth/demo-identities.ts). Idempotent by RUN. */
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { DEMO_IDENTITIES } from "../../lib/auth/demo-identities";

export async function seedDemoUsers(client: pg.Client) {
  for (const person of DEMO_IDENTITIES.filter((p) => p.role)) {
    const officer = person.role === "MUNICIPAL_OFFICER";
    const region = officer
      ? (await client.query<{ region_code: string }>("SELECT region_code FROM municipality WHERE code = $1", [person.territory])).rows[0]?.region_code
      : person.territory;
    if (person.role !== "NATIONAL_ADMIN" && !region) throw new Error(`Territorio desconocido para la identidad demo ${person.run}: ${person.territory}`);
    await client.query(
      `INSERT INTO "user" (id, run, name, email, role, municipality_code, region_code, active, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
       ON CONFLICT (run) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, role = EXCLUDED.role,
         municipality_code = EXCLUDED.municipality_code, region_code = EXCLUDED.region_code, active = EXCLUDED.active`,
      [
        randomUUID(),
        `${person.run}-${person.dv}`,
        [...person.nombres, ...person.apellidos].join(" "),
        person.email,
        person.role,
        officer ? person.territory : null,
        person.role === "NATIONAL_ADMIN" ? null : region,
        person.active,
      ],
    );
  }
}
