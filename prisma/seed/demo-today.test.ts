/**
 * The demo loaded as it will look a year from now: the coordinator's desk is as realistic as today's,
 * the deadline watcher has little news, and the programme's history keeps its real dates. Counted
 * with the portal's own inbox and watcher, against a database of its own.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { inboxCounts, inboxFilterSchema } from "@/lib/cases/inbox";
import { stopJobQueue } from "@/lib/jobs/boss";
import { runSlaWatch } from "@/lib/jobs/sla-watch";
import { isWorkingDay, localDateOf } from "@/lib/sla/working-days";
import { deployMigrations } from "@/scripts/db/migrate";
import { scratchDatabase } from "@/tests/helpers/scratch-db";
import { chileTime, demoToday, LATEST_DEMO_TODAY, plusDays, shiftWorkingDays } from "./demo-today";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => session.viewer }));

/**
 * A year from the day the test runs, on a working day: deadlines end on working days, so on a weekend
 * nothing can fall due within 24 hours. Open cases' deadlines must fit in the holiday table, so the
 * date is no later than the seed allows (lib/sla/holidays.ts is extended every year).
 */
function aYearFromNow(): string {
  const wanted = plusDays(localDateOf(new Date()), 365);
  const date = wanted < LATEST_DEMO_TODAY ? wanted : LATEST_DEMO_TODAY;
  return isWorkingDay(date) ? date : shiftWorkingDays(date, -1);
}

const TODAY = demoToday(aYearFromNow());
const env = { ...process.env };
let scratch: { url: string; drop: () => Promise<void> };
let storeDir: string;
let firstRun: string;
let db: typeof import("@/lib/db").db;

function seed(): string {
  return execFileSync("npx", ["tsx", "prisma/seed.ts"], { env: { ...env, DATABASE_URL: scratch.url, FILE_STORE_DIR: storeDir, SEED_TODAY: TODAY.date }, encoding: "utf8" });
}

const viewerByRun = (run: string) => db.user.findUniqueOrThrow({ where: { run }, select: { id: true, name: true, run: true, role: true, municipalityCode: true, regionCode: true } });
const count = async (sql: string, ...values: unknown[]) => Number((await db.$queryRawUnsafe<{ n: bigint }[]>(sql, ...values))[0].n);

beforeAll(async () => {
  scratch = await scratchDatabase("demo_today");
  await deployMigrations(scratch.url);
  storeDir = await mkdtemp(path.join(tmpdir(), "sello-demo-today-"));
  firstRun = seed();
  // From here on the portal's own modules (inbox, watcher, download route) read the scratch database.
  process.env.DATABASE_URL = scratch.url;
  process.env.FILE_STORE_DIR = storeDir;
  db = (await import("@/lib/db")).db;
});

afterAll(async () => {
  await stopJobQueue();
  await db?.$disconnect();
  process.env.DATABASE_URL = env.DATABASE_URL;
  process.env.FILE_STORE_DIR = env.FILE_STORE_DIR;
  if (env.FILE_STORE_DIR === undefined) delete process.env.FILE_STORE_DIR;
  await scratch?.drop();
  if (storeDir) await rm(storeDir, { recursive: true, force: true });
});

