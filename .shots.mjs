import { chromium } from "@playwright/test";
const base = "http://localhost:3202";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
async function as(name) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "es-CL" });
  await page.goto(base + "/ingresar");
  await page.getByRole("button", { name: "Ingresar con ClaveÚnica" }).click();
  await page.getByRole("button", { name: new RegExp(`^Ingresar como ${name}`) }).click();
  await page.waitForURL(/inicio/);
  return page;
}
const which = process.argv[2] ?? "minuta";
if (which === "minuta") {
  const page = await as("Carolina");
  await page.goto(base + "/minutas/13501");
  await page.screenshot({ path: "/tmp/minuta-shots/minuta-screen.png", fullPage: true });
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: "/tmp/minuta-shots/minuta-print.png", fullPage: true });
  await page.pdf({ path: "/tmp/minuta-shots/minuta.pdf", format: "A4" });
  await page.setViewportSize({ width: 690, height: 1000 });
  await page.screenshot({ path: "/tmp/minuta-shots/minuta-print-a4.png", fullPage: true });
}
if (which === "import") {
  const page = await as("Andrea");
  await page.goto(base + "/admin/estadisticas/importar");
  await page.screenshot({ path: "/tmp/minuta-shots/import-empty.png", fullPage: true });
  const fill = async (file) => {
    await page.goto(base + "/admin/estadisticas/importar");
    await page.getByLabel("Indicador", { exact: true }).selectOption("DEFINITIVE_RESIDENCE_GRANTS");
    await page.getByLabel("Año de las cifras", { exact: true }).fill("2024");
    await page.getByLabel("Título del conjunto de datos", { exact: true }).fill("Residencias definitivas otorgadas 2024");
    await page.getByLabel("Quién lo publica", { exact: true }).fill("Servicio Nacional de Migraciones (SERMIG), datos abiertos");
    await page.getByLabel("Columna con la cifra", { exact: true }).fill("Otorgadas 2024");
    await page.getByLabel("Archivo CSV", { exact: true }).setInputFiles(file);
    await page.getByRole("button", { name: "Ver vista previa" }).click();
    await page.waitForURL(/carga=/);
  };
  // field error first
  await page.getByRole("button", { name: "Ver vista previa" }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: "/tmp/minuta-shots/import-errors.png", fullPage: true });
  await fill("/tmp/minuta-shots/bad.csv");
  await page.screenshot({ path: "/tmp/minuta-shots/import-bad.png", fullPage: true });
  await fill("/tmp/minuta-shots/good.csv");
  await page.screenshot({ path: "/tmp/minuta-shots/import-good.png", fullPage: true });
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Confirmar e importar" }).click();
  await page.getByText("Importación completa.").waitFor();
  await page.screenshot({ path: "/tmp/minuta-shots/import-done.png", fullPage: true });
  await page.goto(base + "/minutas/13501");
  await page.screenshot({ path: "/tmp/minuta-shots/minuta-after.png", fullPage: true });
}
await browser.close();
