import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";

/** SERMIG's coordinators of a region: the people a municipality contacts directly. */
export async function regionalCoordinators(regionCode: string) {
  return db.user.findMany({
    where: { role: "REGIONAL_COORDINATOR", regionCode, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true, phone: true },
  });
}

/** What each role's home shows about its own territory. */
export async function homeSummary(viewer: Viewer) {
  switch (viewer.role) {
    case "MUNICIPAL_OFFICER": {
      const municipality = await db.municipality.findUniqueOrThrow({
        where: { code: viewer.municipalityCode! },
        select: { code: true, name: true, comunas: { select: { code: true, name: true } } },
      });
      const region = await db.region.findUniqueOrThrow({ where: { code: viewer.regionCode! }, select: { code: true, name: true } });
      return { kind: "municipality" as const, municipality, region, contacts: await regionalCoordinators(viewer.regionCode!) };
    }
    case "REGIONAL_COORDINATOR": {
      const region = await db.region.findUniqueOrThrow({ where: { code: viewer.regionCode! }, select: { code: true, name: true } });
      const [municipalities, officers] = await Promise.all([
        db.municipality.count({ where: { regionCode: region.code } }),
        db.user.count({ where: { regionCode: region.code, role: "MUNICIPAL_OFFICER", active: true } }),
      ]);
      return { kind: "region" as const, region, municipalities, officers };
    }
    case "NATIONAL_ADMIN": {
      const [regions, municipalities, byRole] = await Promise.all([
        db.region.count(),
        db.municipality.count(),
        db.user.groupBy({ by: ["role"], where: { active: true }, _count: { _all: true } }),
      ]);
      const users = Object.fromEntries(byRole.map((r) => [r.role, r._count._all]));
      return { kind: "country" as const, regions, municipalities, users };
    }
  }
}
