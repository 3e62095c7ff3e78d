import "server-only";
import { db } from "@/lib/db";

export type RegionName = { code: string; name: string };
export type MunicipalityName = { code: string; name: string; regionCode: string };
export type TerritoryNames = {
  /** North to south. */
  regions: RegionName[];
  regionName: (code: string) => string;
  municipalityName: (code: string) => string;
  /** By name, as Spanish sorts them. */
  municipalities: MunicipalityName[];
};

const spanish = new Intl.Collator("es");
let loading: Promise<TerritoryNames> | null = null;

/**
 * Region and municipality names, read once per server process. They are the official tables the
 * migrations load and nothing in the portal edits; they change only with a new release, which restarts
 * the server. Pages that only name places (a case, the inbox's filters, a filing's notice) then need no
 * query for them.
 */
export function territoryNames(): Promise<TerritoryNames> {
  if (!loading) {
    loading = load();
    loading.catch(() => (loading = null));
  }
  return loading;
}

async function load(): Promise<TerritoryNames> {
  const [regions, municipalities] = await Promise.all([
    db.region.findMany({ select: { code: true, name: true }, orderBy: { northSouthOrder: "asc" } }),
    db.municipality.findMany({ select: { code: true, name: true, regionCode: true } }),
  ]);
  const region = new Map(regions.map((r) => [r.code, r.name]));
  const municipality = new Map(municipalities.map((m) => [m.code, m]));
  const known = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} no existe en las tablas territoriales.`);
    return value;
  };
  return {
    regions,
    regionName: (code) => known(region.get(code), `La región ${code}`),
    municipalityName: (code) => known(municipality.get(code), `La municipalidad ${code}`).name,
    municipalities: [...municipalities].sort((a, b) => spanish.compare(a.name, b.name)),
  };
}
