import "server-only";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/lib/auth/page-guard";
import type { Viewer } from "@/lib/auth/viewer";
import { listRegions } from "@/lib/territory/service";
import { coverageScope, type CoverageScope } from "./scope";

export type Region = Awaited<ReturnType<typeof listRegions>>[number];

/**
 * The viewer, scope and regions of a dashboard page: officers and anonymous people get the 404 (or
 * the sign-in), coordinators their region, admins the country or the existing region they pick.
 */
export async function dashboardContext(path: string, requestedRegion: string | undefined): Promise<{ viewer: Viewer; scope: CoverageScope; regions: Region[]; region: Region | null }> {
  const viewer = await requirePagePermission("coverage.read", path);
  const scope = coverageScope(viewer, requestedRegion);
  const regions = await listRegions();
  const region = scope.regionCode ? (regions.find((r) => r.code === scope.regionCode) ?? null) : null;
  if (scope.regionCode && !region) notFound();
  if (requestedRegion && viewer.role === "NATIONAL_ADMIN" && !region) notFound();
  return { viewer, scope, regions, region };
}