describe(`the demo on ${TODAY.date}`, () => {
  it("says in Spanish what it loaded, for that day", () => {
    const lines = firstRun.trim().split("\n");
    expect(lines.every((line) => line.startsWith("[seed] "))).toBe(true);
    expect(lines.length).toBeLessThanOrEqual(12);
    expect(firstRun).toContain(`Demostración al `);
    expect(firstRun).toContain(TODAY.date.split("-").reverse().join("-"));
    expect(firstRun).toMatch(/Casos: \d+ \(\d+ borradores, \d+ ingresados, \d+ en revisión/);
    expect(firstRun).toMatch(/Bandeja de la Región Metropolitana de Santiago: \d+ abiertos; \d+ fuera de plazo/);
    expect(firstRun).toMatch(/Boletines: \d+ .*Materiales: \d+ en español, criollo haitiano \(kreyòl\), inglés/);
    expect(firstRun).toMatch(/Capacitaciones: \d+ próximas y \d+ realizadas/);
    expect(firstRun).not.toMatch(/error|warn|advertencia|\{/i);
  });

  it("gives the RM coordinator a realistic inbox, all day long", async () => {
    const rodrigo = await viewerByRun("55555555-5");
    for (const time of ["09:00", "13:00", "18:30"]) {
      const counts = await inboxCounts(rodrigo, inboxFilterSchema.parse({}), chileTime(TODAY.date, time));
      const onTime = counts.abiertos - counts.vencidos - counts.vencen_24h - counts.esperando;
      expect(counts.vencidos / counts.abiertos, time).toBeGreaterThanOrEqual(0.1);
      expect(counts.vencidos / counts.abiertos, time).toBeLessThanOrEqual(0.25);
      expect(counts.vencen_24h, time).toBeGreaterThanOrEqual(1);
      expect(counts.esperando, time).toBeGreaterThanOrEqual(5);
      expect(onTime / counts.abiertos, time).toBeGreaterThan(0.5);
    }
  });

  it("leaves the deadline watcher a few dozen notifications at most, that day and the next", async () => {
    const before = await db.notification.count();
    const first = await runSlaWatch(db, chileTime(TODAY.date, "09:10"));
    expect(first.warnings + first.breaches).toBeLessThanOrEqual(5);
    const nextDay = await runSlaWatch(db, chileTime(shiftWorkingDays(TODAY.date, 1), "09:10"));
    expect(nextDay.warnings + nextDay.breaches).toBeLessThanOrEqual(36);
    // A warning goes to the case's assignee or, while nobody has it, to every coordinator of its region
    // (the Metropolitan region has two): a few dozen warnings, each to at most that many people.
    const perWarning = await count(`SELECT max(n) AS n FROM (SELECT count(*) AS n FROM "user" WHERE role = 'REGIONAL_COORDINATOR' AND active GROUP BY region_code) r`);
    expect(await db.notification.count()).toBeLessThanOrEqual(before + (first.warnings + first.breaches + nextDay.warnings + nextDay.breaches) * perWarning);
    const rodrigo = await viewerByRun("55555555-5");
    expect(await db.notification.count({ where: { userId: rodrigo.id, readAt: null } })).toBeLessThanOrEqual(60);
  });

  it("keeps the programme's history on its real dates", async () => {
    const letters = (until: string, region?: string) =>
      count(`SELECT count(*) AS n FROM adhesion WHERE letter_signed_on <= $1::date AND ($2::text IS NULL OR region_code = $2)`, until, region ?? null);
    expect(await count(`SELECT count(*) AS n FROM adhesion WHERE letter_signed_on < '2015-01-01'`)).toBe(0);
    expect(await letters("2015-12-31")).toBe(5);
    expect(await letters("2024-06-30")).toBe(141);
    expect(await letters("2024-06-30", "13")).toBe(37);
    expect(await count(`SELECT count(*) AS n FROM comuna WHERE region_code = '13'`)).toBe(52);
    const firstCertification = async (code: string) =>
      (await db.adhesionEvent.findFirstOrThrow({ where: { municipalityCode: code, transition: "certify" }, orderBy: { at: "asc" }, select: { at: true } })).at.toISOString().slice(0, 10);
    expect(await firstCertification("13125")).toBe("2015-12-13");
    expect(await firstCertification("10109")).toBe("2024-12-13");
    expect(await firstCertification("02101")).toBe("2021-01-13");
    const letter = async (code: string) => (await db.adhesion.findUniqueOrThrow({ where: { municipalityCode: code } })).letterSignedOn?.toISOString().slice(0, 10);
    expect(await letter("10109")).toBe("2023-10-18");
    expect(await letter("02302")).toBe("2025-03-18");
  });

  it("numbers folios per year without gaps, and the portal goes on after them", async () => {
    const rows = await db.$queryRaw<{ year: number; numbers: number[]; last: number }[]>`
      SELECT substring(c.folio FROM 4 FOR 4)::int AS year, array_agg(substring(c.folio FROM 9)::int ORDER BY c.folio) AS numbers, s.last
        FROM "case" c JOIN case_sequence s ON s.year = substring(c.folio FROM 4 FOR 4)::int
       WHERE c.folio IS NOT NULL GROUP BY 1, s.last ORDER BY 1`;
    expect(rows.map((r) => r.year)).toContain(Number(TODAY.date.slice(0, 4)));
    for (const row of rows) {
      expect(row.numbers, String(row.year)).toEqual(row.numbers.map((_, i) => i + 1));
      expect(row.last, String(row.year)).toBe(row.numbers.length);
    }
    expect(await count(`SELECT count(*) AS n FROM "case" WHERE folio !~ '^SM-[0-9]{4}-[0-9]{6}$'`)).toBe(0);
  });

  it("has something for every feature, around that day", async () => {
    const now = TODAY.now;
    expect(await db.trainingSession.count({ where: { startsAt: { gt: now } } })).toBeGreaterThanOrEqual(2);
    expect(await db.trainingSession.count({ where: { startsAt: { lt: now }, attendanceRecordedAt: { not: null } } })).toBeGreaterThanOrEqual(1);
    expect(await db.visitAgreement.count({ where: { doneAt: null, dueOn: { lt: TODAY.day } } })).toBe(1);
    expect(await db.territorialActivity.count({ where: { startsAt: { gt: now } } })).toBeGreaterThanOrEqual(1);
    expect(await db.goodPractice.count({ where: { status: "PUBLISHED" } })).toBeGreaterThanOrEqual(2);
    expect(await db.goodPractice.count({ where: { status: "SUBMITTED" } })).toBeGreaterThanOrEqual(1);
    expect(new Set((await db.material.findMany({ select: { language: true } })).map((m) => m.language))).toEqual(new Set(["es", "ht", "en", "fr"]));
    expect(await db.bulletin.count({ where: { audience: "NATIONAL" } })).toBeGreaterThanOrEqual(2);
    expect(await db.bulletin.count({ where: { audience: "REGION" } })).toBeGreaterThanOrEqual(2);
    const carolina = await viewerByRun("88888888-8");
    const visible = await db.bulletin.count({ where: { audience: "NATIONAL" } }) + (await db.bulletin.count({ where: { regionCode: "13" } }));
    const read = await db.bulletinRead.count({ where: { userId: carolina.id } });
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(visible);
    expect(await db.bulletin.count({ where: { publishedAt: { gt: now } } })).toBe(0);
  });

  it("serves the bulletin's PDF and the materials' files through the download route", async () => {
    const { GET } = await import("@/app/archivos/[id]/route");
    session.viewer = await viewerByRun("88888888-8");
    const files = await db.storedFile.findMany({ where: { ownerType: { in: ["BulletinAttachment", "Material"] } }, select: { id: true, sha256: true, contentType: true } });
    expect(files.filter((f) => f.contentType === "application/pdf").length).toBeGreaterThanOrEqual(2);
    expect(files.filter((f) => f.contentType === "image/png").length).toBeGreaterThanOrEqual(1);
    for (const file of files) {
      const response = await GET(new NextRequest(`http://localhost/archivos/${file.id}`), { params: Promise.resolve({ id: file.id }) });
      expect(response.status, file.id).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(file.sha256);
      expect(bytes.subarray(0, 4).toString("latin1")).toBe(file.contentType === "application/pdf" ? "%PDF" : "\x89PNG");
    }
  });

  it("changes nothing when it runs again, and says so", async () => {
    const fingerprint = () => db.$queryRaw<{ t: string }[]>`
      SELECT (SELECT count(*) FROM "case") || '/' || (SELECT count(*) FROM case_event) || '/' || (SELECT count(*) FROM notification) || '/' ||
             (SELECT count(*) FROM bulletin) || '/' || (SELECT count(*) FROM material) || '/' || (SELECT count(*) FROM stored_file) AS t`;
    const before = await fingerprint();
    expect(seed()).toContain("ya estaba cargada");
    expect(await fingerprint()).toEqual(before);
  });
});
