import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { visibleBulletinsSql } from "@/lib/bulletins/audience";
import { db } from "@/lib/db";

export type UnreadCounts = { notifications: number; bulletins: number };

/**
 * What the header marks as unread: the person's notifications and the bulletins of their audience
 * they have not opened. Every signed-in page shows both, so they are one statement.
 */
export async function unreadCounts(viewer: Viewer): Promise<UnreadCounts> {
  const [row] = await db.$queryRaw<UnreadCounts[]>`
    SELECT (SELECT count(*)::int FROM notification n WHERE n.user_id = ${viewer.id} AND n.read_at IS NULL) AS notifications,
           (SELECT count(*)::int FROM bulletin b WHERE ${visibleBulletinsSql(viewer)}
              AND NOT EXISTS (SELECT 1 FROM bulletin_read r WHERE r.bulletin_id = b.id AND r.user_id = ${viewer.id})) AS bulletins`;
  return row;
}
