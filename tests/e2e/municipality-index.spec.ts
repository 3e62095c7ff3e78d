import { expect, expectAccessible, signInAs, test } from "./fixtures";
import { query } from "./helpers/db";

const LINES = [
  ["INSTITUCIONALIDAD", "Institucionalidad"],
  ["CAPACITACIONES", "Capacitaciones"],
  ["POLITICAS_LOCALES", "Políticas públicas locales"],
  ["REGULARIDAD_MIGRATORIA", "Regularidad migratoria"],
  ["ASOCIATIVIDAD_PARTICIPACION", "Asociatividad y participación"],
] as const;

const progress = (approved: number, total: number) => (total === 0 ? "Sin acciones todavía" : `${approved} de ${total} ${total === 1 ? "acción aprobada" : "acciones aprobadas"}`);

test.describe("Mi municipalidad in sections", () => {
  test("the index shows each line's progress from the data, and following an entry moves focus to its heading", async ({ page }) => {
    const rows = await query<{ line: string; approved: number; total: number }>(
      `SELECT line::text AS line, count(*) FILTER (WHERE review = 'APPROVED')::int AS approved, count(*)::int AS total
         FROM commitment_action WHERE municipality_code = '13501' GROUP BY line`,
    );
    await page.setViewportSize({ width: 1280, height: 800 });
    await signInAs(page, "Carolina");
    await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Mi municipalidad" }).click();
    const index = page.getByRole("navigation", { name: "En esta página" });
    await expect(index).toBeVisible();

    for (const [i, [code, title]] of LINES.entries()) {
      const figures = rows.find((r) => r.line === code) ?? { approved: 0, total: 0 };
      await expect(index.getByRole("link", { name: new RegExp(`^${i + 1}\\. ${title}`) })).toContainText(progress(figures.approved, figures.total));
    }
    await expect(index.getByRole("link", { name: /^Adhesión al Sello/ })).toContainText("En implementación");

    // By keyboard: the entry's Enter lands on the line's heading, which a screen reader then reads.
    const entry = index.getByRole("link", { name: /^4\. Regularidad migratoria/ });
    await entry.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#linea-REGULARIDAD_MIGRATORIA$/);
    await expect(page.getByRole("heading", { name: "4. Regularidad migratoria" })).toBeFocused();
    await page.keyboard.press("Tab");
    // Tab goes on from the line, not from the top of the page.
    expect(await page.evaluate(() => document.activeElement?.closest("section")?.getAttribute("aria-labelledby"))).toBe("linea-REGULARIDAD_MIGRATORIA");

    // On a wide screen the index stays in view, whole, while the page scrolls far below its place.
    await index.getByRole("link", { name: /^Persona o unidad designada/ }).click();
    await expect(page.getByRole("heading", { name: "Persona o unidad designada" })).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1500);
    const box = await index.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(800);
    await expectAccessible(page);
  });

  test("on a phone the index comes first, before the adhesion, and the page does not scroll sideways", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(page, "Carolina");
    await page.goto("/municipalidades/13501");
    const index = page.getByRole("navigation", { name: "En esta página" });
    const adhesion = page.getByRole("region", { name: "Adhesión al Sello Migrante" });
    expect((await index.boundingBox())!.y).toBeLessThan((await adhesion.boundingBox())!.y);
    await index.getByRole("link", { name: /^Persona o unidad designada/ }).click();
    await expect(page.getByRole("heading", { name: "Persona o unidad designada" })).toBeFocused();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectAccessible(page);
  });
});
