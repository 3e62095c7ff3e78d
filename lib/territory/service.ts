import "server-only";
import { db } from "@/lib/db";
import { searchKey } from "@/lib/text";
import { COMUNA_CODE, COMUNAS_PAGE_SIZE, REGION_CODE, type ComunaSearch } from "./schemas";

/** Territory is public reference data: these reads need no viewer and apply no scope. */

export async function listRegions() {
  const regions = await db.region.findMany({
    orderBy: { northSouthOrder: "asc" },
    select: { code: true, name: true, romanNumeral: true, _count: { select: { provinces: true, comunas: true } } },
  });
  return regions.map(({ _count, ...r }) => ({ ...r, provinceCount: _count.provinces, comunaCount: _count.comunas }));
}

export async function getRegionDetail(code: string) {
  if (!REGION_CODE.test(code)) return null;
  return db.region.findUnique({
    where: { code },
    select: {
      code: true,
      name: true,
      romanNumeral: true,
      provinces: {
        orderBy: { code: "asc" },
        select: { code: true, name: true, comunas: { orderBy: { name: "asc" }, select: { code: true, name: true } } },
      },
    },
  });
}

export async function searchComunas({ q, region, page }: ComunaSearch) {
  // `%` and `_` never appear in a comuna name; dropping them keeps the LIKE pattern literal.
  const key = q ? searchKey(q).replace(/[%_\\]/g, "") : "";
  const where = { ...(key && { searchName: { contains: key } }), ...(region && { regionCode: region }) };
  const total = await db.comuna.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / COMUNAS_PAGE_SIZE));
  // A page past the end (an old link after filters changed) shows the last page instead of nothing.
  const current = Math.min(page, pageCount);
  const items = await db.comuna.findMany({
    where,
    orderBy: [{ region: { northSouthOrder: "asc" } }, { name: "asc" }],
    skip: (current - 1) * COMUNAS_PAGE_SIZE,
    take: COMUNAS_PAGE_SIZE,
    select: { code: true, name: true, province: { select: { name: true } }, region: { select: { name: true } } },
  });
  return { total, items, page: current, pageCount };
}

export async function getComunaProfile(code: string) {
  if (!COMUNA_CODE.test(code)) return null;
  return db.comuna.findUnique({
    where: { code },
    select: {
      code: true,
      name: true,
      province: { select: { code: true, name: true } },
      region: { select: { code: true, name: true, romanNumeral: true } },
      municipality: { select: { code: true, name: true } },
      stats: {
        orderBy: [{ indicator: "asc" }, { year: "asc" }],
        select: { indicator: true, year: true, value: true, dataset: { select: { id: true, title: true, publisher: true, notes: true } } },
      },
    },
  });
}

export type ComunaProfile = NonNullable<Awaited<ReturnType<typeof getComunaProfile>>>;
