import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployMigrations } from "@/scripts/db/migrate";
import { scratchDatabase } from "@/tests/helpers/scratch-db";
import { TERRITORY_DIR } from "./csv";
import { seedTerritory } from "./territory";

let scratch: { url: string; drop: () => Promise<void> };
let client: pg.Client;

async function seedInTransaction(dir?: string) {
  await client.query("BEGIN");
  try {
    await seedTerritory(client, dir);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

async function count(table: string): Promise<number> {
  return (await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
}

beforeAll(async () => {
  scratch = await scratchDatabase("seed");
  await deployMigrations(scratch.url);
  client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await scratch?.drop();
});

describe("territory seed", () => {
  it("refuses a file with a wrong count and writes nothing", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "territory-"));
    await fs.cp(TERRITORY_DIR, dir, { recursive: true });
    const file = path.join(dir, "comunas.csv");
    const lines = (await fs.readFile(file, "utf8")).trimEnd().split("\n");
    await fs.writeFile(file, lines.slice(0, -1).join("\n") + "\n");

    await expect(seedInTransaction(dir)).rejects.toThrow("se esperaban 346 comunas en comunas.csv y hay 345");
    expect(await count("region")).toBe(0);
    await fs.rm(dir, { recursive: true });
  });

  it("loads 16 regions, 56 provinces, 346 comunas and 345 municipalities, twice without change", async () => {
    await seedInTransaction();
    const first = { regions: await count("region"), provinces: await count("province"), comunas: await count("comuna"), municipalities: await count("municipality"), stats: await count("comuna_stat") };
    expect(first).toMatchObject({ regions: 16, provinces: 56, comunas: 346, municipalities: 345 });

    await seedInTransaction();
    expect(await count("comuna_stat")).toBe(first.stats);
    expect(await count("comuna")).toBe(346);
  });

  it("keeps official names and codes as text, with their province and municipality", async () => {
    const { rows } = await client.query(
      `SELECT c.code, c.name, c.province_code, c.region_code, m.name AS municipality
         FROM comuna c JOIN municipality m ON m.code = c.municipality_code
        WHERE c.code IN ('13501', '13502', '16101', '12202', '01101') ORDER BY c.code`,
    );
    expect(rows).toEqual([
      { code: "01101", name: "Iquique", province_code: "011", region_code: "01", municipality: "Iquique" },
      { code: "12202", name: "Antártica", province_code: "122", region_code: "12", municipality: "Cabo de Hornos" },
      { code: "13501", name: "Melipilla", province_code: "135", region_code: "13", municipality: "Melipilla" },
      { code: "13502", name: "Alhué", province_code: "135", region_code: "13", municipality: "Alhué" },
      { code: "16101", name: "Chillán", province_code: "161", region_code: "16", municipality: "Chillán" },
    ]);
    expect((await client.query(`SELECT count(*)::int AS n FROM comuna WHERE region_code = '13'`)).rows[0].n).toBe(52);
  });

  it("keeps 'not published' apart from zero and matches the published totals", async () => {
    const stat = async (comuna: string, indicator: string, year: number) =>
      (await client.query(`SELECT value FROM comuna_stat WHERE comuna_code = $1 AND indicator = $2 AND year = $3`, [comuna, indicator, year])).rows[0];

    expect(await stat("13101", "FOREIGN_RESIDENTS_ESTIMATE", 2022)).toEqual({ value: 222_649 });
    // Alhué has fewer than 10,000 foreigners: INE does not publish it. A row exists, with no value.
    expect(await stat("13502", "FOREIGN_RESIDENTS_ESTIMATE", 2022)).toEqual({ value: null });
    // Quilaco (08308) had no residence records in 2023: a real zero.
    expect(await stat("08308", "TEMPORARY_RESIDENCE_GRANTS", 2023)).toEqual({ value: 0 });
    expect(await stat("12202", "TEMPORARY_RESIDENCE_GRANTS", 2023)).toEqual({ value: null });

    const totals = await client.query(
      `SELECT indicator, year, sum(value)::int AS total, count(value)::int AS published FROM comuna_stat
        WHERE (indicator, year) IN (('POPULATION_TOTAL', 2017), ('FOREIGN_RESIDENTS_ESTIMATE', 2022), ('TEMPORARY_RESIDENCE_APPLICATIONS', 2023))
        GROUP BY indicator, year ORDER BY indicator`,
    );
    expect(totals.rows).toEqual([
      { indicator: "POPULATION_TOTAL", year: 2017, total: 17_574_003, published: 346 },
      { indicator: "FOREIGN_RESIDENTS_ESTIMATE", year: 2022, total: 1_177_226, published: 42 },
      { indicator: "TEMPORARY_RESIDENCE_APPLICATIONS", year: 2023, total: 80_121, published: 345 },
    ]);
  });

  it("keeps a figure an admin imported over a seeded one when it seeds again", async () => {
    await client.query(`INSERT INTO stat_dataset (id, title, publisher, notes) VALUES ('import-test', 'Revisión', 'INE', '')`);
    await client.query(`UPDATE comuna_stat SET value = 123700, dataset_id = 'import-test' WHERE comuna_code = '13501' AND indicator = 'POPULATION_TOTAL' AND year = 2017`);
    await seedInTransaction();
    const { rows } = await client.query(`SELECT value, dataset_id FROM comuna_stat WHERE comuna_code = '13501' AND indicator = 'POPULATION_TOTAL' AND year = 2017`);
    expect(rows).toEqual([{ value: 123_700, dataset_id: "import-test" }]);
    await client.query(`DELETE FROM comuna_stat WHERE dataset_id = 'import-test'`);
    await client.query(`DELETE FROM stat_dataset WHERE id = 'import-test'`);
    await seedInTransaction();
  });

  it("corrects the three names an earlier seed wrote without accents, and still matches the old spellings", async () => {
    await client.query(`UPDATE comuna SET name = 'Los Angeles' WHERE code = '08301'`);
    await client.query(`UPDATE municipality SET name = 'Ranquil' WHERE code = '16206'`);
    await seedInTransaction();
    const { rows } = await client.query(
      `SELECT c.code, c.name, m.name AS municipality FROM comuna c JOIN municipality m ON m.code = c.municipality_code WHERE c.code IN ('08206', '08301', '16206') ORDER BY c.code`,
    );
    expect(rows).toEqual([
      { code: "08206", name: "Los Álamos", municipality: "Los Álamos" },
      { code: "08301", name: "Los Ángeles", municipality: "Los Ángeles" },
      { code: "16206", name: "Ránquil", municipality: "Ránquil" },
    ]);
    const aliases = await client.query(`SELECT alias, comuna_code FROM comuna_alias WHERE alias IN ('Los Alamos', 'Los Angeles', 'Ranquil') ORDER BY alias`);
    expect(aliases.rows).toEqual([
      { alias: "Los Alamos", comuna_code: "08206" },
      { alias: "Los Angeles", comuna_code: "08301" },
      { alias: "Ranquil", comuna_code: "16206" },
    ]);
  });

  it("resolves known alias spellings to their comuna", async () => {
    const { rows } = await client.query(`SELECT search_alias, comuna_code FROM comuna_alias WHERE search_alias IN ('aisen', 'los angeles', 'til til')`);
    expect(Object.fromEntries(rows.map((r) => [r.search_alias, r.comuna_code]))).toEqual({ aisen: "11201", "los angeles": "08301", "til til": "13303" });
  });
});
