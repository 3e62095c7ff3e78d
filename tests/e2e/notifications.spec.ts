import { randomInt, randomUUID } from "node:crypto";
import { runCheckDigit } from "../../lib/auth/run";
import { expect, expectAccessible, signInWithRun, test } from "./fixtures";
import { query } from "./helpers/db";

/**
 * An officer of her own, in a municipality that has not adhered, files no cases and has nobody else:
 * the demo officers are notified by other specs running at the same time (bulletins, information
 * requests), which changed the counts this spec asserts. Every test here changes her notifications or
 * preference: one after another, so counts hold.
 */
test.describe.configure({ mode: "default" });

type Officer = { id: string; run: string; email: string };
let officer: Officer;

test.beforeAll(async () => {
  const [place] = await query<{ code: string; region_code: string }>(
    `SELECT m.code, m.region_code FROM municipality m
      WHERE NOT EXISTS (SELECT 1 FROM adhesion a WHERE a.municipality_code = m.code)
        AND NOT EXISTS (SELECT 1 FROM "case" c WHERE c.municipality_code = m.code)
        AND NOT EXISTS (SELECT 1 FROM "user" u WHERE u.municipality_code = m.code)
      ORDER BY m.code LIMIT 1`,
  );
  const body = randomInt(26_000_000, 27_000_000);
  const run = `${body}-${runCheckDigit(body)}`;
  const email = `ines.fuentes.${body}@demo.municipio${place.code}.cl`;
  const [row] = await query<{ id: string }>(
    `INSERT INTO "user" (id, run, name, email, role, municipality_code, region_code, updated_at)
     VALUES (gen_random_uuid()::text, $1, 'Inés Fuentes Lagos', $2, 'MUNICIPAL_OFFICER', $3, $4, now()) RETURNING id`,
    [run, email, place.code, place.region_code],
  );
  officer = { id: row.id, run, email };
});

async function unreadOf(userId: string): Promise<number> {
  const [row] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`, [userId]);
  return row.n;
}

test.describe("notification centre", () => {
  test("an officer sees her unread count, opens the centre, marks everything read and the badge goes away", async ({ page }) => {
    const userId = officer.id;
    const folio = `SM-2026-${String(randomInt(800_000, 899_999)).padStart(6, "0")}`;
    const caseId = randomUUID();
    await query(`INSERT INTO notification (id, user_id, kind, title, case_id) VALUES ($1, $2, 'TEST', $3, $4)`, [randomUUID(), userId, `${folio}: la coordinación respondió`, caseId]);
    await query(`INSERT INTO notification (id, user_id, kind, title) VALUES ($1, $2, 'TEST', $3)`, [randomUUID(), userId, `${folio}: aviso sin caso`]);

    await signInWithRun(page, officer.run);
    expect(await unreadOf(userId)).toBe(2);
    const bell = page.getByRole("link", { name: "2 notificaciones sin leer" });
    await expect(bell).toBeVisible();
    await expect(page.getByTestId("unread-badge")).toHaveText("2");
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
    const userId = officer.id;
    const title = `SM-2026-${String(randomInt(800_000, 899_999)).padStart(6, "0")}: aviso para leer de a uno`;
    const id = randomUUID();
    await query(`INSERT INTO notification (id, user_id, kind, title) VALUES ($1, $2, 'TEST', $3)`, [id, userId, title]);

    await signInWithRun(page, officer.run);
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
    await query(`DELETE FROM notification_preference WHERE user_id = $1`, [officer.id]);
  });

  test("an officer turns e-mail notices off, and the choice is kept", async ({ page }) => {
    const userId = officer.id;
    await query(`DELETE FROM notification_preference WHERE user_id = $1`, [userId]);

    await signInWithRun(page, officer.run);
    await page.goto("/notificaciones");
    await page.getByRole("link", { name: "Preferencias de correo" }).click();
    await expect(page).toHaveURL(/\/preferencias$/);
    await expect(page.getByText(officer.email)).toBeVisible();
    await expect(page.getByLabel("Sí, enviarme un correo con cada aviso")).toBeChecked();
    await expectAccessible(page);

    await page.getByLabel("No, solo verlos en el portal").check();
    await page.getByRole("button", { name: "Guardar preferencia de correo" }).click();
    await expect(page.getByText("Guardamos su preferencia.")).toBeVisible();
    await expect(page.getByLabel("No, solo verlos en el portal")).toBeChecked();
    const [row] = await query<{ email_enabled: boolean }>(`SELECT email_enabled FROM notification_preference WHERE user_id = $1`, [userId]);
    expect(row.email_enabled).toBe(false);

    await page.reload();
    await expect(page.getByLabel("No, solo verlos en el portal")).toBeChecked();
    await expectAccessible(page);
  });
});
