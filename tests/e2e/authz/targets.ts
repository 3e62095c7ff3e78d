/**
 * For each kind of record a URL can name, one id the persona may see and ids it may not, chosen by
 * the scope rules (officer → own municipality, coordinator → own region, admin → everything), plus a
 * well-formed id that names nothing.
 */
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { query } from "../helpers/db";
import type { Persona } from "./personas";

export type Targets = { inScope: string | null; outOfScope: string[]; missing: string };

type Territory = { municipalityCode: string | null; regionCode: string | null };

/** `column` holds a municipality code; the persona's scope as SQL over it. */
function scopeOf(persona: Persona, municipalityColumn: string, regionColumn: string, inside: boolean): string {
  const condition =
    persona.role === "MUNICIPAL_OFFICER"
      ? `${municipalityColumn} = '${persona.municipalityCode}'`
      : persona.role === "REGIONAL_COORDINATOR"
        ? `${regionColumn} = '${persona.regionCode}'`
        : "true";
  return inside ? condition : `NOT (${condition})`;
}

async function pick(sql: string, persona: Persona, municipalityColumn: string, regionColumn: string, extra = "true"): Promise<Targets & { missing: string }> {
  const one = async (inside: boolean, where: string) =>
    (await query<{ id: string }>(`${sql} WHERE ${scopeOf(persona, municipalityColumn, regionColumn, inside)} AND ${extra} AND ${where} ORDER BY 1 LIMIT 1`)).map((r) => r.id);
  const [inScope] = await one(true, "true");
  // Out of scope, as near as possible: same region for officers (another municipality), then elsewhere.
  const near = persona.role === "MUNICIPAL_OFFICER" ? await one(false, `${regionColumn} = '${persona.regionCode}'`) : [];
  const far = persona.role === "NATIONAL_ADMIN" ? [] : await one(false, `${regionColumn} <> '${persona.regionCode}'`);
  return { inScope: inScope ?? null, outOfScope: [...near, ...far], missing: randomUUID() };
}

const withMissingCode = (targets: Targets, missing: string): Targets => ({ ...targets, missing });

export type EntityKind = "case" | "draftCase" | "municipality" | "user" | "file" | "comuna" | "region";

export const ENTITIES: Record<EntityKind, (persona: Persona) => Promise<Targets>> = {
  case: (p) => pick(`SELECT id FROM "case"`, p, "municipality_code", "region_code", "status <> 'BORRADOR'"),
  draftCase: (p) => pick(`SELECT id FROM "case"`, p, "municipality_code", "region_code", "status = 'BORRADOR'"),
  municipality: async (p) => withMissingCode(await pick(`SELECT code AS id FROM municipality`, p, "code", "region_code"), "99999"),
  // Coordinators manage the officers of their region; admins everyone.
  user: (p) => pick(`SELECT id FROM "user"`, p, "municipality_code", "region_code", p.role === "REGIONAL_COORDINATOR" ? "role = 'MUNICIPAL_OFFICER'" : "true"),
  file: (p) =>
    pick(
      `SELECT f.id FROM stored_file f JOIN case_attachment a ON a.file_id = f.id JOIN "case" c ON c.id = a.case_id`,
      p,
      "c.municipality_code",
      "c.region_code",
      p.role === "MUNICIPAL_OFFICER" ? "NOT a.internal" : "true",
    ),
  comuna: async () => ({ inScope: "13501", outOfScope: [], missing: "99999" }),
  region: async () => ({ inScope: "13", outOfScope: [], missing: "99" }),
};

/**
 * The demo data has no files: attach one to a submitted case in each of three places (the officer's
 * municipality, another municipality of the same region, another region), plus an internal one in
 * the officer's municipality that only SERMIG may read.
 */
export async function plantFiles(uploaderId: string, places: Territory[]): Promise<() => Promise<void>> {
  const planted: { id: string; path: string }[] = [];
  const dir = path.resolve(process.env.FILE_STORE_DIR ?? path.join(process.env.DATA_DIR ?? ".data", "files"));
  fs.mkdirSync(dir, { recursive: true });
  for (const [index, place] of places.entries()) {
    const [target] = await query<{ id: string }>(`SELECT id FROM "case" WHERE municipality_code = $1 AND status <> 'BORRADOR' ORDER BY id LIMIT 1`, [place.municipalityCode]);
    for (const internal of index === 0 ? [false, true] : [false]) {
      const key = randomUUID();
      const bytes = Buffer.from(`%PDF-1.4\n% matriz ${key}\n%%EOF\n`);
      fs.writeFileSync(path.join(dir, key), bytes);
      const [file] = await query<{ id: string }>(
        `INSERT INTO stored_file (id, storage_key, original_name, content_type, size, sha256, owner_type, uploaded_by_id)
         VALUES (gen_random_uuid(), $1, 'matriz.pdf', 'application/pdf', $2, $3, 'CaseAttachment', $4) RETURNING id`,
        [key, bytes.length, createHash("sha256").update(bytes).digest("hex"), uploaderId],
      );
      planted.push({ id: file.id, path: path.join(dir, key) });
      await query(`INSERT INTO case_attachment (id, case_id, file_id, internal, added_by_id) VALUES (gen_random_uuid(), $1, $2, $3, $4)`, [
        target.id,
        file.id,
        internal,
        uploaderId,
      ]);
    }
  }
  return async () => {
    const ids = planted.map((p) => p.id);
    await query("DELETE FROM case_attachment WHERE file_id = ANY($1)", [ids]);
    await query("DELETE FROM stored_file WHERE id = ANY($1)", [ids]);
    for (const file of planted) fs.rmSync(file.path, { force: true });
  };
}
