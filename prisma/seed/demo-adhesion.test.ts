import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revalidationDue, TRANSITIONS, type TransitionName } from "@/lib/adhesion/lifecycle";
import type { AdhesionStatus } from "@/lib/generated/prisma/enums";
import { deployMigrations } from "@/scripts/db/migrate";
import { scratchDatabase } from "@/tests/helpers/scratch-db";
import { seedDemoAdhesion } from "./demo-adhesion";
import { adhesionWeights, type Candidate, chooseFictionalMunicipalities, NATIONAL_FOREIGN_RESIDENTS_2022 } from "./demo-adhesion/choose";
import { mulberry32 } from "./demo-adhesion/random";
import { lettersUpTo } from "./demo-adhesion/schedule";
import { demoTodayFrom } from "./demo-today";
import { seedDemoUsers } from "./demo-users";
import { seedTerritory } from "./territory";

const TABLES = ["adhesion", "adhesion_event", "commitment_action", "evidence", "designated_official", "training_record"];

// The day the test runs, as the seed would take it: the history must hold on any date.
const today = demoTodayFrom();

let scratch: { url: string; drop: () => Promise<void> };
let client: pg.Client;

async function seedAll() {
  await client.query("BEGIN");
  try {
    await seedTerritory(client);
    await seedDemoUsers(client);
    await seedDemoAdhesion(client, today);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

async function rows<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await client.query<T>(sql, params)).rows;
}

async function number(sql: string, params: unknown[] = []): Promise<number> {
  return (await rows<{ n: number }>(sql, params))[0].n;
}

/** Count and checksum of every demo table: equal fingerprints mean equal contents. */
async function fingerprint() {
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = await rows<{ n: number; sum: string }>(`SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS sum FROM "${table}" t`);
    result[table] = `${row.n}:${row.sum}`;
  }
  return result;
}

const letters = (until: string, region?: string) =>
  number(`SELECT count(*)::int AS n FROM adhesion WHERE letter_signed_on <= $1 AND ($2::text IS NULL OR region_code = $2)`, [until, region ?? null]);

beforeAll(async () => {
  scratch = await scratchDatabase("demo_adhesion");
  await deployMigrations(scratch.url);
  client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  await seedAll();
});

afterAll(async () => {
  await client?.end();
  await scratch?.drop();
});

