import { randomInt, randomUUID } from "node:crypto";
import { expect, expectAccessible, signInAs, test } from "./fixtures";
import { query } from "./helpers/db";

const CAROLINA_RUN = "88888888-8";

// Every test here changes Carolina's notifications or preference: one after another, so counts hold.
test.describe.configure({ mode: "default" });

async function carolinaId(): Promise<string> {
  const [row] = await query<{ id: string }>(`SELECT id FROM "user" WHERE run = $1`, [CAROLINA_RUN]);
  return row.id;
}

async function unreadOf(userId: string): Promise<number> {
  const [row] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`, [userId]);
  return row.n;
}

test.describe("notification centre", () => {
  test("Carolina sees her unread count, opens the centre, marks everything read and the badge goes away", async ({ page }) => {
    const userId = await carolinaId();
    const folio = `SM-2026-${String(randomInt(800_000, 899_999)).padStart(6, "0")}`;
    const caseId = randomUUID();
    await query(`INSERT INTO notification (id, user_id, kind, title, case_id) VALUES ($1, $2, 'TEST', $3, $4)`, [randomUUID(), userId, `${folio}: la coordinación respondió`, caseId]);
    await query(`INSERT INTO notification (id, user_id, kind, title) VALUES ($1, $2, 'TEST', $3)`, [randomUUID(), userId, `${folio}: aviso sin caso`]);

    await signInAs(page, "Carolina");
    const unread = await unreadOf(userId);
    expect(unread).toBeGreaterThanOrEqual(2);
    const bell = page.getByRole("link", { name: `${unread} notificaciones sin leer` });
    await expect(bell).toBeVisible();
    await expect(page.getByTestId("unread-badge")).toHaveText(unread > 99 ? "99+" : String(unread));
    await bell.click();

    await expect(page).toHaveURL(/\/notificaciones$/);
    await expect(page.getByRole("heading", { level: 1, name: "Notificaciones" })).toBeVisible();
    const withCase = page.getByRole("listitem").filter({ hasText: `${folio}: la coordinación respondió` });
    await expect(withCase).toContainText("Sin leer");
    await expect(withCase.getByRole("link", { name: `${folio}: la coordinación respondió` })).toHaveAttribute("href", `/casos/${caseId}`);
    await expect(page.getByRole("listitem").filter({ hasText: `${folio}: aviso sin caso` })).toContainText("Sin leer");
    await expectAccessible(page);

    await page.getByRole("button", { name: "Marcar todas como leídas" }).click();
    await expect(page.getByText("Todas sus notificaciones quedaron como leídas.")).toBeVisible();
    await expect(withCase).not.toContainText("Sin leer");
    await expect(page.getByTestId("unread-badge")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Notificaciones", exact: true })).toBeVisible();
    await expect(page.getByText("No tiene notificaciones sin leer.")).toBeVisible();
    expect(await unreadOf(userId)).toBe(0);
    await expectAccessible(page);
  });

  test("a single notification can be marked read on its own", async ({ page }) => {
    const userId = await carolinaId();
    const title = `SM-2026-${String(randomInt(800_000, 899_999)).padStart(6, "0")}: aviso para leer de a uno`;
    const id = randomUUID();
    await query(`INSERT INTO notification (id, user_id, kind, title) VALUES ($1, $2, 'TEST', $3)`, [id, userId, title]);

    await signInAs(page, "Carolina");
    await page.goto("/notificaciones");
    const item = page.getByRole("listitem").filter({ hasText: title });
    await item.getByRole("button", { name: `Marcar como leída la notificación «${title}»` }).click();
    await expect(item).not.toContainText("Sin leer");
    const [row] = await query<{ read_at: Date | null }>(`SELECT read_at FROM notification WHERE id = $1`, [id]);
    expect(row.read_at).not.toBeNull();
  });
});

test.describe("preferences", () => {
  test.afterEach(async () => {
    await query(`DELETE FROM notification_preference WHERE user_id = $1`, [await carolinaId()]);
  });

  test("Carolina turns e-mail notices off, and the choice is kept", async ({ page }) => {
    const userId = await carolinaId();
    await query(`DELETE FROM notification_preference WHERE user_id = $1`, [userId]);

    await signInAs(page, "Carolina");
    await page.goto("/notificaciones");
    await page.getByRole("link", { name: "Preferencias de correo" }).click();
    await expect(page).toHaveURL(/\/preferencias$/);
    await expect(page.getByText("carolina.munoz@demo.melipilla.cl")).toBeVisible();
    await expect(page.getByLabel("Sí, enviarme un correo con cada aviso")).toBeChecked();
    await expectAccessible(page);

    await page.getByLabel("No, solo verlos en el portal").check();
    await page.getByRole("button", { name: "Guardar preferencia" }).click();
    await expect(page.getByText("Guardamos su preferencia.")).toBeVisible();
    await expect(page.getByLabel("No, solo verlos en el portal")).toBeChecked();
    const [row] = await query<{ email_enabled: boolean }>(`SELECT email_enabled FROM notification_preference WHERE user_id = $1`, [userId]);
    expect(row.email_enabled).toBe(false);

    await page.reload();
    await expect(page.getByLabel("No, solo verlos en el portal")).toBeChecked();
    await expectAccessible(page);
  });
});
