import type { Page } from "@playwright/test";
import { confirmInDialog, expect, expectAccessible, personPage, signInAs, test } from "./fixtures";
import { SAMPLE_PDF } from "./helpers/files";

async function submitPractice(page: Page, fields: { title: string; description: string; results: string; contact: string; line: string }, file = false) {
  await page.goto("/buenas-practicas/nueva");
  await page.getByLabel("Título").fill(fields.title);
  await page.getByLabel("Línea de acción").selectOption(fields.line);
  await page.getByLabel("Descripción").fill(fields.description);
  await page.getByLabel("Resultados").fill(fields.results);
  await page.getByLabel("Contacto").fill(fields.contact);
  if (file) await page.getByLabel("Archivo de apoyo (opcional)").setInputFiles({ name: "informe-huerto.pdf", mimeType: "application/pdf", buffer: SAMPLE_PDF });
  await page.getByRole("button", { name: "Enviar a revisión" }).click();
  await expect(page.getByRole("heading", { name: fields.title })).toBeVisible();
  return page.url();
}

const searchFor = async (page: Page, q: string) => {
  await page.goto(`/buenas-practicas?q=${encodeURIComponent(q)}`);
  return page.getByRole("region", { name: "Prácticas publicadas" });
};

test.describe("good practices", () => {
  test.setTimeout(180_000);

  test("Carolina submits, Rodrigo publishes, Matías finds it; before that it is invisible to other municipalities", async ({ browser }) => {
    const word = `Huerto${Date.now()}`;
    const title = `${word} comunitario intercultural`;
    const officer = await personPage(browser, "Carolina", 231);
    await officer.goto("/buenas-practicas/nueva");
    await expectAccessible(officer);
    // A mistake is shown next to its field.
    await officer.getByLabel("Título").fill(title);
    await officer.getByRole("button", { name: "Enviar a revisión" }).click();
    await expect(officer.getByText("Ingrese una descripción.")).toBeVisible();
    await expect(officer.getByLabel("Título")).toHaveValue(title);

    const url = await submitPractice(
      officer,
      { title, line: "ASOCIATIVIDAD_PARTICIPACION", description: "Vecinas y vecinos migrantes y chilenos cultivan juntos un huerto en una sede vecinal.", results: "Veinte familias participan cada semana.", contact: "Oficina de Migrantes de Melipilla" },
      true,
    );
    await expect(officer.getByText("En revisión")).toBeVisible();
    const fileHref = (await officer.getByRole("link", { name: "informe-huerto.pdf" }).getAttribute("href"))!;
    expect((await officer.request.get(fileHref)).status()).toBe(200);
    await expectAccessible(officer);

    // Antofagasta's officer: not in search, page and file are 404.
    const other = await personPage(browser, "Matías", 232);
    await expect((await searchFor(other, word)).getByText(title)).toHaveCount(0);
    await expect(other.getByText("No hay prácticas publicadas con esos criterios.")).toBeVisible();
    expect((await other.goto(url))!.status()).toBe(404);
    expect((await other.request.get(fileHref)).status()).toBe(404);

    // Rodrigo (RM) reviews and publishes.
    const coordinator = await personPage(browser, "Rodrigo", 233);
    await coordinator.goto("/buenas-practicas");
    await coordinator.getByRole("link", { name: title }).click();
    await expectAccessible(coordinator);
    await coordinator.getByRole("button", { name: "Publicar", exact: true }).click();
    await confirmInDialog(coordinator);
    await expect(coordinator.getByText("Publicada", { exact: true })).toBeVisible();

    // Now Matías finds it by a word without accent, and by line and region.
    const results = await searchFor(other, `${word} intercultural`);
    await expect(results.getByRole("link", { name: title })).toBeVisible();
    await other.goto(`/buenas-practicas?linea=ASOCIATIVIDAD_PARTICIPACION&region=13&q=${word}`);
    await expect(other.getByRole("link", { name: title })).toBeVisible();
    await other.goto(`/buenas-practicas?linea=CAPACITACIONES&q=${word}`);
    await expect(other.getByRole("link", { name: title })).toHaveCount(0);
    await other.goto(url);
    await expect(other.getByRole("heading", { name: title })).toBeVisible();
    expect((await other.request.get(fileHref)).status()).toBe(200);
    await expectAccessible(other);
  });

  test("hostile markup in a practice renders as inert text", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signInAs(page, "Carolina");
    const title = `<script>window.__pwned=1;alert("t")</script>Práctica hostil ${Date.now()}`;
    await submitPractice(page, {
      title,
      line: "INSTITUCIONALIDAD",
      description: `<img src=x onerror="window.__pwned=2;alert('d')"> <a href="javascript:alert('a')">enlace</a> <svg onload="alert('s')"></svg>`,
      results: `[clic](javascript:alert('md')) <iframe src="javascript:alert('i')"></iframe>`,
      contact: `javascript:alert('c') <b onmouseover="alert('b')">contacto</b>`,
    });
    const main = page.locator("main");
    // The markup is shown as the text that was typed.
    await expect(main.getByRole("region", { name: "Descripción" }).getByText(`<img src=x onerror="window.__pwned=2;alert('d')">`)).toBeVisible();
    await main.getByRole("region", { name: "Contacto" }).getByRole("paragraph").hover();
    const injected = await main.evaluate((root) => ({
      scripts: [...root.querySelectorAll("script")].filter((s) => s.textContent?.includes("__pwned")).length,
      handlers: [...root.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => a.name.startsWith("on"))).length,
      javascriptLinks: [...root.querySelectorAll("[href],[src]")].filter((el) => /^\s*javascript:/i.test(el.getAttribute("href") ?? el.getAttribute("src") ?? "")).length,
      frames: root.querySelectorAll("iframe, svg[onload], img[src=x]").length,
    }));
    expect(injected).toEqual({ scripts: 0, handlers: 0, javascriptLinks: 0, frames: 0 });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});
