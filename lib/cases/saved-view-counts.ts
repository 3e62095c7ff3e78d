import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { OPEN } from "./deadline-sql";
import { assertInboxReader, inboxWhereSql, OPEN_VIEWS, scopeSql } from "./inbox";
import type { SavedViewItem } from "./saved-views";

/**
 * How many cases each saved view holds, counted the way the fixed tabs are (lib/cases/inbox.ts
 * inboxCounts): views on open cases are counted together, in one pass over the territory's open cases
 * (an index holds them: a few thousand rows in the largest region), each with its own filters. A view
 * on "Resueltos y cerrados" or "Todos" reads the territory's whole history, so, like those tabs, it is
 * counted only while it is the list on screen, where the page's own bounded total is used.
 */
export async function savedViewCounts(viewer: Viewer, views: SavedViewItem[], now = new Date()): Promise<Map<string, number>> {
  assertInboxReader(viewer);
  const open = views.filter((view) => OPEN_VIEWS.has(view.filters.vista));
  if (open.length === 0) return new Map();
  const counters = Prisma.join(open.map((view) => Prisma.sql`count(*) FILTER (WHERE ${inboxWhereSql(viewer, view.filters, now)})::int`));
  const [row] = await db.$queryRaw<{ counts: number[] }[]>`
    SELECT ARRAY[${counters}] AS counts FROM "case" c WHERE c.status <> 'BORRADOR' AND ${scopeSql(viewer)} AND ${OPEN}`;
  return new Map(open.map((view, i) => [view.id, row.counts[i]]));
}
