import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { NOTIFICATIONS_PAGE_SIZE } from "./schemas";

/**
 * A person's own notifications and e-mail preference. Every query is keyed by the viewer's id, so
 * someone else's notification is simply not found.
 */

export type NotificationItem = { id: string; title: string; caseId: string | null; kind: string; read: boolean; createdAt: Date };

export async function listNotifications(viewer: Viewer, page: number) {
  const where = { userId: viewer.id };
  const [total, unread] = await Promise.all([db.notification.count({ where }), unreadCount(viewer.id)]);
  const pageCount = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const rows = await db.notification.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * NOTIFICATIONS_PAGE_SIZE,
    take: NOTIFICATIONS_PAGE_SIZE,
    select: { id: true, title: true, caseId: true, kind: true, readAt: true, createdAt: true },
  });
  const items: NotificationItem[] = rows.map(({ readAt, ...row }) => ({ ...row, read: readAt !== null }));
  return { items, total, unread, page: current, pageCount };
}

export function unreadCount(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export async function markNotificationRead(viewer: Viewer, id: string): Promise<void> {
  const own = await db.notification.findFirst({ where: { id, userId: viewer.id }, select: { id: true } });
  if (!own) throw new NotFoundError();
  // Already read keeps its first reading time.
  await db.notification.updateMany({ where: { id, userId: viewer.id, readAt: null }, data: { readAt: new Date() } });
}

export async function markAllNotificationsRead(viewer: Viewer): Promise<{ marked: number }> {
  const { count } = await db.notification.updateMany({ where: { userId: viewer.id, readAt: null }, data: { readAt: new Date() } });
  return { marked: count };
}

export async function emailPreference(viewer: Viewer): Promise<{ emailEnabled: boolean; email: string | null }> {
  const [user, preference] = await Promise.all([
    db.user.findUnique({ where: { id: viewer.id }, select: { email: true } }),
    db.notificationPreference.findUnique({ where: { userId: viewer.id }, select: { emailEnabled: true } }),
  ]);
  return { emailEnabled: preference?.emailEnabled ?? true, email: user?.email ?? null };
}

export async function setEmailPreference(viewer: Viewer, emailEnabled: boolean): Promise<void> {
  await db.notificationPreference.upsert({ where: { userId: viewer.id }, create: { userId: viewer.id, emailEnabled }, update: { emailEnabled } });
}
