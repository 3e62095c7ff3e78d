import { randomBytes, randomInt, randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { query } from "./helpers/db";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();

type Fixture = { regionCode?: string; municipalityCode?: string; status?: string; filedAgo: number; firstDueIn: number; waitingFor?: number; canary: string };

/** A filed case inserted directly, so these journeys do not depend on the filing form. */
async function insertCase({ regionCode = "13", municipalityCode = "13501", status = "INGRESADO", filedAgo, firstDueIn, waitingFor, canary }: Fixture) {
  const id = randomUUID();
  const folio = `SM-2187-${String(randomInt(0, 999_999)).padStart(6, "0")}`;
  await query(
    `INSERT INTO "case" (id, folio, municipality_code, region_code, type, status, priority, suggested_priority, type_details, summary, description,
                         sensitive, created_by_id, idempotency_key, submitted_at, first_response_at, first_response_due_at, resolution_due_at, waiting_since, updated_at)
     VALUES ($1, $2, $3, $4, 'EMPADRONAMIENTO', $5::"CaseStatus", 'MEDIA', 'MEDIA', '{}', $6, 'Familia que pide orientación para inscribirse en el Registro Social de Hogares.',
             false, 'e2e', $1, $7::timestamp, $8::timestamp, $9::timestamp, $10::timestamp, $11::timestamp, $7::timestamp)`,
    [
      id,
      folio,
      municipalityCode,
      regionCode,
      status,
      `Inscripción en el Registro Social de Hogares ${canary}`,
      at(-filedAgo),
      waitingFor ? at(-filedAgo + HOUR) : null,
      at(firstDueIn),
      at(firstDueIn + 8 * DAY),
      waitingFor ? at(-waitingFor) : null,
    ],
  );
  return { id, folio };
}

const newCanary = () => `zzpagina${randomBytes(4).toString("hex")}`;

/** Signs in through the ClaveÚnica simulator with the keyboard alone. */
async function signInByKeyboard(page: Page, name: string) {
  await page.goto("/ingresar");
  await page.getByRole("button", { name: "Ingresar con ClaveÚnica" }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: new RegExp(`^Ingresar como ${name}`) }).focus();
  await page.keyboard.press("Enter");
  // The sign-in callback creates the session; on a busy machine it may take several seconds.
  await expect(page).toHaveURL(/\/inicio/, { timeout: 20_000 });
}

/** Follows a control the way a keyboard user does: focus, then Enter. */
async function activate(page: Page, selector: string) {
  await page.locator(selector).focus();
  await page.keyboard.press("Enter");
}

const heading = (page: Page, folio: string) => page.getByRole("heading", { level: 1, name: `Caso ${folio}` });

