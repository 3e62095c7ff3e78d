import "server-only";
import { cookies } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { UnauthenticatedError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { logError } from "@/lib/log";
import { SESSION_ABSOLUTE_SECONDS, SESSION_COOKIE, SESSION_IDLE_SECONDS, SESSION_REFRESH_SECONDS } from "./session-policy";

/** The person making the request, as the rest of the portal sees them. */
export type Viewer = {
  id: string;
  name: string;
  run: string;
  role: Role;
  /** Set for officers. */
  municipalityCode: string | null;
  /** Set for officers (their municipality's region) and coordinators. */
  regionCode: string | null;
};

type SessionRow = {
  id: string;
  expires: Date;
  createdAt: Date;
  user: Viewer & { active: boolean };
};

/** A user whose role and territory do not fit together is treated as signed out, never guessed at. */
function consistent(user: SessionRow["user"]): boolean {
  switch (user.role) {
    case "MUNICIPAL_OFFICER":
      return Boolean(user.municipalityCode && user.regionCode);
    case "REGIONAL_COORDINATOR":
      return Boolean(user.regionCode) && !user.municipalityCode;
    case "NATIONAL_ADMIN":
      return !user.regionCode && !user.municipalityCode;
    default:
      return false;
  }
}

async function loadViewer(): Promise<Viewer | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  // One statement (session joined to its person): every request of a signed-in person runs it.
  const [row] = await db.$queryRaw<(Omit<SessionRow, "user"> & Omit<SessionRow["user"], "id"> & { userId: string })[]>`
    SELECT s.id, s.expires, s.created_at AS "createdAt", u.id AS "userId", u.name, u.run, u.role::text AS role,
           u.municipality_code AS "municipalityCode", u.region_code AS "regionCode", u.active
      FROM session s JOIN "user" u ON u.id = s.user_id
     WHERE s.session_token = ${token}`;
  const session: SessionRow | null = row
    ? {
        id: row.id,
        expires: row.expires,
        createdAt: row.createdAt,
        user: { id: row.userId, name: row.name, run: row.run, role: row.role, municipalityCode: row.municipalityCode, regionCode: row.regionCode, active: row.active },
      }
    : null;
  if (!session) return null;
  const now = Date.now();
  const expired = session.expires.getTime() <= now || session.createdAt.getTime() + SESSION_ABSOLUTE_SECONDS * 1000 <= now;
  if (expired || !session.user.active || !consistent(session.user)) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (session.expires.getTime() - now < (SESSION_IDLE_SECONDS - SESSION_REFRESH_SECONDS) * 1000) {
    await db.session.update({ where: { id: session.id }, data: { expires: new Date(now + SESSION_IDLE_SECONDS * 1000) } });
  }
  const { id, name, run, role, municipalityCode, regionCode } = session.user;
  return { id, name, run, role, municipalityCode, regionCode };
}

/**
 * The single place that reads the session. Fails closed: a missing, expired or revoked session, a
 * deactivated user and any error all mean "not signed in".
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  try {
    return await loadViewer();
  } catch (error) {
    // Next signals "render this page per request" by throwing; that is not a failure to read the session.
    unstable_rethrow(error);
    logError("viewer.load", error);
    return null;
  }
});

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

/** For pages: anonymous visitors go to the sign-in page and come back afterwards. */
export async function pageViewer(returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/ingresar?volver=${encodeURIComponent(returnTo)}`);
  return viewer;
}
