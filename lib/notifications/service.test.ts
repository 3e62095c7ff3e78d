import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { createPerson } from "./test-fixtures";

const viewerHolder = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewerHolder.current, requireViewer: async () => viewerHolder.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => {} }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { markAllNotificationsReadAction, markNotificationReadAction, setEmailPreferenceAction } = await import("./actions");
const { emailPreference, listNotifications, markNotificationRead, unreadCount } = await import("./service");
const { UNREAD_SHOWN_UP_TO, unreadCounts } = await import("./unread");

async function viewerFor(run: string): Promise<Viewer> {
  return db.user.findUniqueOrThrow({ where: { run }, select: { id: true, name: true, run: true, role: true, municipalityCode: true, regionCode: true } });
}

let carolina: Viewer;
let rodrigo: Viewer;

beforeAll(async () => {
  carolina = await viewerFor("88888888-8");
  rodrigo = await viewerFor("55555555-5");
});

afterAll(async () => {
  await db.$disconnect();
});

const create = (userId: string, title: string) => db.notification.create({ data: { userId, kind: "TEST", title }, select: { id: true } });

describe("the notification centre", () => {
  it("refuses to mark someone else's notification, as if it did not exist", async () => {
    const { id } = await create(carolina.id, "SM-2026-000010: aviso de Carolina");
    await expect(markNotificationRead(rodrigo, id)).rejects.toThrow(NotFoundError);

    viewerHolder.current = rodrigo;
    expect(await markNotificationReadAction({ id })).toEqual({ ok: false, error: "No encontramos ese registro." });
    expect((await db.notification.findUniqueOrThrow({ where: { id } })).readAt).toBeNull();

    viewerHolder.current = carolina;
    expect(await markNotificationReadAction({ id })).toMatchObject({ ok: true });
    expect((await db.notification.findUniqueOrThrow({ where: { id } })).readAt).toBeInstanceOf(Date);
  });

  it("marks all of the viewer's notifications read, and nobody else's", async () => {
    await create(carolina.id, "SM-2026-000011: primero");
    await create(carolina.id, "SM-2026-000012: segundo");
    const { id: others } = await create(rodrigo.id, "SM-2026-000013: de Rodrigo");
    expect(await unreadCount(carolina.id)).toBeGreaterThanOrEqual(2);

    viewerHolder.current = carolina;
    const result = await markAllNotificationsReadAction({});
    expect(result).toMatchObject({ ok: true });
    expect(await unreadCount(carolina.id)).toBe(0);
    expect((await db.notification.findUniqueOrThrow({ where: { id: others } })).readAt).toBeNull();
  });

  it("lists only the viewer's notifications, newest first", async () => {
    const person = await createPerson();
    const viewer = await db.user.findUniqueOrThrow({ where: { id: person }, select: { id: true, name: true, run: true, role: true, municipalityCode: true, regionCode: true } });
    const older = await db.notification.create({ data: { userId: person, kind: "TEST", title: "SM-2026-000014: más antiguo", createdAt: new Date(Date.now() - 60_000) } });
    const newer = await create(person, "SM-2026-000015: más reciente");
    await create(carolina.id, "SM-2026-000016: de otra persona");
    const { items, unread, total } = await listNotifications(viewer, 1);
    expect(items.map((i) => i.id)).toEqual([newer.id, older.id]);
    expect({ unread, total }).toEqual({ unread: 2, total: 2 });
  });

  it("counts unread notifications for the header's badge up to 99+, and exactly in the centre", async () => {
    const person = await createPerson();
    const viewer = await db.user.findUniqueOrThrow({ where: { id: person }, select: { id: true, name: true, run: true, role: true, municipalityCode: true, regionCode: true } });
    const notices = (count: number) => db.notification.createMany({ data: Array.from({ length: count }, (_, i) => ({ userId: person, kind: "TEST", title: `Aviso ${i}` })) });
    await notices(UNREAD_SHOWN_UP_TO);
    await db.notification.create({ data: { userId: person, kind: "TEST", title: "Leído", readAt: new Date() } });
    expect((await unreadCounts(viewer)).notifications).toBe(UNREAD_SHOWN_UP_TO);
    await notices(50);
    expect((await unreadCounts(viewer)).notifications).toBe(UNREAD_SHOWN_UP_TO + 1);
    expect((await listNotifications(viewer, 1)).unread).toBe(UNREAD_SHOWN_UP_TO + 50);
  });

  it("keeps each person's e-mail preference, on by default", async () => {
    expect((await emailPreference(rodrigo)).emailEnabled).toBe(true);
    viewerHolder.current = rodrigo;
    expect(await setEmailPreferenceAction({ email: "no" })).toMatchObject({ ok: true });
    expect(await emailPreference(rodrigo)).toEqual({ emailEnabled: false, email: "rodrigo.sepulveda@demo.sermig.gob.cl" });
    expect((await emailPreference(carolina)).emailEnabled).toBe(true);
    expect(await setEmailPreferenceAction({ email: "si" })).toMatchObject({ ok: true });
    expect((await emailPreference(rodrigo)).emailEnabled).toBe(true);
    expect(await setEmailPreferenceAction({ email: "quizás" })).toMatchObject({ ok: false, fieldErrors: { email: "Elija si quiere recibir los avisos por correo." } });
  });
});
