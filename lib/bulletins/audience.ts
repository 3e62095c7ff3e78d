import "server-only";
import { ADHERED } from "@/lib/adhesion/lifecycle";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

type Reader = { adhesion: Prisma.TransactionClient["adhesion"] };

/**
 * Which bulletins a person may see. National admins: all. Coordinators: national ones and their
 * region's. Officers: the same, but only while their municipality is adhered — a bulletin goes to
 * adhered municipalities only. Everything else is treated as missing.
 */
export async function visibleBulletinsWhere(viewer: Viewer, reader: Reader = db): Promise<Prisma.BulletinWhereInput> {
  const nationalOrRegion: Prisma.BulletinWhereInput = { OR: [{ audience: "NATIONAL" }, { audience: "REGION", regionCode: viewer.regionCode ?? "" }] };
  switch (viewer.role) {
    case "NATIONAL_ADMIN":
      return {};
    case "REGIONAL_COORDINATOR":
      return nationalOrRegion;
    case "MUNICIPAL_OFFICER": {
      const adhesion = await reader.adhesion.findUnique({ where: { municipalityCode: viewer.municipalityCode ?? "" }, select: { status: true, regionCode: true } });
      const adhered = adhesion !== null && ADHERED.includes(adhesion.status);
      return adhered ? nationalOrRegion : { id: { in: [] } };
    }
    default: {
      const unknownRole: never = viewer.role;
      throw new Error(`Rol desconocido: ${String(unknownRole)}`);
    }
  }
}

/**
 * The same rule as `visibleBulletinsWhere`, as a condition on a bulletin aliased `b`, for the
 * header's unread count, which is read on every page in one statement with the notifications.
 */
export function visibleBulletinsSql(viewer: Viewer): Prisma.Sql {
  const nationalOrRegion = Prisma.sql`(b.audience = 'NATIONAL' OR (b.audience = 'REGION' AND b.region_code = ${viewer.regionCode ?? ""}))`;
  switch (viewer.role) {
    case "NATIONAL_ADMIN":
      return Prisma.sql`TRUE`;
    case "REGIONAL_COORDINATOR":
      return nationalOrRegion;
    case "MUNICIPAL_OFFICER":
      return Prisma.sql`${nationalOrRegion} AND EXISTS (SELECT 1 FROM adhesion a
        WHERE a.municipality_code = ${viewer.municipalityCode ?? ""} AND a.status::text IN (${Prisma.join(ADHERED)}))`;
    default: {
      const unknownRole: never = viewer.role;
      throw new Error(`Rol desconocido: ${String(unknownRole)}`);
    }
  }
}

/** The adhered municipalities a bulletin addresses: all of them, or those of its region. */
export function audienceMunicipalitiesWhere(bulletin: { audience: "NATIONAL" | "REGION"; regionCode: string | null }): Prisma.MunicipalityWhereInput {
  return { adhesion: { status: { in: ADHERED } }, ...(bulletin.audience === "REGION" && { regionCode: bulletin.regionCode ?? "" }) };
}
