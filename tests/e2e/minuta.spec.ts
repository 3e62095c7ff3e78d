import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { confirmInDialog, expect, expectAccessible, signInAs, test } from "./fixtures";
import { query } from "./helpers/db";

const DIR = path.resolve("prisma/data/territory");
const csv = (file: string): Record<string, string>[] => parse(fs.readFileSync(path.join(DIR, file)), { columns: true, skip_empty_lines: true });
const row = (file: string, code: string) => csv(file).find((r) => r.comuna_code === code);
const es = (value: string | number) => new Intl.NumberFormat("es-CL").format(Number(value));

// The import at the end changes what the minuta shows, so these run in order.
test.describe.configure({ mode: "serial" });

test.describe("comuna minuta", () => {
  test("Carolina opens Melipilla's minuta from her home and reads the figures of the reference files", async ({ page }) => {
    await signInAs(page, "Carolina");
    await page.getByRole("link", { name: "Minuta estadística de la comuna", exact: true }).click();
    await expect(page).toHaveURL(/\/minutas\/13501$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Minuta estadística: comuna de Melipilla");

    const census = row("poblacion_censo2017_comunas.csv", "13501")!;
    const foreign = row("extranjeros_estimacion_comunas_2018_2022.csv", "13501")!;
    const permits = row("residencias_sermig_2023_comunas.csv", "13501")!;
    const expected: [string, string, string][] = [
      ["POPULATION_TOTAL", "2017", census.poblacion_total],
      ["POPULATION_MEN", "2017", census.hombres],
      ["POPULATION_WOMEN", "2017", census.mujeres],
      ["FOREIGN_RESIDENTS_ESTIMATE", "2022", foreign.estimacion_2022],
      ["TEMPORARY_RESIDENCE_APPLICATIONS", "2023", permits.rt_solicitudes_acogidas],
      ["TEMPORARY_RESIDENCE_GRANTS", "2023", permits.rt_otorgadas],
      ["DEFINITIVE_RESIDENCE_APPLICATIONS", "2023", permits.rd_solicitudes_acogidas],
      ["DEFINITIVE_RESIDENCE_GRANTS", "2023", permits.rd_otorgadas],
    ];
    for (const [indicator, year, value] of expected) {
      const line = page.locator(`tr[data-indicator="${indicator}"]`);
      await expect(line.getByRole("cell").first(), indicator).toHaveText(year);
      await expect(line.getByTestId("valor-comuna"), indicator).toHaveText(es(value));
    }
    const national = csv("poblacion_censo2017_comunas.csv").reduce((n, r) => n + Number(r.poblacion_total), 0);
    await expect(page.locator('tr[data-indicator="POPULATION_TOTAL"]')).toContainText(es(national));
    // The estimate is published for 42 comunas only: the national sum says so instead of passing for the total.
    await expect(page.locator('tr[data-indicator="FOREIGN_RESIDENTS_ESTIMATE"]')).toContainText("solo 42 de 346 comunas");
    await expect(page.getByText("Instituto Nacional de Estadísticas (INE), «Censo de Población y Vivienda 2017», cifras de 2017.")).toBeVisible();
    await expect(page.getByText("Casos ingresados")).toBeVisible();
    await expectAccessible(page);
  });

  test("the print view is a clean A4 document of at most two pages", async ({ page }, testInfo) => {
    await signInAs(page, "Carolina");
    await page.goto("/minutas/13501");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Descargar PDF" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Principal" })).toBeHidden();
    await expect(page.getByRole("contentinfo").filter({ hasText: "Programa del Departamento de Inclusión" })).toBeHidden();
    await expect(page.getByText(/^Minuta emitida el \d{2}-\d{2}-\d{4}/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Fuentes" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("minuta-print.png"), fullPage: true });

    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    fs.writeFileSync(testInfo.outputPath("minuta.pdf"), pdf);
  });

  for (const [who, status] of [
    ["Javiera", 404],
    ["Fernanda", 404],
    ["Andrea", 200],
  ] as const) {
    test(`${who} ${status === 200 ? "opens" : "gets a 404 for"} Melipilla's minuta, and the comuna page links to it only if it opens`, async ({ page }) => {
      await signInAs(page, who);
      expect((await page.goto("/minutas/13501"))?.status()).toBe(status);
      await page.goto("/comunas/13501");
      await expect(page.getByRole("link", { name: /^Minuta estadística de la comuna/ })).toHaveCount(status === 200 ? 1 : 0);
      if (status === 200) {
        await page.goto("/minutas/13501");
        await expectAccessible(page);
        expect((await page.goto("/minutas/99999"))?.status()).toBe(404);
      }
    });
  }

  test("the admin imports: an unknown comuna blocks the file, a clean file updates the minuta", async ({ page }, testInfo) => {
    const alias = csv("comuna_aliases.csv").find((a) => a.alias === "Los Angeles")!;
    const counts = async () => (await query<{ stats: number; datasets: number }>(`SELECT (SELECT count(*) FROM comuna_stat)::int AS stats, (SELECT count(*) FROM stat_dataset)::int AS datasets`))[0];
    const before = await counts();

    await signInAs(page, "Andrea");
    await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Administración", exact: true }).click();
    await page.getByRole("main").getByRole("link", { name: "Estadísticas", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Importar estadísticas comunales");
    await expectAccessible(page);

    const upload = async (name: string, body: string) => {
      await page.goto("/admin/estadisticas/importar");
      await page.getByLabel("Indicador", { exact: true }).selectOption("DEFINITIVE_RESIDENCE_GRANTS");
      await page.getByLabel("Año de las cifras", { exact: true }).fill("2024");
      await page.getByLabel("Título del conjunto de datos", { exact: true }).fill("Residencias definitivas otorgadas 2024");
      await page.getByLabel("Quién lo publica", { exact: true }).fill("Servicio Nacional de Migraciones (SERMIG), datos abiertos");
      await page.getByLabel("Columna con el nombre de la comuna", { exact: true }).fill("COMUNA");
      await page.getByLabel("Columna con la cifra", { exact: true }).fill("Otorgadas");
      await page.getByLabel("Archivo CSV", { exact: true }).setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(body, "utf8") });
      await page.getByRole("button", { name: "Ver vista previa" }).click();
      await expect(page).toHaveURL(/carga=/);
    };

    await upload("con-error.csv", `COMUNA;Otorgadas\nMelipilla;1.234\n${alias.alias};2.001\nComuna de Fantasía;15\n`);
    await expect(page.getByRole("alert").filter({ hasText: "No se puede importar este archivo: no se ha importado nada." })).toBeVisible();
    const problem = page.getByTestId("fila-problema");
    await expect(problem).toHaveCount(1);
    await expect(problem.getByRole("cell").nth(0)).toHaveText("4");
    await expect(problem.getByRole("cell").nth(1)).toHaveText("Comuna de Fantasía");
    const aliasRow = page.getByTestId("fila-reconocida").filter({ hasText: alias.alias });
    await expect(aliasRow).toContainText(alias.comuna_code);
    await expect(aliasRow).toContainText("2.001");
    await expect(page.getByRole("button", { name: "Confirmar e importar" })).toHaveCount(0);
    await expectAccessible(page);
    await page.screenshot({ path: testInfo.outputPath("import-unmatched.png"), fullPage: true });
    expect(await counts()).toEqual(before);

    await upload("limpio.csv", `COMUNA;Otorgadas\nMelipilla;1.234\n${alias.alias};2.001\nÑuñoa;-\n`);
    await expect(page.getByText("Todas las filas se reconocieron. Revise las cifras y confirme.")).toBeVisible();
    await page.getByRole("button", { name: "Confirmar e importar" }).click();
    await confirmInDialog(page);
    await expect(page.getByRole("status").filter({ hasText: "Importación completa." })).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: testInfo.outputPath("import-done.png"), fullPage: true });
    expect(await counts()).toEqual({ stats: before.stats + 346, datasets: before.datasets + 1 });

    await page.goto("/minutas/13501");
    const line = page.locator('tr[data-indicator="DEFINITIVE_RESIDENCE_GRANTS"]');
    await expect(line.getByRole("cell").first()).toHaveText("2024");
    await expect(line.getByTestId("valor-comuna")).toHaveText("1.234");
    await expect(page.getByText("«Residencias definitivas otorgadas 2024», cifras de 2024.")).toBeVisible();
  });
});
