/**
 * The dashboard's CSV exports through their route handler, scoped like the page, and the public open
 * data file, which must carry no personal data.
 */
import { NextRequest } from "next/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { GET as openData } from "@/app/datos/municipalidades-adheridas.csv/route";
import { GET as exportTable } from "@/app/tablero/exportar/[tabla]/route";
import { COVERAGE_TABLES } from "./export";
import { OPEN_DATA_COLUMNS } from "./open-data";

const viewerHolder = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewerHolder.current, requireViewer: async () => viewerHolder.current }));
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), connection: async () => {} }));

const person = (role: Viewer["role"], place: Partial<Viewer> = {}): Viewer => ({ id: `t-${role}`, name: `Prueba ${role}`, run: "1-9", role, municipalityCode: null, regionCode: null, ...place });
const admin = person("NATIONAL_ADMIN");
const antofagasta = person("REGIONAL_COORDINATOR", { regionCode: "02" });
const officer = person("MUNICIPAL_OFFICER", { municipalityCode: "02101", regionCode: "02" });

async function download(viewer: Viewer | null, table: string, query = "") {
  viewerHolder.current = viewer;
  const response = await exportTable(new NextRequest(`http://localhost/tablero/exportar/${table}${query}`), { params: Promise.resolve({ tabla: table }) });
  const text = (await response.text()).replace(/^\uFEFF/, "");
  const [header, ...rows] = text.trim().split("\n");
  return { status: response.status, type: response.headers.get("content-type"), header: header?.split(","), rows: rows.map((r) => r.split(",")) };
}

afterAll(async () => {
  await db.$disconnect();
});

describe("dashboard CSV exports", () => {
  it("give a coordinator only their region, whatever region the URL asks for", async () => {
    const regions = await download(antofagasta, "regiones", "?region=13");
    expect(regions.status).toBe(200);
    expect(regions.type).toBe("text/csv; charset=utf-8");
    expect(regions.rows.map((r) => r[0])).toEqual(["02"]);

    const comunas = await download(antofagasta, "comunas", "?region=13");
    expect(comunas.rows).toHaveLength(9);
    expect(new Set(comunas.rows.map((r) => r[2]))).toEqual(new Set(["02"]));

    const adhered = await db.adhesion.count({ where: { regionCode: "02", status: { in: ["CARTA_FIRMADA", "EN_IMPLEMENTACION", "EN_EVALUACION", "CERTIFICADA", "EN_REVALIDACION", "REVALIDADA"] } } });
    const timeline = await download(antofagasta, "evolucion");
    expect(Number(timeline.rows.at(-1)![1])).toBe(adhered);
  });

  it("give the admin the country, or the region chosen", async () => {
    expect((await download(admin, "regiones")).rows).toHaveLength(16);
    expect((await download(admin, "regiones", "?region=13")).rows.map((r) => r[0])).toEqual(["13"]);
    expect((await download(admin, "comunas")).rows).toHaveLength(346);
  });

  it("exist for every table of the page and record the download in the audit", async () => {
    const before = await db.auditEvent.count({ where: { action: "coverage.export" } });
    for (const table of COVERAGE_TABLES) {
      const result = await download(admin, table);
      expect(result.status, table).toBe(200);
      expect(result.header!.length, table).toBeGreaterThan(1);
    }
    expect(await db.auditEvent.count({ where: { action: "coverage.export" } })).toBe(before + COVERAGE_TABLES.length);
  });

  it("are a 404 for officers, anonymous callers and unknown tables", async () => {
    for (const table of COVERAGE_TABLES) expect((await download(officer, table)).status, table).toBe(404);
    expect((await download(null, "regiones")).status).toBe(404);
    expect((await download(admin, "usuarios")).status).toBe(404);
  });
});

describe("open data: adhered municipalities", () => {
  it("lists every adhered municipality with region, status and dates, and nothing about people", async () => {
    const response = await openData();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=3600");
    const text = (await response.text()).replace(/^\uFEFF/, "");
    const [header, ...rows] = text.trim().split("\n");
    expect(header.split(",")).toEqual([...OPEN_DATA_COLUMNS]);
    expect(header).not.toMatch(/alcalde|mayor|nombre_|correo|email|telefono|run|observ|acuerdo|encargad/i);

    const adhesions = await db.adhesion.findMany({
      where: { status: { in: ["CARTA_FIRMADA", "EN_IMPLEMENTACION", "EN_EVALUACION", "CERTIFICADA", "EN_REVALIDACION", "REVALIDADA"] } },
      select: { municipalityCode: true, mayorName: true, observations: true },
    });
    expect(rows.map((r) => r.slice(0, 5)).sort()).toEqual(adhesions.map((a) => a.municipalityCode).sort());
    const people = [
      ...adhesions.flatMap((a) => [a.mayorName, a.observations]),
      ...(await db.user.findMany({ select: { name: true, email: true } })).flatMap((u) => [u.name, u.email]),
      ...(await db.designatedOfficial.findMany({ select: { name: true, email: true } })).flatMap((o) => [o.name, o.email]),
    ].filter((value): value is string => Boolean(value && value.length > 3));
    for (const value of people) expect(text, value).not.toContain(value);
  });
});
