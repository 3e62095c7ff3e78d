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

/**
 * The persona's scope as SQL. Records kept by a municipality (cases, visits) are the officer's own
 * municipality's; records of a region (trainings, activities, bulletins) are every officer's of the
 * region. Coordinators see their region, admins everything.
 */
function scopeOf(persona: Persona, municipalityColumn: string | null, regionColumn: string, inside: boolean): string {
  const condition =
    persona.role === "MUNICIPAL_OFFICER" && municipalityColumn
      ? `${municipalityColumn} = '${persona.municipalityCode}'`
      : persona.role === "MUNICIPAL_OFFICER" || persona.role === "REGIONAL_COORDINATOR"
        ? `${regionColumn} = '${persona.regionCode}'`
        : "true";
  return inside ? condition : `NOT (${condition})`;
}

async function pick(sql: string, persona: Persona, municipalityColumn: string | null, regionColumn: string, extra = "true"): Promise<Targets & { missing: string }> {
  const one = async (inside: boolean, where: string) =>
    (await query<{ id: string }>(`${sql} WHERE ${scopeOf(persona, municipalityColumn, regionColumn, inside)} AND ${extra} AND ${where} ORDER BY 1 LIMIT 1`)).map((r) => r.id);
  const [inScope] = await one(true, "true");
  // Out of scope, as near as possible: same region for officers (another municipality), then elsewhere.
  const near = persona.role === "MUNICIPAL_OFFICER" && municipalityColumn ? await one(false, `${regionColumn} = '${persona.regionCode}'`) : [];
  const far = persona.role === "NATIONAL_ADMIN" ? [] : await one(false, `${regionColumn} <> '${persona.regionCode}'`);
  return { inScope: inScope ?? null, outOfScope: [...near, ...far], missing: randomUUID() };
}

const withMissingCode = (targets: Targets, missing: string): Targets => ({ ...targets, missing });

export type EntityKind =
  | "case"
  | "draftCase"
  | "municipality"
  | "user"
  | "file"
  | "comuna"
  | "region"
  | "minuta"
  | "bulletin"
  | "training"
  | "practice"
  | "activity"
  | "visit"
  | "contact"
  | "material"
  | "participant"
  | "coverageTable";

const anyOf = (table: string) => async (): Promise<Targets> => {
  const [row] = await query<{ id: string }>(`SELECT id FROM ${table} ORDER BY 1 LIMIT 1`);
  return { inScope: row?.id ?? null, outOfScope: [], missing: randomUUID() };
};

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
  minuta: async (p) => withMissingCode(await pick(`SELECT code AS id FROM comuna`, p, "municipality_code", "region_code"), "99999"),
  // National bulletins and sessions (no region) reach everyone; regional ones their region.
  // Only the matrix's own bulletins: opening one marks it read, which the channel spec, running at the
  // same time, asserts about its bulletins and the demo's.
  bulletin: (p) => pick(`SELECT id FROM bulletin`, p, null, `coalesce(region_code, '${p.regionCode}')`, `title = '${PLANTED_BULLETIN}'`),
  training: (p) => pick(`SELECT id FROM training_session`, p, null, `coalesce(region_code, '${p.regionCode}')`),
  // Published practices are everyone's; the others stay with their municipality and SERMIG of the region.
  practice: (p) => pick(`SELECT id FROM good_practice`, p, `CASE WHEN status = 'PUBLISHED' THEN '${p.municipalityCode}' ELSE municipality_code END`, `CASE WHEN status = 'PUBLISHED' THEN '${p.regionCode}' ELSE region_code END`),
  activity: (p) => pick(`SELECT id FROM territorial_activity`, p, null, "region_code"),
  visit: (p) => pick(`SELECT id FROM technical_visit`, p, "municipality_code", "region_code"),
  contact: anyOf("regional_contact"),
  material: anyOf("material"),
  participant: anyOf("case_participant"),
  coverageTable: async () => ({ inScope: "regiones", outOfScope: [], missing: "no-existe" }),
};

const PLANTED_BULLETIN = "Boletín de la matriz";

/**
 * The matrix needs a national bulletin, regional ones of two regions and an unpublished practice
 * outside Melipilla; it plants its own rather than rely on what the demo holds: one national and one
 * regional bulletin for each of two regions, and Antofagasta's practice sent back to review.
 */
export async function plantChannelRecords(authorId: string): Promise<() => Promise<void>> {
  const ids: string[] = [];
  for (const [audience, region] of [["NATIONAL", null], ["REGION", "13"], ["REGION", "02"]] as const) {
    const [row] = await query<{ id: string }>(
      `INSERT INTO bulletin (id, title, body_html, audience, region_code, author_id, author_name, idempotency_key)
       VALUES (gen_random_uuid(), $4, '<p>Contenido</p>', $1, $2, $3, 'Matriz', gen_random_uuid()::text) RETURNING id`,
      [audience, region, authorId, PLANTED_BULLETIN],
    );
    ids.push(row.id);
  }
  const practices = await query<{ id: string; status: string }>(`SELECT id, status::text FROM good_practice WHERE municipality_code = '02101'`);
  await query(`UPDATE good_practice SET status = 'SUBMITTED' WHERE municipality_code = '02101'`);
  return async () => {
    await query("DELETE FROM bulletin WHERE id = ANY($1)", [ids]);
    for (const practice of practices) await query(`UPDATE good_practice SET status = $2::"PracticeStatus" WHERE id = $1`, [practice.id, practice.status]);
  };
}

/**
 * The demo cases have no files: attach one to a submitted case in each of three places (the officer's
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
