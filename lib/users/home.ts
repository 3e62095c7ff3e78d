import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { ADHERED } from "@/lib/adhesion/lifecycle";
import { regionalContacts } from "@/lib/contacts/service";

/** What each role's home shows about its own territory. */
export async function homeSummary(viewer: Viewer) {
  switch (viewer.role) {
    case "MUNICIPAL_OFFICER": {
      const municipality = await db.municipality.findUniqueOrThrow({
        where: { code: viewer.municipalityCode! },
        select: { code: true, name: true, comunas: { select: { code: true, name: true } } },
      });
      const [region, contacts, adhesion] = await Promise.all([
        db.region.findUniqueOrThrow({ where: { code: viewer.regionCode! }, select: { code: true, name: true } }),
        regionalContacts(viewer.regionCode!),
        db.adhesion.findUnique({ where: { municipalityCode: viewer.municipalityCode! }, select: { status: true } }),
      ]);
      return { kind: "municipality" as const, municipality, region, contacts, adhesionStatus: adhesion?.status ?? null };
    }
    case "REGIONAL_COORDINATOR": {
      const region = await db.region.findUniqueOrThrow({ where: { code: viewer.regionCode! }, select: { code: true, name: true } });
      const [municipalities, officers, adhered, pendingReview] = await Promise.all([
        db.municipality.count({ where: { regionCode: region.code } }),
        db.user.count({ where: { regionCode: region.code, role: "MUNICIPAL_OFFICER", active: true } }),
        db.adhesion.count({ where: { regionCode: region.code, status: { in: ADHERED } } }),
        db.commitmentAction.count({ where: { regionCode: region.code, review: "PENDING" } }),
      ]);
      return { kind: "region" as const, region, municipalities, officers, adhered, pendingReview };
    }
    case "NATIONAL_ADMIN": {
      const [regions, municipalities, byRole, adhered] = await Promise.all([
        db.region.count(),
        db.municipality.count(),
        db.user.groupBy({ by: ["role"], where: { active: true }, _count: { _all: true } }),
        db.adhesion.count({ where: { status: { in: ADHERED } } }),
      ]);
      const users = Object.fromEntries(byRole.map((r) => [r.role, r._count._all]));
      return { kind: "country" as const, regions, municipalities, users, adhered };
    }
  }
}
