import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Page } from "@playwright/test";
import { localStoreDir } from "@/lib/files/local-store";
import { confirmInDialog, expect, expectAccessible, personPage, test } from "./fixtures";
import { query } from "./helpers/db";

const PERSON = "Persona Ficticia Comprobante";
const MB = 1024 * 1024;

/** A consultation filled in full, without a file. */
async function fillConsultation(page: Page, summary: string) {
  await page.getByLabel("Tipo de caso", { exact: true }).selectOption({ label: "Consulta u otro" });
  await page.getByLabel("Resumen", { exact: true }).fill(summary);
  await page.getByLabel("Descripción de la situación", { exact: true }).fill("La persona consulta qué documentos necesita para regularizar su situación migratoria.");
  const person = page.getByRole("group", { name: "Persona 1" });
  await person.getByLabel("Nombre completo", { exact: true }).fill(PERSON);
  await person.getByLabel("Relación con el caso", { exact: true }).selectOption({ label: "Persona afectada" });
  await person.getByLabel("Documento", { exact: true }).selectOption({ label: "Sin documento" });
  await page.getByRole("group", { name: "¿La persona consintió en que sus datos se compartan con SERMIG?" }).getByLabel("La persona consintió en que sus datos se compartan con SERMIG", { exact: true }).check();
}

/**
 * What a refused filing could have left behind, counted so that other specs filing at the same time do
 * not count: rows carrying this test's summary, person and file name, and any blob over the 10 MB limit.
 */
async function written(summary: string, fileName: string) {
  const count = async (sql: string, value: string) => (await query<{ n: number }>(sql, [value]))[0].n;
  const dir = localStoreDir();
  const blobs = await readdir(dir).catch(() => [] as string[]);
  const sizes = await Promise.all(blobs.map(async (name) => (await stat(path.join(dir, name)).catch(() => null))?.size ?? 0));
  return {
    cases: await count(`SELECT count(*)::int AS n FROM "case" WHERE summary = $1`, summary),
    people: await count(`SELECT count(*)::int AS n FROM case_participant p JOIN "case" c ON c.id = p.case_id WHERE c.summary = $1`, summary),
    files: await count(`SELECT count(*)::int AS n FROM stored_file WHERE original_name = $1`, fileName),
    oversizeBlobs: sizes.filter((size) => size > 10 * MB).length,
  };
}

/** Pages of a PDF, counted from its page objects (Chromium writes one `/Type /Page` per page). */
const pdfPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

