/**
 * Loads the official territory (regions, provinces, comunas, municipalities, aliases) and the
 * per-comuna statistics from the CSV files copied from the shared reference data (see
 * prisma/data/territory/SOURCE.md and STATS-SOURCE.md). Idempotent: rows are upserted by code.
 */
import type pg from "pg";
import { searchKey } from "../../lib/text";
import { optionalInt, readCsv, TERRITORY_DIR } from "./csv";

export const EXPECTED = { regions: 16, provinces: 56, comunas: 346, municipalities: 345 } as const;

/**
 * Comunas without a municipality of their own: the Municipalidad de Cabo de Hornos also administers
 * the comuna Antártica, which is why Chile has 346 comunas and 345 municipalities.
 */
const ADMINISTERED_BY: Record<string, string> = { "12202": "12201" };

type Upsert = { table: string; key: string[]; columns: Record<string, { type: string; values: unknown[] }>; onlyWhere?: string };

async function upsert(client: pg.Client, { table, key, columns, onlyWhere }: Upsert) {
  const names = Object.keys(columns);
  const updates = names.filter((n) => !key.includes(n)).map((n) => `"${n}" = EXCLUDED."${n}"`);
  const sql =
    `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) ` +
    `SELECT * FROM unnest(${names.map((n, i) => `$${i + 1}::${columns[n].type}[]`).join(", ")}) ` +
    `ON CONFLICT (${key.map((k) => `"${k}"`).join(", ")}) ` +
    (updates.length ? `DO UPDATE SET ${updates.join(", ")}${onlyWhere ? ` WHERE ${onlyWhere}` : ""}` : "DO NOTHING");
  await client.query(sql, names.map((n) => columns[n].values));
}

function fail(message: string): never {
  throw new Error(`Datos territoriales inválidos: ${message}`);
}

function checkCount(what: string, actual: number, expected: number) {
  if (actual !== expected) fail(`se esperaban ${expected} ${what} y hay ${actual}`);
}

function loadFiles(dir: string) {
  const regions = readCsv(dir, "regiones.csv");
  const provinces = readCsv(dir, "provincias.csv");
  const comunas = readCsv(dir, "comunas.csv");
  checkCount("regiones en regiones.csv", regions.length, EXPECTED.regions);
  checkCount("provincias en provincias.csv", provinces.length, EXPECTED.provinces);
  checkCount("comunas en comunas.csv", comunas.length, EXPECTED.comunas);
  const provinceCodes = new Set(provinces.map((p) => p.province_code));
  for (const p of provinces) if (!p.province_code.startsWith(p.region_code)) fail(`la provincia ${p.province_code} no pertenece a ${p.region_code}`);
  for (const c of comunas) {
    if (!/^\d{5}$/.test(c.comuna_code)) fail(`código de comuna "${c.comuna_code}"`);
    if (!c.comuna_code.startsWith(c.province_code) || !provinceCodes.has(c.province_code)) fail(`la comuna ${c.comuna_code} no calza con su provincia`);
  }
  return { regions, provinces, comunas };
}

async function seedPlaces(client: pg.Client, dir: string) {
  const { regions, provinces, comunas } = loadFiles(dir);
  await upsert(client, {
    table: "region",
    key: ["code"],
    columns: {
      code: { type: "text", values: regions.map((r) => r.region_code) },
      roman_numeral: { type: "text", values: regions.map((r) => r.roman_numeral) },
      name: { type: "text", values: regions.map((r) => r.region_name) },
      short_name: { type: "text", values: regions.map((r) => r.short_name) },
      abbreviation: { type: "text", values: regions.map((r) => r.abbreviation) },
      iso_code: { type: "text", values: regions.map((r) => r.iso_3166_2) },
      north_south_order: { type: "int", values: regions.map((r) => Number(r.north_south_order)) },
    },
  });
  await upsert(client, {
    table: "province",
    key: ["code"],
    columns: {
      code: { type: "text", values: provinces.map((p) => p.province_code) },
      name: { type: "text", values: provinces.map((p) => p.province_name) },
      region_code: { type: "text", values: provinces.map((p) => p.region_code) },
    },
  });
  const seats = comunas.filter((c) => !(c.comuna_code in ADMINISTERED_BY));
  await upsert(client, {
    table: "municipality",
    key: ["code"],
    columns: {
      code: { type: "text", values: seats.map((c) => c.comuna_code) },
      name: { type: "text", values: seats.map((c) => c.comuna_name) },
      region_code: { type: "text", values: seats.map((c) => c.region_code) },
    },
  });
  await upsert(client, {
    table: "comuna",
    key: ["code"],
    columns: {
      code: { type: "text", values: comunas.map((c) => c.comuna_code) },
      name: { type: "text", values: comunas.map((c) => c.comuna_name) },
      search_name: { type: "text", values: comunas.map((c) => searchKey(c.comuna_name)) },
      province_code: { type: "text", values: comunas.map((c) => c.province_code) },
      region_code: { type: "text", values: comunas.map((c) => c.region_code) },
      municipality_code: { type: "text", values: comunas.map((c) => ADMINISTERED_BY[c.comuna_code] ?? c.comuna_code) },
    },
  });
  // Several spellings fold to one search key (Aisén, Aisen); they always name the same comuna.
  const aliases = [...new Map(readCsv(dir, "comuna_aliases.csv").map((a) => [searchKey(a.alias), a])).values()];
  await upsert(client, {
    table: "comuna_alias",
    key: ["search_alias"],
    columns: {
      search_alias: { type: "text", values: aliases.map((a) => searchKey(a.alias)) },
      alias: { type: "text", values: aliases.map((a) => a.alias) },
      comuna_code: { type: "text", values: aliases.map((a) => a.comuna_code) },
    },
  });
}

