import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { stopJobQueue } from "@/lib/jobs/boss";
import { caughtMail, startMailCatcher, type MailCatcher } from "@/scripts/local-mail";
import { deliverNotificationEmail } from "./deliver";
import { smtpMailer } from "./mailer";
import { notify } from "./notify";
import { CANARY, createCase, createPerson, queuedEmails, userIdByRun } from "./test-fixtures";

let rodrigo: string;
let carolina: string;
let catcher: MailCatcher;

beforeAll(async () => {
  rodrigo = await userIdByRun("55555555-5");
  carolina = await userIdByRun("88888888-8");
  catcher = await startMailCatcher({ dir: fs.mkdtempSync(path.join(os.tmpdir(), "sello-mail-")) });
  vi.stubEnv("AUTH_URL", "https://sello.example.gob.cl");
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await catcher.close();
  fs.rmSync(catcher.dir, { recursive: true, force: true });
  await stopJobQueue();
  await db.$disconnect();
});

const idsOf = (userId: string, title: string) => db.notification.findMany({ where: { userId, title }, select: { id: true } }).then((rows) => rows.map((r) => r.id));

describe("notify", () => {
  it("writes the notifications and queues the e-mails inside the caller's transaction", async () => {
    const { id: caseId, folio } = await createCase();
    const title = `${folio}: se asignó el caso`;
    let seenInside: string[] = [];
    await db.$transaction(async (tx) => {
      await notify(tx, { userIds: [rodrigo, carolina, rodrigo], kind: "CASE_ASSIGNED", title, caseId });
      seenInside = (await tx.notification.findMany({ where: { title }, select: { id: true } })).map((n) => n.id);
      // Another connection sees neither the rows nor the jobs until the transaction commits.
      expect(await idsOf(rodrigo, title)).toEqual([]);
      expect(await queuedEmails(seenInside)).toEqual([]);
    });
    expect(seenInside).toHaveLength(2);
    const rows = await db.notification.findMany({ where: { title }, select: { userId: true, kind: true, caseId: true, readAt: true } });
    expect(rows.map((r) => r.userId).sort()).toEqual([rodrigo, carolina].sort());
    expect(rows.every((r) => r.kind === "CASE_ASSIGNED" && r.caseId === caseId && r.readAt === null)).toBe(true);
    expect((await queuedEmails(seenInside)).sort()).toEqual([...seenInside].sort());
  });

  it("leaves no notification and no queued e-mail when the transaction rolls back", async () => {
    const { id: caseId, folio } = await createCase();
    const title = `${folio}: cambio que se revierte`;
    const jobsBefore = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job WHERE name = 'send-email'`;
    let createdInside: string[] = [];
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, { userIds: [rodrigo], kind: "CASE_ASSIGNED", title, caseId });
        createdInside = (await tx.notification.findMany({ where: { title }, select: { id: true } })).map((n) => n.id);
        throw new Error("falla simulada después de notificar");
      }),
    ).rejects.toThrow("falla simulada");
    expect(createdInside).toHaveLength(1);
    expect(await db.notification.count({ where: { title } })).toBe(0);
    expect(await queuedEmails(createdInside)).toEqual([]);
    const jobsAfter = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job WHERE name = 'send-email'`;
    expect(jobsAfter[0].n).toBe(jobsBefore[0].n);
  });

  it("queues no e-mail for people who turned e-mail off, have no address or are deactivated", async () => {
    const { folio } = await createCase();
    const optedOut = await createPerson();
    const noAddress = await createPerson({ email: null });
    const deactivated = await createPerson({ active: false });
    const wantsMail = await createPerson();
    await db.notificationPreference.create({ data: { userId: optedOut, emailEnabled: false } });
    await db.notificationPreference.create({ data: { userId: wantsMail, emailEnabled: true } });
    const title = `${folio}: el caso requiere información`;

    await db.$transaction((tx) => notify(tx, { userIds: [optedOut, noAddress, deactivated, wantsMail], kind: "CASE_INFO", title }));

    const notifications = await db.notification.findMany({ where: { title }, select: { id: true, userId: true } });
    expect(notifications).toHaveLength(4);
    const queued = await queuedEmails(notifications.map((n) => n.id));
    expect(queued).toEqual(notifications.filter((n) => n.userId === wantsMail).map((n) => n.id));
  });

  it("refuses an empty title without writing anything", async () => {
    const before = await db.notification.count();
    await expect(db.$transaction((tx) => notify(tx, { userIds: [rodrigo], kind: "X", title: "   " }))).rejects.toThrow(RangeError);
    expect(await db.notification.count()).toBe(before);
  });
});