test.describe("the case form never loses or misfiles anything", () => {
  test.setTimeout(120_000);

  test("a 30 MB file holds the whole case back with the typed values kept; without it the case is filed and its comprobante prints on one A4 page", async ({ browser }) => {
    const officer = await personPage(browser, "Carolina", 251);
    // The form's timers (its autosave) run only when the test says so: what is written is what the test did.
    await officer.clock.install();
    await officer.clock.pauseAt(Date.now() + 1000);
    await officer.goto("/casos/nuevo");
    const summary = `Consulta por documentos ${Date.now()}`;
    await fillConsultation(officer, summary);
    const fileField = officer.getByLabel("Adjuntar un archivo (opcional)", { exact: true });
    const fileName = `informe-${Date.now()}.pdf`;
    await fileField.setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: Buffer.alloc(30 * MB, 0x25) });
    await expect(officer.getByText("El archivo pesa 30 MB y el máximo es 10 MB. Quítelo o elija uno más pequeño.")).toBeVisible();
    await expect(fileField).toHaveAttribute("aria-invalid", "true");
    const nothing = { cases: 0, people: 0, files: 0, oversizeBlobs: 0 };
    expect(await written(summary, fileName)).toEqual(nothing);

    await officer.getByRole("button", { name: "Ingresar caso a SERMIG" }).click();
    const errors = officer.getByRole("heading", { name: "Hay 1 error en el formulario" });
    await expect(errors).toBeVisible();
    await expect(officer.getByRole("dialog")).toHaveCount(0);
    await expect(officer.locator("div[tabindex='-1']", { has: errors })).toBeFocused();
    expect(await written(summary, fileName)).toEqual(nothing);
    await expect(officer.getByLabel("Resumen", { exact: true })).toHaveValue(summary);
    await expect(officer.getByRole("group", { name: "Persona 1" }).getByLabel("Nombre completo", { exact: true })).toHaveValue(PERSON);
    // The accessibility scan needs the page's timers; from here an autosave may run, and filing goes on from its draft.
    await officer.clock.resume();
    await expectAccessible(officer);

    // Removed, the file no longer holds anything back; the question says what will happen and what is missing.
    await officer.getByRole("button", { name: /^Quitar archivo/ }).click();
    await expect(officer.getByText(/El archivo pesa 30 MB/)).toHaveCount(0);
    await officer.getByRole("button", { name: "Ingresar caso a SERMIG" }).click();
    const dialog = officer.getByRole("dialog");
    await expect(dialog).toContainText("El caso se enviará a la coordinación regional de SERMIG de la Región Metropolitana de Santiago");
    await expect(dialog).toContainText("no podrá editarlo");
    await expect(dialog.getByText("Sin archivos adjuntos")).toBeVisible();
    await confirmInDialog(officer);
    await expect(officer).toHaveURL(/\/casos\/[0-9a-f-]{36}\?ingresado=1$/);
    const folio = (await officer.getByRole("heading", { level: 1 }).textContent())!.replace("Caso ", "");
    await expect(officer.getByRole("status").filter({ hasText: "Caso ingresado" })).toContainText(`Caso ingresado con el folio ${folio}, sin archivos adjuntos.`);
    expect(await written(summary, fileName)).toEqual({ ...nothing, cases: 1, people: 1 });

    await officer.getByRole("link", { name: "Ver e imprimir el comprobante de ingreso" }).click();
    await expect(officer.getByRole("heading", { level: 1, name: "Comprobante de ingreso" })).toBeVisible();
    const receipt = officer.getByRole("article");
    await expect(receipt).toContainText(folio);
    await expect(receipt).toContainText("Consulta u otro");
    await expect(receipt).toContainText("Melipilla");
    await expect(officer.getByRole("region", { name: "Contacto en SERMIG" })).toBeVisible();
    await expectAccessible(officer);
    const page = await officer.content();
    for (const secret of [PERSON, summary, "documentos necesita"]) expect(page).not.toContain(secret);
    const pdf = await officer.pdf({ format: "A4" });
    expect(pdfPages(pdf)).toBe(1);
    expect(pdf.toString("latin1")).not.toContain("Ficticia");

    // Another municipality's officer gets the same 404 as for a case that does not exist.
    const outsider = await personPage(browser, "Javiera", 252);
    expect((await outsider.goto(new URL(officer.url()).pathname))?.status()).toBe(404);
  });

  test("the draft saves itself a few seconds after the last change, and filing goes on from that draft", async ({ browser }) => {
    const officer = await personPage(browser, "Carolina", 253);
    await officer.clock.install();
    await officer.clock.pauseAt(Date.now() + 1000);
    await officer.goto("/casos/nuevo");
    const summary = `Guardado solo ${Date.now()}`;
    await fillConsultation(officer, summary);
    await expect(officer.getByText("Hay cambios sin guardar: el borrador se guardará en unos segundos.")).toBeVisible();
    expect(await query(`SELECT 1 FROM "case" WHERE summary = $1`, [summary])).toHaveLength(0);
    await officer.clock.runFor(5_000);
    // Said once on screen and once to screen readers (only what was saved, not every keystroke's "unsaved").
    await expect(officer.locator("[aria-live=polite]").filter({ hasText: "Borrador guardado" })).toHaveText(/^Borrador guardado a las \d{2}:\d{2}\.$/);
    await expect(officer).toHaveURL(/\/casos\/[0-9a-f-]{36}\/editar$/);
    const [draft] = await query<{ id: string; status: string; version: number }>(`SELECT id, status, version FROM "case" WHERE summary = $1`, [summary]);
    expect(draft).toMatchObject({ status: "BORRADOR", version: 1 });

    await officer.getByLabel("Resumen", { exact: true }).fill(`${summary} y algo más`);
    await officer.clock.runFor(5_000);
    await expect.poll(async () => (await query<{ version: number }>(`SELECT version FROM "case" WHERE id = $1`, [draft.id]))[0].version).toBe(2);
    // The router's navigation after filing needs the page's timers again.
    await officer.clock.resume();

    await officer.getByRole("button", { name: "Ingresar caso a SERMIG" }).click();
    await confirmInDialog(officer);
    await expect(officer).toHaveURL(new RegExp(`/casos/${draft.id}\\?ingresado=1$`));
    expect(await query(`SELECT status FROM "case" WHERE summary LIKE $1`, [`${summary}%`])).toEqual([{ status: "INGRESADO" }]);
  });

  test("after an empty submit the error summary has focus and each of its links takes the keyboard to its field", async ({ browser }) => {
    const officer = await personPage(browser, "Carolina", 254);
    await officer.goto("/casos/nuevo");
    const description = officer.getByLabel("Descripción de la situación", { exact: true });
    await description.fill("x".repeat(100_000));
    await expect(description).toHaveValue("x".repeat(8000));
    await expect(officer.getByText("8.000 de 8.000 caracteres")).toBeVisible();
    await description.fill("");

    await officer.getByRole("button", { name: "Ingresar caso a SERMIG" }).focus();
    await officer.keyboard.press("Enter");
    const box = officer.locator("div[tabindex='-1']", { has: officer.getByRole("heading", { name: /^Hay \d+ errores en el formulario$/ }) });
    await expect(box).toBeFocused();
    await expect(officer.getByLabel("Tipo de caso", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(officer.getByText("Elija el tipo de caso.")).toBeVisible();
    const links = box.getByRole("link");
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(5);
    await expect(links.first()).toHaveText("Tipo de caso");
    for (let i = 0; i < count; i++) {
      await box.focus();
      for (let tab = 0; tab <= i; tab++) await officer.keyboard.press("Tab");
      const href = await officer.evaluate(() => document.activeElement?.getAttribute("href"));
      expect(href).toBe(await links.nth(i).getAttribute("href"));
      await officer.keyboard.press("Enter");
      const focused = await officer.evaluate(() => ({ id: document.activeElement?.id, invalid: document.activeElement?.getAttribute("aria-invalid") }));
      expect(focused).toEqual({ id: href!.slice(1), invalid: "true" });
    }
    await expectAccessible(officer);

    // Fixed, a field's error goes away at once, and the summary counts one fewer.
    await officer.getByLabel("Resumen", { exact: true }).fill("Consulta por documentos");
    await expect(officer.getByLabel("Resumen", { exact: true })).not.toHaveAttribute("aria-invalid", "true");
    await expect(officer.getByText("Escriba un resumen del caso (al menos 5 caracteres).")).toHaveCount(0);
    await expect(links).toHaveCount(count - 1);
  });
});