type Stat = { comuna: string; indicator: string; year: number; value: number | null; dataset: string };

const DATASETS = [
  {
    id: "censo-2017",
    title: "Censo de Población y Vivienda 2017",
    publisher: "Instituto Nacional de Estadísticas (INE)",
    notes: "Población efectivamente censada por comuna, total y por sexo.",
  },
  {
    id: "ine-sermig-estimacion-2022",
    title: "Estimación de personas extranjeras residentes habituales en Chile al 31 de diciembre de 2022",
    publisher: "INE y Servicio Nacional de Migraciones (SERMIG)",
    notes: "Publicada en diciembre de 2023, con la serie 2018–2021 revisada. Solo se publican por separado las comunas con 10.000 o más personas extranjeras estimadas.",
  },
  {
    id: "sermig-residencias-2023",
    title: "Residencias temporales y definitivas: solicitudes acogidas y otorgadas, 2023",
    publisher: "Servicio Nacional de Migraciones (SERMIG), datos abiertos",
    notes: "Por comuna de residencia declarada por la persona solicitante, año calendario 2023.",
  },
];

function statRows(dir: string, comunaCodes: string[]): Stat[] {
  const rows: Stat[] = [];
  const known = new Set(comunaCodes);
  const byCode = (file: string) => {
    const map = new Map(readCsv(dir, file).map((r) => [r.comuna_code, r]));
    for (const code of map.keys()) if (!known.has(code)) fail(`${file} nombra la comuna desconocida ${code}`);
    return map;
  };
  const census = byCode("poblacion_censo2017_comunas.csv");
  const estimates = byCode("extranjeros_estimacion_comunas_2018_2022.csv");
  const permits = byCode("residencias_sermig_2023_comunas.csv");
  checkCount("comunas en el archivo del Censo 2017", census.size, EXPECTED.comunas);
  checkCount("comunas en el archivo de residencias 2023", permits.size, EXPECTED.comunas);
  for (const comuna of comunaCodes) {
    const c = census.get(comuna)!;
    const add = (indicator: string, year: number, value: number | null, dataset: string) => rows.push({ comuna, indicator, year, value, dataset });
    add("POPULATION_TOTAL", 2017, optionalInt(c.poblacion_total), "censo-2017");
    add("POPULATION_MEN", 2017, optionalInt(c.hombres), "censo-2017");
    add("POPULATION_WOMEN", 2017, optionalInt(c.mujeres), "censo-2017");
    const e = estimates.get(comuna);
    for (let year = 2018; year <= 2022; year++) add("FOREIGN_RESIDENTS_ESTIMATE", year, optionalInt(e?.[`estimacion_${year}`]), "ine-sermig-estimacion-2022");
    const p = permits.get(comuna)!;
    add("TEMPORARY_RESIDENCE_APPLICATIONS", 2023, optionalInt(p.rt_solicitudes_acogidas), "sermig-residencias-2023");
    add("TEMPORARY_RESIDENCE_GRANTS", 2023, optionalInt(p.rt_otorgadas), "sermig-residencias-2023");
    add("DEFINITIVE_RESIDENCE_APPLICATIONS", 2023, optionalInt(p.rd_solicitudes_acogidas), "sermig-residencias-2023");
    add("DEFINITIVE_RESIDENCE_GRANTS", 2023, optionalInt(p.rd_otorgadas), "sermig-residencias-2023");
  }
  return rows;
}

async function seedStats(client: pg.Client, dir: string) {
  await upsert(client, {
    table: "stat_dataset",
    key: ["id"],
    columns: {
      id: { type: "text", values: DATASETS.map((d) => d.id) },
      title: { type: "text", values: DATASETS.map((d) => d.title) },
      publisher: { type: "text", values: DATASETS.map((d) => d.publisher) },
      notes: { type: "text", values: DATASETS.map((d) => d.notes) },
    },
  });
  const rows = statRows(dir, readCsv(dir, "comunas.csv").map((c) => c.comuna_code));
  await upsert(client, {
    table: "comuna_stat",
    key: ["comuna_code", "indicator", "year"],
    columns: {
      comuna_code: { type: "text", values: rows.map((r) => r.comuna) },
      indicator: { type: '"StatIndicator"', values: rows.map((r) => r.indicator) },
      year: { type: "int", values: rows.map((r) => r.year) },
      value: { type: "int", values: rows.map((r) => r.value) },
      dataset_id: { type: "text", values: rows.map((r) => r.dataset) },
    },
    // A figure an admin imported since (a revised release of the same year) survives the next seed.
    onlyWhere: `"comuna_stat"."dataset_id" = EXCLUDED."dataset_id"`,
  });
}

async function verifyCounts(client: pg.Client) {
  const { rows } = await client.query(
    `SELECT (SELECT count(*) FROM region)::int AS regions, (SELECT count(*) FROM province)::int AS provinces,
            (SELECT count(*) FROM comuna)::int AS comunas, (SELECT count(*) FROM municipality)::int AS municipalities`,
  );
  for (const [what, expected] of Object.entries(EXPECTED)) checkCount(`${what} en la base de datos`, rows[0][what], expected);
}

/** Runs inside the caller's transaction: a wrong count rolls everything back. */
export async function seedTerritory(client: pg.Client, dir = TERRITORY_DIR) {
  await seedPlaces(client, dir);
  await seedStats(client, dir);
  await verifyCounts(client);
}