describe("the notification e-mail", () => {
  it("carries only the folio, the statement and the link, through a real SMTP server", async () => {
    const { id: caseId, folio } = await createCase();
    const title = `${folio}: la municipalidad respondió`;
    await db.$transaction((tx) => notify(tx, { userIds: [rodrigo], kind: "CASE_REPLY", title, caseId }));
    const [notificationId] = await idsOf(rodrigo, title);

    expect(await deliverNotificationEmail(db, smtpMailer(catcher.url), { notificationId })).toBe("sent");

    const mails = caughtMail(catcher.dir).filter((m) => m.subject.includes(folio));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    const link = `https://sello.example.gob.cl/casos/${caseId}`;
    expect(mail.to).toEqual(["rodrigo.sepulveda@demo.sermig.gob.cl"]);
    expect(mail.from).toBe("no-responder@sermig.gob.cl");
    expect(mail.subject).toBe(`Sello Migrante: ${title}`);
    expect(mail.text).toContain(title);
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(`href="${link}"`);

    // The case row, its narrative and its participant carry the canary; none of it may travel.
    const raw = fs.readdirSync(catcher.dir).filter((f) => f.endsWith(".eml")).map((f) => fs.readFileSync(path.join(catcher.dir, f), "utf8")).join("\n");
    for (const text of [mail.subject, mail.text, mail.html, raw]) {
      for (const secret of [CANARY, "ZZCANARIO", "Quispe", "ZZ0000001"]) expect(text).not.toContain(secret);
    }
    // Besides the fixed wording, the title and the link are all the message says.
    const variable = mail.text.replaceAll(title, "").replaceAll(link, "").replaceAll("https://sello.example.gob.cl/preferencias", "");
    expect(variable).not.toMatch(/SM-\d{4}-\d+|\/casos\//);
  });

  it("escapes the title in the HTML body and keeps it on one line", async () => {
    const title = `SM-2026-000001: prueba <b>"con" & 'signos'</b>\nBcc: alguien@example.com`;
    await db.$transaction((tx) => notify(tx, { userIds: [rodrigo], kind: "TEST", title }));
    const [notificationId] = await idsOf(rodrigo, title);
    await deliverNotificationEmail(db, smtpMailer(catcher.url), { notificationId });
    const mail = caughtMail(catcher.dir).find((m) => m.subject.includes("prueba"))!;
    expect(mail.to).toEqual(["rodrigo.sepulveda@demo.sermig.gob.cl"]);
    expect(mail.html).toContain("&lt;b&gt;&quot;con&quot; &amp; &#39;signos&#39;&lt;/b&gt;");
    expect(mail.html).not.toContain("<b>");
    expect(mail.subject).toBe(`Sello Migrante: SM-2026-000001: prueba <b>"con" & 'signos'</b> Bcc: alguien@example.com`);
    expect(mail.text).toContain("/notificaciones");
  });

  it("is not sent when the person turned e-mail off after it was queued", async () => {
    const person = await createPerson();
    const title = "SM-2026-000002: aviso para quien ya no quiere correo";
    await db.$transaction((tx) => notify(tx, { userIds: [person], kind: "TEST", title }));
    const [notificationId] = await idsOf(person, title);
    expect(await queuedEmails([notificationId])).toEqual([notificationId]);
    await db.notificationPreference.create({ data: { userId: person, emailEnabled: false } });
    const before = caughtMail(catcher.dir).length;
    expect(await deliverNotificationEmail(db, smtpMailer(catcher.url), { notificationId })).toBe("skipped");
    expect(caughtMail(catcher.dir)).toHaveLength(before);
  });

  it("fails, for the queue to retry, when the mail server is unreachable", async () => {
    const title = "SM-2026-000003: aviso con el servidor caído";
    await db.$transaction((tx) => notify(tx, { userIds: [rodrigo], kind: "TEST", title }));
    const [notificationId] = await idsOf(rodrigo, title);
    const closed = await startMailCatcher({ dir: catcher.dir });
    await closed.close();
    await expect(deliverNotificationEmail(db, smtpMailer(closed.url), { notificationId })).rejects.toThrow();
  });
});
