import type { Viewer } from "./viewer";

/** The columns that place a record: every territorial table carries both. */
type Territory = { municipalityCode?: string; regionCode?: string };

/**
 * The one scope rule: officer → their municipality, coordinator → their region, admin → everything.
 * Every list, count, export and single read of territorial data goes through it.
 */
function territoryOf(viewer: Viewer): Territory {
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

/**
 * The scope as a Prisma `where` fragment. It is wrapped in AND so that spreading it beside other
 * conditions (`{ regionCode: filtro, ...territoryWhere(v) }`) narrows them and can never replace them.
 */
export function territoryWhere(viewer: Viewer): { AND: Territory[] } {
  return { AND: [territoryOf(viewer)] };
}

/**
 * The scope of case data: the territory, and never a case whose person has their data blocked
 * (bloqueo, lib/privacy/blocking.ts). Every reader of cases — lists, the inbox and its search, single
 * reads, files, exports, dashboards and minutas — starts from this, so a new reader inherits the block;
 * only the privacy pages, which answer the person, read past it with `territoryWhere`.
 *
 * Dashboards leave blocked cases out of every figure rather than only out of small cells: a count by
 * type × status × municipality is often a cell of one, and a block lasts only while a request is
 * examined, so the figures come back whole when it is lifted.
 */
export function caseWhere(viewer: Viewer): { AND: (Territory | { blockedAt: null })[] } {
  return { AND: [territoryOf(viewer), { blockedAt: null }] };
}

/** The same rule for a place already in memory (a municipality of the territory names, say). */
export function inTerritory(viewer: Viewer, place: { municipalityCode: string; regionCode: string }): boolean {
  const { municipalityCode, regionCode } = territoryOf(viewer);
  return (municipalityCode === undefined || place.municipalityCode === municipalityCode) && (regionCode === undefined || place.regionCode === regionCode);
}

/** The same rule for the municipality table itself, whose own code is the municipality code. */
export function municipalityWhere(viewer: Viewer): { AND: { code?: string; regionCode?: string }[] } {
  const { municipalityCode, regionCode } = territoryOf(viewer);
  return { AND: [{ ...(municipalityCode !== undefined && { code: municipalityCode }), ...(regionCode !== undefined && { regionCode }) }] };
}