describe("demo adhesion seed", () => {
  it("reproduces the programme's figures: 5 letters in 2015, 141 by June 2024, 37 in the RM", async () => {
    expect(await number(`SELECT count(*)::int AS n FROM adhesion WHERE letter_signed_on < '2015-01-01'`)).toBe(0);
    expect(await letters("2015-12-31")).toBe(5);
    expect(await letters("2024-06-30")).toBe(141);
    expect(await letters("2024-06-30", "13")).toBe(37);
    // After June 2024 about a dozen letters a year, the newest a week before today.
    expect(await letters(today.date)).toBe(lettersUpTo(today.day, today.day));
    expect(await letters(today.date)).toBeGreaterThanOrEqual(160);
    expect(await number(`SELECT count(*)::int AS n FROM adhesion WHERE letter_signed_on > $1::date - 8`, [today.date])).toBe(0);
    expect(await letters(today.date, "13")).toBe(39);
    expect(await number(`SELECT count(DISTINCT region_code)::int AS n FROM adhesion WHERE letter_signed_on IS NOT NULL`)).toBe(16);
    expect(await number(`SELECT count(*)::int AS n FROM adhesion WHERE status = 'RETIRADA'`)).toBeGreaterThanOrEqual(2);
  });

  it("keeps the documented municipalities where the sources leave them", async () => {
    const adhesion = async (code: string) =>
      (
        await rows(
          `SELECT status, letter_signed_on::text AS letter, certified_on::text AS certified FROM adhesion WHERE municipality_code = $1`,
          [code],
        )
      )[0];
    const firstCertification = async (code: string) =>
      (await rows(`SELECT at::date::text AS on, reason FROM adhesion_event WHERE municipality_code = $1 AND transition = 'certify' ORDER BY at LIMIT 1`, [code]))[0];

    expect((await adhesion("13125")).letter).toMatch(/^2015-/);
    expect((await firstCertification("13125")).on).toBe("2015-12-13");
    expect(await firstCertification("02101")).toEqual({ on: "2021-01-13", reason: "Resolución: Resolución Exenta N° 7829." });
    expect(await adhesion("05601")).toMatchObject({ status: "REVALIDADA" });
    expect(await adhesion("10109")).toMatchObject({ letter: "2023-10-18" });
    expect(await firstCertification("10109")).toMatchObject({ on: "2024-12-13" });
    expect(["CERTIFICADA", "EN_REVALIDACION", "REVALIDADA"]).toContain((await adhesion("10109")).status);
    expect(await adhesion("02302")).toMatchObject({ letter: "2025-03-18" });
    expect(await letters("2025-03-18", "02")).toBe(3);
    expect(await adhesion("13501")).toMatchObject({ status: "EN_IMPLEMENTACION" });
    expect(await adhesion("13503")).toEqual({ status: "INTERESADA", letter: null, certified: null });
    const province = await rows(`SELECT a.municipality_code AS code FROM adhesion a JOIN comuna c ON c.code = a.municipality_code WHERE c.province_code = '135' AND a.letter_signed_on IS NOT NULL`);
    expect(province).toEqual([{ code: "13501" }]);
    expect(await number(`SELECT count(*)::int AS n FROM adhesion WHERE municipality_code IN ('13502', '13504', '13505')`)).toBe(0);
  });

  it("derives every adhesion from a legal chain of events, as the portal would have left it", async () => {
    const adhesions = await rows<{ code: string; status: AdhesionStatus; since: Date; certified: Date | null; due: Date | null }>(
      `SELECT municipality_code AS code, status, status_since AS since, certified_on AS certified, revalidation_due_on AS due FROM adhesion`,
    );
    const events = await rows<{ code: string; from: AdhesionStatus; to: AdhesionStatus; transition: TransitionName; at: Date }>(
      `SELECT municipality_code AS code, from_status AS from, to_status AS to, transition, at FROM adhesion_event ORDER BY municipality_code, at`,
    );
    for (const a of adhesions) {
      const own = events.filter((e) => e.code === a.code);
      let status: AdhesionStatus = "INTERESADA";
      for (const e of own) {
        expect(e.from, `${a.code} ${e.transition}`).toBe(status);
        expect((TRANSITIONS[e.transition].moves as Partial<Record<AdhesionStatus, AdhesionStatus>>)[e.from], `${a.code} ${e.transition}`).toBe(e.to);
        status = e.to;
      }
      expect(status, a.code).toBe(a.status);
      if (own.length > 0) expect(own.at(-1)!.at).toEqual(a.since);
      const lastCertify = own.findLast((e) => e.transition === "certify");
      expect(a.certified?.toISOString().slice(0, 10) ?? null, a.code).toBe(lastCertify?.at.toISOString().slice(0, 10) ?? null);
      if (a.certified) expect(a.due, a.code).toEqual(revalidationDue(a.certified));
    }
  });

  it("has revalidations coming due within 90 days and a few overdue", async () => {
    const current = `status IN ('CERTIFICADA', 'REVALIDADA')`;
    expect(await number(`SELECT count(*)::int AS n FROM adhesion WHERE ${current} AND revalidation_due_on > $1::date AND revalidation_due_on <= $1::date + 90`, [today.date])).toBeGreaterThanOrEqual(1);
    expect(await number(`SELECT count(*)::int AS n FROM adhesion WHERE ${current} AND revalidation_due_on < $1::date`, [today.date])).toBeGreaterThanOrEqual(1);
    expect(await number(`SELECT count(*)::int AS n FROM adhesion WHERE ${current} AND revalidation_due_on > $1::date + 90`, [today.date])).toBeGreaterThan(5);
  });

  it("dates nothing on or after today", async () => {
    expect(await number(`SELECT count(*)::int AS n FROM adhesion_event WHERE at >= $1::date`, [today.date])).toBe(0);
    expect(await number(`SELECT count(*)::int AS n FROM evidence WHERE added_at >= $1::date`, [today.date])).toBe(0);
    expect(await number(`SELECT count(*)::int AS n FROM training_record WHERE held_on >= $1::date`, [today.date])).toBe(0);
  });

  it("gives working municipalities work plans whose review matches their evidence", async () => {
    const plans = await rows<{ status: string; actions: number }>(
      `SELECT a.status, count(c.id)::int AS actions FROM adhesion a LEFT JOIN commitment_action c ON c.municipality_code = a.municipality_code GROUP BY a.municipality_code, a.status`,
    );
    for (const plan of plans) {
      if (["EN_IMPLEMENTACION", "EN_EVALUACION", "CERTIFICADA", "EN_REVALIDACION", "REVALIDADA"].includes(plan.status)) {
        expect(plan.actions).toBeGreaterThanOrEqual(3);
        expect(plan.actions).toBeLessThanOrEqual(12);
      } else expect(plan.actions).toBe(0);
    }
    const mismatched = await rows(
      `SELECT c.id FROM commitment_action c LEFT JOIN evidence e ON e.action_id = c.id
        GROUP BY c.id, c.review, c.review_comment, c.starts_on, c.due_on
       HAVING (c.review = 'DRAFT') <> (count(e.id) = 0) OR (c.review = 'RETURNED') <> (c.review_comment IS NOT NULL) OR c.due_on < c.starts_on`,
    );
    expect(mismatched).toEqual([]);
    expect(await number(`SELECT count(*)::int AS n FROM commitment_action c JOIN municipality m ON m.code = c.municipality_code WHERE c.region_code <> m.region_code`)).toBe(0);
    expect(await number(`SELECT count(*)::int AS n FROM evidence WHERE file_id IS NOT NULL OR url NOT LIKE 'https://municipio-demo.example/%'`)).toBe(0);
    const reviews = await rows<{ review: string }>(`SELECT DISTINCT review::text FROM commitment_action WHERE municipality_code = '13501' ORDER BY review`);
    expect(reviews.map((r) => r.review)).toEqual(["APPROVED", "DRAFT", "PENDING", "RETURNED"]);
    expect(await number(`SELECT count(*)::int AS n FROM designated_official WHERE email NOT LIKE '%.demo.example' AND municipality_code NOT IN ('13501', '13101', '02101')`)).toBe(0);
    expect(await number(`SELECT count(*)::int AS n FROM training_record`)).toBeGreaterThan(100);
  });

  it("changes nothing when it runs again", async () => {
    const before = await fingerprint();
    await seedAll();
    expect(await fingerprint()).toEqual(before);
  });

  it("leaves alone a municipality whose adhesion already exists, even if its plan changed", async () => {
    await client.query(`DELETE FROM evidence WHERE action_id IN (SELECT id FROM commitment_action WHERE municipality_code = '13501')`);
    await client.query(`DELETE FROM commitment_action WHERE municipality_code = '13501'`);
    await seedAll();
    expect(await number(`SELECT count(*)::int AS n FROM commitment_action WHERE municipality_code = '13501'`)).toBe(0);
  });
});

