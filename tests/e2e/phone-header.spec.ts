import type { Page } from "@playwright/test";
import { expect, expectAccessible, signInAs, test } from "./fixtures";

const PERSONS = [
  { who: "the municipal officer", name: "Carolina", home: "/inicio" },
  { who: "the regional coordinator", name: "Rodrigo", home: "/inicio" },
  { who: "the national admin", name: "Andrea", home: "/inicio" },
  { who: "an anonymous visitor", name: null, home: "/" },
];

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

const nav = (page: Page) => page.getByRole("navigation", { name: "Principal" });
const menuButton = (page: Page) => page.getByRole("button", { name: "Menú" });

async function linksOf(page: Page) {
  return nav(page)
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => `${link.textContent?.trim()} ${link.getAttribute("href")}`));
}

for (const person of PERSONS) {
  test.describe(`header for ${person.who}`, () => {
    test("at 390×844 it takes one short bar, the menu folds into a button that works by keyboard and reaches every link", async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      if (person.name) await signInAs(page, person.name);
      await page.goto(person.home);
      const desktopLinks = await linksOf(page);
      expect(desktopLinks.length).toBeGreaterThan(2);

      await page.setViewportSize(PHONE);
      await page.goto(person.home);
      const header = page.getByRole("banner");
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(120);
      await expect(nav(page)).toBeHidden();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

      const button = menuButton(page);
      await expect(button).toHaveAttribute("aria-expanded", "false");
      const panelId = await button.getAttribute("aria-controls");
      expect(panelId).toBeTruthy();
      await expect(page.locator(`[id="${panelId}"]`)).toBeHidden();

      // Enter opens; every link of the desktop menu is there and reachable with Tab, in order.
      await button.focus();
      await page.keyboard.press("Enter");
      await expect(button).toHaveAttribute("aria-expanded", "true");
      await expect(page.locator(`[id="${panelId}"]`)).toBeVisible();
      expect(await linksOf(page)).toEqual(desktopLinks);
      const links = nav(page).getByRole("link");
      for (let i = 0; i < desktopLinks.length; i++) {
        await page.keyboard.press("Tab");
        await expect(links.nth(i)).toBeFocused();
      }
      if (person.name) await expect(page.locator(`[id="${panelId}"]`).getByRole("button", { name: "Salir" })).toBeVisible();
      await expectAccessible(page);

      // Escape closes from inside the menu and puts focus back on the button.
      await page.keyboard.press("Escape");
      await expect(button).toHaveAttribute("aria-expanded", "false");
      await expect(nav(page)).toBeHidden();
      await expect(button).toBeFocused();

      // Space opens it too; following a link leaves the new page with the menu folded.
      await page.keyboard.press("Space");
      await expect(button).toHaveAttribute("aria-expanded", "true");
      const last = links.last();
      const href = await last.getAttribute("href");
      await last.click();
      await expect(page).toHaveURL(new RegExp(`${href!.replace(/[/?]/g, "\\$&")}$`));
      await expect(button).toHaveAttribute("aria-expanded", "false");
      await expect(nav(page)).toBeHidden();
    });

    test("at 1280×800 the menu is shown and there is no menu button", async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      if (person.name) await signInAs(page, person.name);
      await page.goto(person.home);
      await expect(nav(page)).toBeVisible();
      await expect(menuButton(page)).toBeHidden();
      if (person.name) await expect(page.getByRole("button", { name: "Salir" })).toBeVisible();
      else await expect(page.getByRole("link", { name: "Ingresar", exact: true })).toBeVisible();
    });
  });
}
