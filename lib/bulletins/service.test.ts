/**
 * Bulletins against the real database: who may publish where, who sees what (pages, actions and
 * attachments), read receipts and counts, the e-mail notices, and the sanitised body.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { demoPeople, pdf, type People } from "@/lib/cases/test-fixtures";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, RuleError } from "@/lib/errors";
import { findDownloadableFile } from "@/lib/files/access";
import { unreadCount } from "@/lib/notifications/service";
import { UNREAD_SHOWN_UP_TO, unreadCounts } from "@/lib/notifications/unread";
import { stopJobQueue } from "@/lib/jobs/boss";
import { markBulletinUnreadAction, publishBulletinAction } from "./actions";
import { publishBulletinSchema } from "./schemas";
import { listBulletins, markBulletinUnread, openBulletin, publishBulletin, readCounts, unreadBulletinCount } from "./service";

const viewerHolder = vi.hoisted(() => ({ current: null as Viewer | null }));
vi.mock("@/lib/auth/viewer", () => ({ getViewer: async () => viewerHolder.current, requireViewer: async () => viewerHolder.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

let people: People;
let daniela: Viewer;
let storeDir: string;
const previousStoreDir = process.env.FILE_STORE_DIR;

const input = (overrides: Record<string, unknown> = {}) =>
  publishBulletinSchema.parse({ idempotencyKey: randomUUID(), title: `Boletín de prueba ${randomUUID().slice(0, 8)}`, body: "## Novedades\n\nTexto del **boletín**.", audience: "NATIONAL", ...overrides });

let national: { id: string };
let regional: { id: string };
let regionalFile: string;

beforeAll(async () => {
  storeDir = await mkdtemp(path.join(tmpdir(), "sello-bulletins-"));
  process.env.FILE_STORE_DIR = storeDir;
  people = await demoPeople();
  const row = await db.user.findUniqueOrThrow({ where: { run: "13444555-6" }, select: { id: true, name: true, run: true, role: true, municipalityCode: true, regionCode: true } });
  daniela = row;
  national = await publishBulletin(people.andrea, null, input());
  regional = await publishBulletin(people.rodrigo, null, input({ audience: "REGION", regionCode: "13", archivos: [pdf("circular.pdf")] }));
  regionalFile = (await db.bulletinAttachment.findFirstOrThrow({ where: { bulletinId: regional.id } })).fileId;
});

afterAll(async () => {
  await stopJobQueue();
  await db.$disconnect();
  if (previousStoreDir === undefined) delete process.env.FILE_STORE_DIR;
  else process.env.FILE_STORE_DIR = previousStoreDir;
  await rm(storeDir, { recursive: true, force: true });
});

const ids = async (viewer: Viewer) => (await listBulletins(viewer, 1)).items.map((item) => item.id);

describe("audience", () => {
  it("shows a national bulletin to officers of adhered municipalities in every region, and not to a municipality that has not adhered", async () => {
    expect(await ids(people.carolina)).toContain(national.id);
    expect(await ids(people.matias)).toContain(national.id);
    expect(await ids(daniela)).not.toContain(national.id);
    await expect(openBulletin(daniela, national.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps a regional bulletin inside its region: the page, the action and the attachment are missing elsewhere", async () => {
    expect(await ids(people.carolina)).toContain(regional.id);
    expect(await ids(people.javiera)).toContain(regional.id);
    expect(await ids(people.matias)).not.toContain(regional.id);
    expect(await ids(people.fernanda)).not.toContain(regional.id);
    await expect(openBulletin(people.matias, regional.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(openBulletin(people.fernanda, regional.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(markBulletinUnread(people.matias, null, { id: regional.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await findDownloadableFile(people.matias, regionalFile)).toBeNull();
    expect(await findDownloadableFile(people.fernanda, regionalFile)).toBeNull();
    expect(await findDownloadableFile(daniela, regionalFile)).toBeNull();
    expect(await findDownloadableFile(people.carolina, regionalFile)).toMatchObject({ id: regionalFile, ownerType: "BulletinAttachment", municipalityCode: null });
    expect(await findDownloadableFile(people.andrea, regionalFile)).not.toBeNull();
  });

  it("lets a coordinator publish only to their own region", async () => {
    await expect(publishBulletin(people.rodrigo, null, input())).rejects.toBeInstanceOf(ForbiddenError);
    await expect(publishBulletin(people.rodrigo, null, input({ audience: "REGION", regionCode: "02" }))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(publishBulletin(people.carolina, null, input())).rejects.toBeInstanceOf(ForbiddenError);
    const fernandas = await publishBulletin(people.fernanda, null, input({ audience: "REGION", regionCode: "02" }));
    expect(await ids(people.matias)).toContain(fernandas.id);
    expect(await ids(people.carolina)).not.toContain(fernandas.id);
  });
});

describe("publishing", () => {
  it("notifies the officers of the audience, with the title only", async () => {
    const notices = await db.notification.findMany({ where: { kind: "BULLETIN_PUBLISHED", userId: { in: [people.carolina.id, people.javiera.id, people.matias.id, daniela.id] } }, select: { userId: true, title: true } });
    const title = (await db.bulletin.findUniqueOrThrow({ where: { id: regional.id } })).title;
    const forRegional = notices.filter((n) => n.title.endsWith(title)).map((n) => n.userId).sort();
    expect(forRegional).toEqual([people.carolina.id, people.javiera.id].sort());
    expect(notices.some((n) => n.userId === daniela.id)).toBe(false);
    expect(notices.every((n) => !n.title.includes("Novedades"))).toBe(true);
  });

  it("stores only sanitised HTML and refuses a body that is empty once cleaned", async () => {
    const hostile = await publishBulletin(
      people.andrea,
      null,
      input({ body: '<script>alert(1)</script><p onclick="alert(2)">Hola</p>\n\n[clic](javascript:alert(3))\n\n<img src=x onerror=alert(4)><iframe src="https://evil.example"></iframe>' }),
    );
    const { bodyHtml } = await db.bulletin.findUniqueOrThrow({ where: { id: hostile.id } });
    expect(bodyHtml).not.toMatch(/script|onclick|onerror|javascript:|<img|<iframe/i);
    expect(bodyHtml).toContain("Hola");
    await expect(publishBulletin(people.andrea, null, input({ body: "<script>alert(1)</script><style>p{}</style>" }))).rejects.toMatchObject({ field: "body" });
  });

  it("publishes once per idempotency key", async () => {
    const once = input();
    const first = await publishBulletin(people.andrea, null, once);
    const again = await publishBulletin(people.andrea, null, once);
    expect(again.id).toBe(first.id);
    expect(await db.bulletin.count({ where: { idempotencyKey: once.idempotencyKey } })).toBe(1);
    await expect(publishBulletin(people.rodrigo, null, { ...once, audience: "REGION", regionCode: "13" })).rejects.toBeInstanceOf(RuleError);
  });

  it("stores nothing when an attachment is refused", async () => {
    const before = await db.bulletin.count();
    const fake = new File([Buffer.from("MZ not a pdf")], "virus.pdf", { type: "application/pdf" });
    await expect(publishBulletin(people.andrea, null, input({ archivos: [fake] }))).rejects.toMatchObject({ field: "archivos" });
    expect(await db.bulletin.count()).toBe(before);
  });

  it("is kept consistent by the database: a regional bulletin names its region and a national one does not", async () => {
    const row = { title: "Directo", bodyHtml: "<p>x</p>", authorId: people.andrea.id, authorName: "Prueba" };
    await expect(db.bulletin.create({ data: { ...row, audience: "REGION", idempotencyKey: randomUUID() } })).rejects.toThrow(/bulletin_audience_region/);
    await expect(db.bulletin.create({ data: { ...row, audience: "NATIONAL", regionCode: "13", idempotencyKey: randomUUID() } })).rejects.toThrow(/bulletin_audience_region/);
  });

  it("audits the publication", async () => {
    const event = await db.auditEvent.findFirst({ where: { action: "bulletin.publish", entityId: regional.id } });
    expect(event).toMatchObject({ actorId: people.rodrigo.id, entity: "Bulletin", regionCode: "13" });
  });
});

describe("reading", () => {
  it("marks a bulletin read when opened, and unread on request", async () => {
    const before = await unreadBulletinCount(people.javiera);
    const opened = await openBulletin(people.javiera, national.id);
    expect(opened.bodyHtml).toContain("<strong>boletín</strong>");
    expect(await unreadBulletinCount(people.javiera)).toBe(before - 1);
    expect((await listBulletins(people.javiera, 1)).items.find((item) => item.id === national.id)?.read).toBe(true);
    await markBulletinUnread(people.javiera, null, { id: national.id });
    expect(await unreadBulletinCount(people.javiera)).toBe(before);
  });

  it("gives the header the same unread counts as the bulletin and notification lists, for every role and adhesion", async () => {
    const everyone = [people.andrea, people.rodrigo, people.fernanda, people.carolina, people.javiera, people.matias, daniela];
    const agree = async () => {
      for (const viewer of everyone) {
        const header = await unreadCounts(viewer);
        expect(header.bulletins, viewer.name).toBe(await unreadBulletinCount(viewer));
        // The header counts notifications only as far as its "99+" badge shows.
        expect(header.notifications, viewer.name).toBe(Math.min(await unreadCount(viewer.id), UNREAD_SHOWN_UP_TO + 1));
      }
    };
    await agree();
    expect((await unreadCounts(daniela)).bulletins).toBe(0);
    expect((await unreadCounts(people.matias)).bulletins).toBeGreaterThan(0);
    await openBulletin(people.matias, national.id);
    await agree();
    await markBulletinUnread(people.matias, null, { id: national.id });
    await agree();
  });

  it("shows the author, and admins, how many officers of each municipality read it", async () => {
    await openBulletin(people.carolina, regional.id);
    const bulletin = await db.bulletin.findUniqueOrThrow({ where: { id: regional.id } });
    const counts = await readCounts(people.rodrigo, bulletin);
    expect(counts.rows.find((row) => row.code === "13501")).toMatchObject({ name: "Melipilla", readers: 1 });
    expect(counts.rows.find((row) => row.code === "13101")).toMatchObject({ readers: 0 });
    expect(counts.rows.every((row) => row.regionName.includes("Metropolitana"))).toBe(true);
    expect(counts.municipalitiesRead).toBe(1);
    expect((await readCounts(people.andrea, bulletin)).municipalitiesRead).toBe(1);
    await expect(readCounts(people.carolina, bulletin)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(readCounts(people.fernanda, bulletin)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("actions", () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.append(key, value);
    return data;
  };

  it("refuse publishing to officers and outside a coordinator's region, in Spanish", async () => {
    const fields = { idempotencyKey: randomUUID(), title: "Intento", body: "Texto", audience: "NATIONAL" };
    viewerHolder.current = people.carolina;
    expect(await publishBulletinAction(null, form(fields))).toEqual({ ok: false, error: "No tiene permiso para realizar esta acción." });
    viewerHolder.current = people.rodrigo;
    expect(await publishBulletinAction(null, form(fields))).toEqual({ ok: false, error: "Solo puede publicar boletines para su propia región." });
    expect(await publishBulletinAction(null, form({ ...fields, audience: "REGION", regionCode: "02" }))).toMatchObject({ ok: false, error: "Solo puede publicar boletines para su propia región." });
    expect(await db.bulletin.count({ where: { idempotencyKey: fields.idempotencyKey } })).toBe(0);
  });

  it("give field errors for bad input and refuse extra fields", async () => {
    viewerHolder.current = people.andrea;
    const result = await publishBulletinAction(null, form({ idempotencyKey: randomUUID(), title: "", body: "", audience: "REGION" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { title: "Ingrese un título.", body: "Escriba el contenido del boletín." } });
    const extra = await publishBulletinAction(null, form({ idempotencyKey: randomUUID(), title: "Título", body: "x", audience: "NATIONAL", authorId: people.rodrigo.id }));
    expect(extra).toMatchObject({ ok: false, error: "Revise los datos marcados." });
  });

  it("refuse a replayed mark-unread for a bulletin outside the officer's audience", async () => {
    viewerHolder.current = people.matias;
    expect(await markBulletinUnreadAction(null, form({ id: regional.id }))).toEqual({ ok: false, error: "No encontramos ese registro." });
    viewerHolder.current = people.carolina;
    expect(await markBulletinUnreadAction(null, form({ id: regional.id }))).toMatchObject({ ok: true });
  });
});
