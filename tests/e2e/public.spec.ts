import { expect, expectAccessible, test } from "./fixtures";

test.describe("public site", () => {
  test("home explains the programme and its five lines of action", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Sello Migrante" })).toBeVisible();
    const lines = page.getByRole("region", { name: "Las cinco líneas de acción" }).getByRole("article");
    await expect(lines).toHaveCount(5);
    await expect(lines.first()).toContainText("Institucionalidad");
    await expect(page.getByRole("heading", { name: "Qué recibe la municipalidad" })).toBeVisible();
    await expectAccessible(page);
  });

  test("a person filters the comunas of the Región Metropolitana and opens Melipilla", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Comunas" }).click();
    await page.getByLabel("Región", { exact: true }).selectOption({ label: "Región Metropolitana de Santiago" });
    await page.getByRole("button", { name: "Buscar" }).click();
    await expect(page.getByRole("status")).toHaveText("52 comunas en la Región Metropolitana de Santiago");
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(26);
    await expectAccessible(page);

    await page.getByRole("link", { name: "Siguiente →" }).click();
    await expect(page.getByText("Página 2 de 3", { exact: true })).toBeVisible();
    await page.getByRole("link", { name: "Melipilla", exact: true }).click();

    await expect(page).toHaveURL(/\/comunas\/13501$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Melipilla");
  });

  test("searching without accents finds the comuna", async ({ page }) => {
    await page.goto("/comunas");
    await page.getByLabel("Nombre de la comuna").fill("nunoa");
    await page.getByRole("button", { name: "Buscar" }).click();
    await expect(page.getByRole("status")).toHaveText("1 comuna que coincide con «nunoa»");
    await expect(page.getByRole("link", { name: "Ñuñoa" })).toBeVisible();
  });

  test("the comuna page shows official codes and statistics with their sources", async ({ page }) => {
    await page.goto("/comunas/13501");
    await expect(page.getByText("13501", { exact: true })).toBeVisible();
    const census = page.getByRole("region", { name: "Población (Censo 2017)" });
    await expect(census).toContainText("123.627");
    await expect(census).toContainText("Instituto Nacional de Estadísticas");
    await expect(page.getByRole("region", { name: /Personas extranjeras/ })).toContainText("12.296");
    await expectAccessible(page);

    await page.goto("/comunas/13502");
    await expect(page.getByRole("region", { name: /Personas extranjeras/ })).toContainText("No publicado (menos de 10.000)");
  });

  test("browsing region → province → comuna", async ({ page }) => {
    await page.goto("/comunas");
    await page.getByRole("link", { name: /Región de Magallanes/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Región de Magallanes y de la Antártica Chilena");
    await page.getByRole("region", { name: /Provincia de Antártica Chilena/ }).getByRole("link", { name: "Antártica" }).click();
    await expect(page.getByText("Administrada por la Municipalidad de")).toBeVisible();
    await expectAccessible(page);
  });

  for (const path of ["/comunas/99999", "/comunas/abc", "/comunas/region/99", "/no-existe"]) {
    test(`${path} answers with the Spanish 404 page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "No encontramos esta página" })).toBeVisible();
      await expectAccessible(page);
    });
  }

  test("works on a phone screen", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/comunas?region=13");
    await expect(page.getByRole("link", { name: "Alhué" })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
