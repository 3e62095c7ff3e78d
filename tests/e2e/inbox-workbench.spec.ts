import { randomBytes, randomInt, randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, signInAs, test } from "./fixtures";
import { query } from "./helpers/db";

const DAY = 86_400_000;
const VIEWS = ["abiertos", "sin_asignar", "mios", "vencen_24h", "vencidos", "esperando", "cerrados", "todos"];

/** `count` open cases of Melipilla (Rodrigo's region) whose summary carries a word of their own. */
async function insertCases(count: number) {
  const word = `zzlote${randomBytes(4).toString("hex")}`;
  const cases: { id: string; folio: string }[] = [];
  const base = Date.now();
  const first = randomInt(0, 900_000);
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    const folio = `SM-2098-${String(first + i).padStart(6, "0")}`;
    const at = (offset: number) => new Date(base + offset).toISOString();
    await query(
      `INSERT INTO "case" (id, folio, municipality_code, region_code, type, status, priority, suggested_priority, type_details, summary, description,
                           sensitive, created_by_id, idempotency_key, submitted_at, first_response_due_at, resolution_due_at, updated_at)
       VALUES ($1, $2, '13501', '13', 'CONSULTA', 'INGRESADO', 'MEDIA', 'MEDIA', '{}', $3, 'Consulta de prueba.', false, 'e2e', $1,
               $4::timestamp, $5::timestamp, $6::timestamp, $4::timestamp)`,
      [id, folio, `Consulta ${word}`, at(-DAY - i * 1000), at(2 * DAY + i * 1000), at(10 * DAY)],
    );
    cases.push({ id, folio });
  }
  return { word, cases };
}

/** The bulk bar's polite announcement of the selection. */
const announced = (page: Page) => page.locator('p.sr-only[aria-live="polite"]');

/**
 * Opens and closes the shortcut help with its button: once that works the page is hydrated and its
 * key handler mounted, so the keys pressed next are not lost to a page still loading.
 */
async function whenShortcutsReady(page: Page) {
  const help = page.getByRole("dialog", { name: "Atajos de teclado" });
  await page.getByRole("button", { name: "Atajos de teclado" }).click();
  await expect(help).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
}

async function firstRow(page: Page) {
  const row = page.getByRole("region", { name: /^Casos: / }).locator("tbody tr").first();
  return (await row.count()) === 0 ? null : row.boundingBox();
}