describe("chooseFictionalMunicipalities", () => {
  const candidates: Candidate[] = Array.from({ length: 200 }, (_, i) => ({
    code: String(i).padStart(5, "0"),
    regionCode: ["13", "05", "08", "02"][i % 4],
    weight: i < 20 ? 1000 : 1,
  }));
  const quotas = { early: { metropolitan: 10, other: 30 }, late: { metropolitan: 5, other: 10 }, regionCaps: { "02": 2 } };

  it("is deterministic for a given seed", () => {
    expect(chooseFictionalMunicipalities(candidates, quotas, mulberry32(7))).toEqual(chooseFictionalMunicipalities(candidates, quotas, mulberry32(7)));
  });

  it("fills each quota with distinct municipalities, within the region caps and with every region early", () => {
    const { early, late } = chooseFictionalMunicipalities(candidates, quotas, mulberry32(7));
    const metropolitan = (list: Candidate[]) => list.filter((c) => c.regionCode === "13").length;
    expect([metropolitan(early), early.length - metropolitan(early)]).toEqual([10, 30]);
    expect([metropolitan(late), late.length - metropolitan(late)]).toEqual([5, 10]);
    expect(new Set([...early, ...late].map((c) => c.code)).size).toBe(55);
    expect([...early, ...late].filter((c) => c.regionCode === "02").length).toBe(2);
    expect(new Set(early.map((c) => c.regionCode))).toEqual(new Set(["13", "05", "08", "02"]));
  });

  it("prefers heavier municipalities, and lets them join first", () => {
    const { early } = chooseFictionalMunicipalities(candidates, quotas, mulberry32(7));
    expect(early.filter((c) => c.weight === 1000).length).toBeGreaterThanOrEqual(15);
    expect(early.slice(0, 5).every((c) => c.weight === 1000)).toBe(true);
  });

  it("refuses quotas it cannot fill", () => {
    expect(() => chooseFictionalMunicipalities(candidates.slice(0, 10), quotas, mulberry32(7))).toThrow("no hay municipalidades suficientes");
  });

  it("weighs by foreign residents, sharing the unpublished remainder by population", () => {
    const weights = adhesionWeights([
      { code: "a", population: 100_000, foreigners: 25_000 },
      { code: "b", population: 3_000_000, foreigners: null },
      { code: "c", population: 1_000_000, foreigners: null },
    ]);
    expect(weights.get("a")).toBe(25_000);
    expect(weights.get("b")! / weights.get("c")!).toBeCloseTo(3);
    expect([...weights.values()].reduce((a, b) => a + b)).toBeCloseTo(NATIONAL_FOREIGN_RESIDENTS_2022);
  });
});
