import type { Viewer } from "./viewer";

/** The territory a viewer may see, as a Prisma `where` fragment for models with these two columns. */
export type TerritoryWhere = { municipalityCode?: string; regionCode?: string };

/**
 * The one scope rule: officer → their municipality, coordinator → their region, admin → everything.
 * Every list, count, export and single read of territorial data goes through it.
 */
export function territoryWhere(viewer: Viewer): TerritoryWhere {
  switch (viewer.role) {
    case "NATIONAL_ADMIN":
      return {};
    case "REGIONAL_COORDINATOR":
      return { regionCode: viewer.regionCode! };
    case "MUNICIPAL_OFFICER":
      return { municipalityCode: viewer.municipalityCode! };
    default: {
      const unknownRole: never = viewer.role;
      throw new Error(`Rol desconocido: ${String(unknownRole)}`);
    }
  }
}

/** Whether a record located in (region, municipality) is inside the viewer's territory. */
export function inTerritory(viewer: Viewer, place: { regionCode: string | null; municipalityCode: string | null }): boolean {
  const where = territoryWhere(viewer);
  if (where.regionCode !== undefined && place.regionCode !== where.regionCode) return false;
  if (where.municipalityCode !== undefined && place.municipalityCode !== where.municipalityCode) return false;
  return true;
}

/** The same rule for the municipality table itself, whose own code is the municipality code. */
export function municipalityWhere(viewer: Viewer): { code?: string; regionCode?: string } {
  const { municipalityCode, regionCode } = territoryWhere(viewer);
  return { ...(municipalityCode !== undefined && { code: municipalityCode }), ...(regionCode !== undefined && { regionCode }) };
}
