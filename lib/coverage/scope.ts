import "server-only";
import { hasPermission } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/errors";
import { REGION_CODE } from "@/lib/territory/schemas";

/** The territory a dashboard request covers: the whole country (null) or one region. */
export type CoverageScope = { regionCode: string | null };

/**
 * Coordinators always see their own region, whatever the URL asks; national admins see the country
 * or the region they pick. Anyone else gets the same 404 as a missing page.
 */
export function coverageScope(viewer: Viewer | null, requestedRegion?: string | null): CoverageScope {
  if (!viewer || !hasPermission(viewer.role, "coverage.read")) throw new NotFoundError();
  if (viewer.role === "REGIONAL_COORDINATOR") return { regionCode: viewer.regionCode! };
  return { regionCode: requestedRegion && REGION_CODE.test(requestedRegion) ? requestedRegion : null };
}
