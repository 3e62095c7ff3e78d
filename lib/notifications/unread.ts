import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { visibleBulletinsSql } from "@/lib/bulletins/audience";
import { db } from "@/lib/db";

export type UnreadCounts = { notifications: number; bulletins: number };

/**
 * The header's badge shows "99+" past this. A coordinator of a big region is told of every filing and
 * can hold thousands unread; counting them all on every page read them all. The notification centre
 * has the exact count.
 */
export const UNREAD_SHOWN_UP_TO = 99;

/**
 * What the header marks as unread: the person's notifications (counted to one past
 * UNREAD_SHOWN_UP_TO) and the bulletins of their audience they have not opened. Every signed-in page
 * shows both, so they are one statement.
 */
export async function unreadCounts(viewer: Viewer): Promise<UnreadCounts> {
  const [row] = await db.$queryRaw<UnreadCounts[]>`
    SELECT (SELECT count(*)::int FROM (SELECT 1 FROM notification n WHERE n.user_id = ${viewer.id} AND n.read_at IS NULL
              LIMIT ${UNREAD_SHOWN_UP_TO + 1}) unread) AS notifications,
           (SELECT count(*)::int FROM bulletin b WHERE ${visibleBulletinsSql(viewer)}
              AND NOT EXISTS (SELECT 1 FROM bulletin_read r WHERE r.bulletin_id = b.id AND r.user_id = ${viewer.id})) AS bulletins`;
  return row;
}
