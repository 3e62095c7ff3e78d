import { expect, signInAs, test } from "./fixtures";

// WCAG 1.4.10: at 320 CSS px nothing scrolls sideways except data tables inside their own frame.
const PAGES = ["/minutas/13501", "/municipalidades/13501", "/contactos", "/tablero", "/tablero/mapa", "/casos/bandeja", "/admin/auditoria"];

test.use({ viewport: { width: 320, height: 800 } });

test("pages reflow at 320 px without sideways scrolling", async ({ page }) => {
  await signInAs(page, "Andrea");
  const overflow: Record<string, number> = {};
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    overflow[path] = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }
  expect(overflow).toEqual(Object.fromEntries(PAGES.map((path) => [path, 0])));
});
