/**
 * Every figure of the dashboard against a separately written SQL count over the seeded demo data,
 * for the country (admin) and for Antofagasta (its coordinator). The queries here deliberately do not
 * share code with the service: they spell the statuses and rules out again.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { coverageScope } from "./scope";
import { adhesionTimeline, caseSla, casesByMonth, casesByTypeAndStatus, comunaStatuses, foreignResidentsMethod, headlineOf, regionRows, workPlanProgress } from "./service";

const viewer = (role: Viewer["role"], place: Partial<Viewer> = {}): Viewer => ({ id: `t-${role}`, name: "Prueba", run: "1-9", role, municipalityCode: null, regionCode: null, ...place });
const admin = viewer("NATIONAL_ADMIN");
const antofagasta = viewer("REGIONAL_COORDINATOR", { regionCode: "02" });
const officer = viewer("MUNICIPAL_OFFICER", { municipalityCode: "13501", regionCode: "13" });
const NOW = new Date();

const one = async (sql: string, ...params: unknown[]) => Number(((await db.$queryRawUnsafe(sql, ...params)) as { n: unknown }[])[0].n ?? 0);
/** `$1` is the region code, or null for the whole country. */
const region = (column: string) => `($1::text IS NULL OR ${column} = $1)`;
const ADHERED = `('CARTA_FIRMADA','EN_IMPLEMENTACION','EN_EVALUACION','CERTIFICADA','EN_REVALIDACION','REVALIDADA')`;

afterAll(async () => {
  await db.$disconnect();
});

// Blocked cases (a data-subject block) are in no figure, so the plain SQL leaves them out too.
describe("coverage scope", () => {
  it("keeps a coordinator in their region whatever the URL asks, and refuses officers and strangers", () => {
    expect(coverageScope(antofagasta, "13")).toEqual({ regionCode: "02" });
    expect(coverageScope(admin, "13")).toEqual({ regionCode: "13" });
    expect(coverageScope(admin, "x; drop")).toEqual({ regionCode: null });
    expect(() => coverageScope(officer)).toThrow(NotFoundError);
    expect(() => coverageScope(null)).toThrow(NotFoundError);
  });
});