test.describe("the coordinator's inbox as a workbench", () => {
  test("the first case of every view shows without scrolling, on a laptop and on a phone, and the filters fold away", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signInAs(page, "Rodrigo");
    let seen = 0;
    for (const vista of VIEWS) {
      await page.goto(`/casos/bandeja?vista=${vista}`);
      const box = await firstRow(page);
      if (!box) continue;
      seen++;
      expect(await page.evaluate(() => window.scrollY), vista).toBe(0);
      expect(box.y, vista).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, `${vista}: fondo de la primera fila`).toBeLessThanOrEqual(800);
    }
    expect(seen).toBeGreaterThanOrEqual(5);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/casos/bandeja");
    expect((await firstRow(page))!.y).toBeLessThan(844);

    // Keyboard path: the portal's skip link, then the inbox's own, then the first case.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/casos/bandeja");
    const firstLink = page.getByRole("region", { name: /^Casos: / }).locator("tbody tr").first().getByRole("link");
    const href = await firstLink.getAttribute("href");
    let tabs = 0;
    const tab = async () => {
      tabs++;
      await page.keyboard.press("Tab");
    };
    await tab();
    await expect(page.getByRole("link", { name: "Saltar al contenido" })).toBeFocused();
    await page.keyboard.press("Enter");
    await tab();
    await expect(page.getByRole("link", { name: "Ir a los casos" })).toBeFocused();
    await page.keyboard.press("Enter");
    while (tabs < 10 && (await page.evaluate(() => document.activeElement?.getAttribute("href"))) !== href) await tab();
    await expect(firstLink).toBeFocused();
    console.log(`Pulsaciones de Tab hasta el primer caso: ${tabs}`);
    expect(tabs).toBeLessThanOrEqual(10);

    // The filter panel is closed, and a chip removes one filter only.
    const filters = page.getByRole("button", { name: /^Filtros/ });
    await expect(filters).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByLabel("Tipo")).toBeHidden();
    await page.goto("/casos/bandeja?prioridad=ALTA&municipalidad=13501");
    await expect(page.getByRole("button", { name: "Filtros (2)" })).toHaveAttribute("aria-expanded", "false");
    await page.getByRole("link", { name: "Quitar filtro Prioridad: Alta" }).click();
    await expect(page).not.toHaveURL(/prioridad=/);
    await expect(page).toHaveURL(/municipalidad=13501/);
    await expect(page.getByRole("link", { name: "Quitar filtro Municipalidad: Melipilla" })).toBeVisible();
    // Removing the search empties the search box too (the chip navigates without reloading the page).
    await page.goto("/casos/bandeja?q=regularizacion");
    await page.getByRole("link", { name: "Quitar filtro Búsqueda: «regularizacion»" }).click();
    await expect(page).not.toHaveURL(/q=/);
    await expect(page.getByLabel("Buscar por folio, nombre o texto")).toHaveValue("");

    // A malformed date opens the panel, so its message is seen, with the labels still in line.
    await page.goto("/casos/bandeja?desde=2026-02-30");
    await expect(page.getByRole("button", { name: /^Filtros/ })).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByText("Fecha no válida: se ignoró.")).toBeVisible();
    const [from, to] = await Promise.all([page.getByText("Ingresado desde").boundingBox(), page.getByText("Ingresado hasta").boundingBox()]);
    expect(Math.abs(from!.y - to!.y)).toBeLessThan(2);
    await expectAccessible(page);

    // The bulk bar appears with the first checked case and says how many there are.
    await page.goto("/casos/bandeja");
    const bar = page.getByRole("form", { name: "Acciones sobre los casos seleccionados" });
    await expect(bar).toBeHidden();
    const boxes = page.getByRole("checkbox", { name: /^Seleccionar SM-/ });
    for (let i = 0; i < 3; i++) await boxes.nth(i).check();
    await expect(bar).toBeVisible();
    await expect(announced(page)).toHaveText("3 casos seleccionados");
    await expect(bar.getByRole("button", { name: "Cambiar prioridad" })).toHaveAttribute("type", "submit");
    await expectAccessible(page);
  });

  test("«Seleccionar los 64 casos que coinciden» changes the 64 across pages, and reports the one changed meanwhile instead of changing it", async ({ page }) => {
    test.setTimeout(120_000);
    const { word, cases } = await insertCases(64);
    await signInAs(page, "Rodrigo");
    await page.goto(`/casos/bandeja?q=${word}`);
    await expect(page.getByRole("status").filter({ hasText: /^64 casos$/ })).toBeVisible();
    await page.getByRole("checkbox", { name: "Seleccionar todos los casos de esta página" }).check();
    await expect(announced(page)).toHaveText("25 casos seleccionados");
    await page.getByRole("button", { name: "Seleccionar los 64 casos que coinciden" }).click();
    await expect(announced(page)).toHaveText("64 casos seleccionados: todos los que coinciden");

    // Someone else changes one of them (on another page of the list) after the selection was made.
    const changed = cases[50];
    await query(`UPDATE "case" SET priority = 'URGENTE', version = version + 1, updated_at = now() WHERE id = $1`, [changed.id]);

    const bar = page.getByRole("form", { name: "Acciones sobre los casos seleccionados" });
    await bar.getByLabel("Prioridad").selectOption({ label: "Alta" });
    await bar.getByRole("button", { name: "Cambiar prioridad" }).click();
    const dialog = page.getByRole("dialog", { name: "¿Aplicar a los 64 casos que coinciden?" });
    await expect(dialog).toContainText("Cambiar su prioridad a alta.");
    await expect(dialog).toContainText(`Búsqueda: «${word}»`);
    await dialog.getByRole("button", { name: "Aplicar a 64 casos" }).click();

    await expect(bar.getByText("Se aplicó a 63 casos. No se aplicó a 1.")).toBeVisible({ timeout: 60_000 });
    const report = bar.getByRole("listitem").filter({ has: page.getByRole("link", { name: changed.folio }) }).first();
    await expect(report).toContainText("Cambió después de que usted hizo la selección; no se modificó.");
    await expect(report.getByRole("link", { name: changed.folio })).toHaveAttribute("href", `/casos/${changed.id}`);

    const rows = await query<{ priority: string; n: number }>(`SELECT priority::text, count(*)::int AS n FROM "case" WHERE summary = $1 GROUP BY 1 ORDER BY 1`, [`Consulta ${word}`]);
    expect(rows).toEqual([
      { priority: "ALTA", n: 63 },
      { priority: "URGENTE", n: 1 },
    ]);
    const audited = await query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'case.priority' AND entity_id = ANY($1)`, [cases.map((c) => c.id)]);
    expect(audited[0].n).toBe(63);
  });

  test("j, j and Enter open the second case; / goes to the search, where j is typed; ? lists the shortcuts", async ({ page }) => {
    await signInAs(page, "Rodrigo");
    await page.goto("/casos/bandeja");
    const second = page.getByRole("region", { name: /^Casos: / }).locator("tbody tr").nth(1).getByRole("link");
    const href = await second.getAttribute("href");
    await whenShortcutsReady(page);
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await expect(second).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(href!);

    await page.goto("/casos/bandeja");
    await whenShortcutsReady(page);
    await page.keyboard.press("/");
    const search = page.getByLabel("Buscar por folio, nombre o texto");
    await expect(search).toBeFocused();
    await expect(search).toHaveValue("");
    await page.keyboard.type("j");
    await expect(search).toHaveValue("j");
    await expect(search).toBeFocused();

    await page.locator("h1").click();
    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Atajos de teclado" });
    await expect(help).toBeVisible();
    await expect(help).toContainText("Ir al caso siguiente de la lista");
    await expect(help.getByRole("link", { name: "Preferencias" })).toHaveAttribute("href", "/preferencias#atajos");
    await expectAccessible(page);
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();
    await page.getByRole("button", { name: "Atajos de teclado" }).click();
    await expect(help).toBeVisible();
  });

  test("on a case, n goes to the note, t takes the case and u goes back to the inbox", async ({ page }) => {
    const { cases } = await insertCases(1);
    await signInAs(page, "Rodrigo");
    await page.goto(`/casos/${cases[0].id}`);
    await whenShortcutsReady(page);
    const panel = page.getByRole("region", { name: "Gestión SERMIG" });
    await page.keyboard.press("n");
    await expect(panel.getByLabel("Nota interna", { exact: true })).toBeFocused();
    await page.locator("h1").click();
    await page.keyboard.press("t");
    // Taken: Rodrigo is the person responsible, and the button to take it is gone.
    await expect(panel.page().getByRole("definition").filter({ hasText: "Rodrigo Sepúlveda Araya" })).toBeVisible();
    await expect(panel.getByRole("button", { name: "Asignármelo" })).toHaveCount(0);
    await page.locator("h1").click();
    await page.keyboard.press("u");
    await expect(page).toHaveURL(/\/casos\/bandeja$/);
  });

  test("with the shortcuts turned off in Preferencias, j does nothing", async ({ page }) => {
    // Fernanda, so Rodrigo's shortcuts stay on for the tests running beside this one.
    await signInAs(page, "Fernanda");
    try {
      await page.goto("/preferencias");
      const section = page.getByRole("region", { name: "Atajos de teclado" });
      await section.getByLabel("No, desactivarlos").check();
      await section.getByRole("button", { name: "Guardar preferencia de atajos" }).click();
      await expect(section.getByText("Guardamos su preferencia.")).toBeVisible();

      await page.goto("/casos/bandeja");
      await page.getByRole("button", { name: "Atajos de teclado" }).click();
      await expect(page.getByRole("dialog", { name: "Atajos de teclado" })).toContainText("Los atajos están desactivados");
      await page.keyboard.press("Escape");
      await expect(page.getByRole("dialog")).toHaveCount(0);
      // The page is live (the help opened); j and ? now do nothing: the focus stays on the help button.
      const button = page.getByRole("button", { name: "Atajos de teclado" });
      await expect(button).toBeFocused();
      await page.keyboard.press("j");
      await page.keyboard.press("?");
      await expect(button).toBeFocused();
      await expect(page.getByRole("dialog")).toHaveCount(0);
    } finally {
      await query(`UPDATE "user" SET keyboard_shortcuts = true WHERE run = '17333444-3'`);
    }
  });
});