test.describe("the coordinator's case page", () => {
  test("Rodrigo works a filtered inbox with the keyboard: opens the first case, takes it, goes to the next and back, and returns to the same list", async ({ page }) => {
    const canary = newCanary();
    // Oldest first: A, B, C. C is late on its first answer.
    const a = await insertCase({ filedAgo: 3 * DAY, firstDueIn: 2 * DAY, canary });
    const b = await insertCase({ filedAgo: 2 * DAY, firstDueIn: 3 * DAY, canary });
    const c = await insertCase({ filedAgo: DAY, firstDueIn: -3 * HOUR - 10 * 60_000, canary });
    await signInByKeyboard(page, "Rodrigo");

    const inbox = `/casos/bandeja?vista=todos&tipo=EMPADRONAMIENTO&q=${canary}&orden=antiguos`;
    await page.goto(inbox);
    const table = page.getByRole("region", { name: /^Casos: / });
    await expect(table.getByRole("link", { name: /^SM-2187-/ })).toHaveText([a.folio, b.folio, c.folio]);
    // Each row says how its governing deadline stands, with the exact moment beside it.
    await expect(table.getByRole("row").filter({ hasText: c.folio })).toContainText(/Vencido hace 3 h\s*Plazo de 1\.ª respuesta \d{2}-\d{2}-\d{4} \d{2}:\d{2}/);
    await expect(table.getByRole("row").filter({ hasText: a.folio }).locator("time")).toHaveAttribute("title", /\(hora de Chile\)$/);
    await expectAccessible(page);

    await table.getByRole("link", { name: a.folio }).focus();
    await page.keyboard.press("Enter");
    await expect(heading(page, a.folio)).toBeVisible();
    await expect(page).toHaveURL(/\?bandeja=/);
    await expect(page.locator('[data-shortcut="previous"]')).toHaveCount(0);
    await expectAccessible(page);

    await activate(page, '[data-shortcut="take"]');
    await expect(page.getByRole("definition").filter({ hasText: "Rodrigo Sepúlveda Araya" })).toBeVisible();
    await expect(page.locator('[data-shortcut="take"]')).toHaveCount(0);

    // Asking for information opens its form in place, with the focus in it; Escape puts it away.
    await activate(page, '[data-shortcut="request-info"]');
    await expect(page.getByLabel("Pregunta para la municipalidad")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.locator('[data-shortcut="request-info"]')).toBeFocused();
    await expect(page.getByLabel("Pregunta para la municipalidad")).toBeHidden();

    await activate(page, '[data-shortcut="next"]');
    await expect(heading(page, b.folio)).toBeVisible();
    await activate(page, '[data-shortcut="next"]');
    await expect(heading(page, c.folio)).toBeVisible();
    await expect(page.locator('[data-shortcut="next"]')).toHaveCount(0);
    await activate(page, '[data-shortcut="previous"]');
    await expect(heading(page, b.folio)).toBeVisible();
    await activate(page, '[data-shortcut="previous"]');
    await expect(heading(page, a.folio)).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: "Rodrigo Sepúlveda Araya" })).toBeVisible();

    await activate(page, '[data-shortcut="inbox"]');
    await expect(page).toHaveURL(/\/casos\/bandeja\?/);
    const back = new URL(page.url()).searchParams;
    expect(Object.fromEntries(back)).toEqual({ vista: "todos", tipo: "EMPADRONAMIENTO", q: canary, orden: "antiguos" });
    await expect(page.getByLabel("Buscar por folio, nombre o texto")).toHaveValue(canary);
    await expect(table.getByRole("link", { name: /^SM-2187-/ })).toHaveText([a.folio, b.folio, c.folio]);
  });

  test("previous and next never leave the viewer's territory, whatever ?bandeja= says", async ({ page }) => {
    const canary = newCanary();
    const rm = await insertCase({ filedAgo: 2 * DAY, firstDueIn: 2 * DAY, canary });
    const north = await insertCase({ regionCode: "02", municipalityCode: "02101", filedAgo: 2 * DAY, firstDueIn: 2 * DAY, canary });
    await signInByKeyboard(page, "Fernanda");

    const crafted = encodeURIComponent(`vista=todos&region=13&q=${canary}`);
    const refused = await page.goto(`/casos/${rm.id}?bandeja=${crafted}`);
    expect(refused?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).not.toContainText(rm.folio);

    await page.goto(`/casos/${north.id}?bandeja=${crafted}`);
    await expect(heading(page, north.folio)).toBeVisible();
    const links = await page.locator('[data-shortcut="next"], [data-shortcut="previous"]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute("href") ?? ""));
    for (const href of links) {
      const [row] = await query<{ region_code: string }>(`SELECT region_code FROM "case" WHERE id = $1`, [href.match(/\/casos\/([0-9a-f-]{36})/)![1]]);
      expect(row.region_code).toBe("02");
    }
    expect((await page.content()).includes(rm.folio)).toBe(false);

    // A malformed list is no list: the page opens, without previous/next, and goes back to the plain inbox.
    const malformed = await page.goto(`/casos/${north.id}?bandeja=${encodeURIComponent("vista=ninguna&pagina=1e99")}`);
    expect(malformed?.status()).toBe(200);
    await expect(page.locator('[data-shortcut="next"], [data-shortcut="previous"]')).toHaveCount(0);
    await expect(page.locator('[data-shortcut="inbox"]')).toHaveAttribute("href", "/casos/bandeja");
  });

  test("the header of a case waiting on the municipality says it is paused, not overdue", async ({ page }) => {
    const canary = newCanary();
    // Its first answer was given; the resolution deadline passed while it waits.
    const paused = await insertCase({ status: "REQUIERE_INFO", filedAgo: 12 * DAY, firstDueIn: -10 * DAY, waitingFor: 5 * DAY, canary });
    await signInByKeyboard(page, "Rodrigo");
    await page.goto(`/casos/${paused.id}`);
    const deadline = page.getByRole("definition").filter({ hasText: "En pausa: esperando a la municipalidad" });
    await expect(deadline).toBeVisible();
    await expect(deadline.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
    await expect(deadline).toContainText(/Desde el \d{2}-\d{2}-\d{4} \d{2}:\d{2}/);
    await expect(page.locator("main header")).not.toContainText("Vencido");

    // Nor does the inbox list it among the overdue ones.
    await page.goto(`/casos/bandeja?vista=vencidos&q=${canary}`);
    await expect(page.getByRole("link", { name: paused.folio })).toHaveCount(0);
    await page.goto(`/casos/bandeja?vista=esperando&q=${canary}`);
    await expect(page.getByRole("row").filter({ hasText: paused.folio })).toContainText("En pausa: esperando a la municipalidad");
  });
});