for (const [label, who, code] of [
  ["the country (admin)", admin, null],
  ["Antofagasta (coordinator)", antofagasta, "02"],
] as const) {
  describe(`dashboard figures for ${label}`, () => {
    const scope = coverageScope(who, code === null ? null : "13");
    let rows: Awaited<ReturnType<typeof regionRows>>;
    beforeAll(async () => {
      rows = await regionRows(scope, NOW);
    });

    it("covers exactly the regions of the scope", async () => {
      expect(rows.map((r) => r.code)).toEqual(code ? [code] : (await db.region.findMany({ orderBy: { northSouthOrder: "asc" }, select: { code: true } })).map((r) => r.code));
    });

    it("headline figures equal plain counts", async () => {
      const head = headlineOf(rows);
      const soon = new Date(NOW.getTime() + 90 * 86_400_000).toISOString();
      expect(head.municipalities).toBe(await one(`SELECT count(*) n FROM municipality WHERE ${region("region_code")}`, code));
      expect(head.adhered).toBe(await one(`SELECT count(*) n FROM adhesion WHERE status::text IN ${ADHERED} AND ${region("region_code")}`, code));
      expect(head.certified).toBe(await one(`SELECT count(*) n FROM adhesion WHERE status::text IN ('CERTIFICADA','REVALIDADA','EN_REVALIDACION') AND ${region("region_code")}`, code));
      expect(head.inEvaluation).toBe(await one(`SELECT count(*) n FROM adhesion WHERE status = 'EN_EVALUACION' AND ${region("region_code")}`, code));
      expect(head.revalidationsDue).toBe(
        await one(`SELECT count(*) n FROM adhesion WHERE status::text IN ${ADHERED} AND revalidation_due_on < $2::timestamp AND ${region("region_code")}`, code, soon),
      );
      expect(head.openCases).toBe(await one(`SELECT count(*) n FROM "case" WHERE blocked_at IS NULL AND status IN ('INGRESADO','EN_REVISION','REQUIERE_INFO','DERIVADO') AND ${region("region_code")}`, code));
      if (!code) expect(head.municipalities).toBe(345);
    });

    it("every region-table cell equals a plain count for that region", async () => {
      for (const row of rows) {
        const r = row.code;
        expect(row.municipalities, r).toBe(await one(`SELECT count(*) n FROM municipality WHERE region_code = $1`, r));
        expect(row.adhered, r).toBe(await one(`SELECT count(*) n FROM adhesion WHERE region_code = $1 AND status::text IN ${ADHERED}`, r));
        expect(row.comunas, r).toBe(await one(`SELECT count(*) n FROM comuna WHERE region_code = $1`, r));
        expect(row.adheredComunas, r).toBe(
          await one(`SELECT count(*) n FROM comuna c JOIN adhesion a ON a.municipality_code = c.municipality_code WHERE c.region_code = $1 AND a.status::text IN ${ADHERED}`, r),
        );
        expect(row.certified, r).toBe(await one(`SELECT count(*) n FROM adhesion WHERE region_code = $1 AND status::text IN ('CERTIFICADA','REVALIDADA','EN_REVALIDACION')`, r));
        expect(row.openCases, r).toBe(await one(`SELECT count(*) n FROM "case" WHERE blocked_at IS NULL AND region_code = $1 AND status::text IN ('INGRESADO','EN_REVISION','REQUIERE_INFO','DERIVADO')`, r));
        expect(row.finishedCases, r).toBe(await one(`SELECT count(*) n FROM "case" WHERE blocked_at IS NULL AND region_code = $1 AND status::text IN ('RESUELTO','CERRADO') AND resolution_due_at IS NOT NULL`, r));
        expect(row.finishedOnTime, r).toBe(await one(`SELECT count(*) n FROM "case" WHERE blocked_at IS NULL AND region_code = $1 AND status::text IN ('RESUELTO','CERRADO') AND resolved_at <= resolution_due_at`, r));
      }
    });

    it("foreign residents covered: published figures as they are, the national remainder spread by population", async () => {
      const method = (await foreignResidentsMethod())!;
      expect(method).toMatchObject({ year: 2022, nationalTotal: 1_625_074, publishedComunas: 42, publishedTotal: 1_177_226, unpublishedComunas: 304, remainder: 447_848 });
      const unpublishedPopulation = await one(
        `SELECT sum(p.value) n FROM comuna_stat p JOIN comuna_stat f ON f.comuna_code = p.comuna_code AND f.indicator = 'FOREIGN_RESIDENTS_ESTIMATE' AND f.year = 2022
          WHERE p.indicator = 'POPULATION_TOTAL' AND p.year = 2017 AND f.value IS NULL`,
      );
      const perPerson = 447_848 / unpublishedPopulation;
      for (const row of rows) {
        const published = await one(
          `SELECT coalesce(sum(f.value), 0) n FROM comuna c JOIN comuna_stat f ON f.comuna_code = c.code AND f.indicator = 'FOREIGN_RESIDENTS_ESTIMATE' AND f.year = 2022
            JOIN adhesion a ON a.municipality_code = c.municipality_code WHERE c.region_code = $1 AND a.status::text IN ${ADHERED} AND f.value IS NOT NULL`,
          row.code,
        );
        const population = await one(
          `SELECT coalesce(sum(p.value), 0) n FROM comuna c JOIN comuna_stat f ON f.comuna_code = c.code AND f.indicator = 'FOREIGN_RESIDENTS_ESTIMATE' AND f.year = 2022
            JOIN comuna_stat p ON p.comuna_code = c.code AND p.indicator = 'POPULATION_TOTAL' AND p.year = 2017
            JOIN adhesion a ON a.municipality_code = c.municipality_code WHERE c.region_code = $1 AND a.status::text IN ${ADHERED} AND f.value IS NULL`,
          row.code,
        );
        expect(row.foreignersCovered, row.code).toBeCloseTo(published + population * perPerson, 3);
        expect(row.foreignersCoveredAttributed, row.code).toBeCloseTo(population * perPerson, 3);
      }
      if (!code) expect(headlineOf(rows).foreigners).toBeCloseTo(1_625_074, 3);
    });

    it("adhesion over time ends at today's figure and starts with the 2015 letters", async () => {
      const timeline = await adhesionTimeline(scope, NOW);
      expect(timeline[0].month).toBe("2015-01");
      expect(timeline.at(-1)!.adhered).toBe(headlineOf(rows).adhered);
      const endOf2015 = timeline.find((p) => p.month === "2015-12")!.adhered;
      expect(endOf2015).toBe(
        await one(
          `SELECT count(*) n FROM adhesion WHERE letter_signed_on < '2016-01-01' AND (status::text IN ${ADHERED} OR (status = 'RETIRADA' AND status_since >= '2016-01-01')) AND ${region("region_code")}`,
          code,
        ),
      );
    });

    it("cases by type and status, by month, SLA compliance and medians equal plain SQL", async () => {
      const byType = await casesByTypeAndStatus(scope);
      const expected = (await db.$queryRawUnsafe(
        `SELECT type::text, status::text, count(*)::int AS count FROM "case" WHERE blocked_at IS NULL AND status <> 'BORRADOR' AND ${region("region_code")} GROUP BY 1, 2`,
        code,
      )) as { type: string; status: string; count: number }[];
      const key = (r: { type: string; status: string }) => `${r.type}/${r.status}`;
      expect(new Map(byType.map((r) => [key(r), r.count]))).toEqual(new Map(expected.map((r) => [key(r), r.count])));

      const months = await casesByMonth(scope, NOW);
      expect(months).toHaveLength(12);
      const first = `${months[0].month}-01`;
      expect(months.reduce((s, m) => s + m.count, 0)).toBe(
        await one(
          `SELECT count(*) n FROM "case" WHERE blocked_at IS NULL AND status <> 'BORRADOR' AND (submitted_at AT TIME ZONE 'UTC' AT TIME ZONE 'America/Santiago') >= $2::date AND ${region("region_code")}`,
          code,
          first,
        ),
      );

      const sla = await caseSla(scope, NOW);
      expect(sla.filed).toBe(await one(`SELECT count(*) n FROM "case" WHERE blocked_at IS NULL AND status <> 'BORRADOR' AND ${region("region_code")}`, code));
      expect(sla.responded).toBe(await one(`SELECT count(*) n FROM "case" WHERE blocked_at IS NULL AND first_response_at IS NOT NULL AND first_response_due_at IS NOT NULL AND status <> 'BORRADOR' AND ${region("region_code")}`, code));
      expect(sla.respondedOnTime).toBe(await one(`SELECT count(*) n FROM "case" WHERE blocked_at IS NULL AND first_response_at <= first_response_due_at AND status <> 'BORRADOR' AND ${region("region_code")}`, code));
      const median = await one(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - submitted_at)) / 86400 n FROM "case" WHERE blocked_at IS NULL AND resolved_at IS NOT NULL AND status <> 'BORRADOR' AND ${region("region_code")}`,
        code,
      );
      if (sla.medianResolutionDays === null) expect(median).toBe(0);
      else expect(sla.medianResolutionDays).toBeCloseTo(median, 6);
    });

    it("work-plan progress per line counts only adhered municipalities' actions", async () => {
      const lines = await workPlanProgress(scope);
      for (const line of lines) {
        const base = `FROM commitment_action ca JOIN adhesion a ON a.municipality_code = ca.municipality_code WHERE ca.line::text = $2 AND a.status::text IN ${ADHERED} AND ${region("ca.region_code")}`;
        expect(line.actions, line.line).toBe(await one(`SELECT count(*) n ${base}`, code, line.line));
        expect(line.approved, line.line).toBe(await one(`SELECT count(*) n ${base} AND ca.review = 'APPROVED'`, code, line.line));
      }
    });

    it("the map lists every comuna of the scope with its municipality's status", async () => {
      const comunas = await comunaStatuses(scope);
      expect(comunas).toHaveLength(await one(`SELECT count(*) n FROM comuna WHERE ${region("region_code")}`, code));
      expect(comunas.filter((c) => c.status !== null && c.status !== "INTERESADA" && c.status !== "RETIRADA")).toHaveLength(headlineOf(rows).adheredComunas);
      if (code) expect(new Set(comunas.map((c) => c.regionCode))).toEqual(new Set([code]));
    });
  });
}
