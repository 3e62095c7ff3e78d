import AxeBuilder from "@axe-core/playwright";
import { test as base, type Browser, expect, type Page } from "@playwright/test";

/** Sign-in passes through the ClaveÚnica simulator; nothing else may be contacted. */
const identityOrigin = process.env.AUTH_CLAVEUNICA_ISSUER ? new URL(process.env.AUTH_CLAVEUNICA_ISSUER).origin : null;

let nextAddress = Math.floor(Math.random() * 200);

/**
 * Every test checks two things on every page it visits: no request leaves the portal (fonts, scripts
 * and data are all served by it, so personal data never reaches a third party), and the browser
 * reports no Content-Security-Policy violation. Each test also signs in from an address of its own
 * (the suite stands where a reverse proxy would), so the sign-in rate limit counts tests apart.
 */
export const test = base.extend<{ guards: void }>({
  extraHTTPHeaders: async ({}, use) => {
    nextAddress = (nextAddress + 1) % 250;
    await use({ "x-forwarded-for": `198.51.100.${nextAddress + 1}` });
  },
  guards: [
    async ({ page, baseURL }, use) => {
      const allowed = new Set([new URL(baseURL!).origin, ...(identityOrigin ? [identityOrigin] : [])]);
      const foreign: string[] = [];
      const cspViolations: string[] = [];
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith("data:") && !url.startsWith("blob:") && !allowed.has(new URL(url).origin)) foreign.push(url);
      });
      page.on("console", (message) => {
        if (message.text().includes("Content Security Policy")) cspViolations.push(message.text());
      });
      await use();
      expect(foreign, "peticiones a otros orígenes").toEqual([]);
      expect(cspViolations, "violaciones de la política de seguridad de contenido").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, "violaciones WCAG 2.1 AA").toEqual([]);
}

/** Signs in through the ClaveÚnica simulator as the demo person whose name starts with `name`. */
/** Confirms the step in the portal's confirmation dialog, which the last click must have opened. */
export async function confirmInDialog(page: Page) {
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button").filter({ hasNotText: "Cancelar" }).click();
  await expect(dialog).toHaveCount(0);
}

export async function signInAs(page: Page, name: string) {
  await page.goto("/ingresar");
  await page.getByRole("button", { name: "Ingresar con ClaveÚnica" }).click();
  await page.getByRole("button", { name: new RegExp(`^Ingresar como ${name}`) }).click();
}

/** Signs in with a RUN typed in the simulator (for people not in its list). */
export async function signInWithRun(page: Page, run: string) {
  await page.goto("/ingresar");
  await page.getByRole("button", { name: "Ingresar con ClaveÚnica" }).click();
  await page.getByLabel("RUN").fill(run);
  await page.getByRole("button", { name: "Ingresar con este RUN" }).click();
}

/**
 * A person signed in in a browser context of their own, from their own client address (the suite's
 * server trusts the test runner as its proxy): rate limits and audit rows stay apart between people.
 */
export async function personPage(browser: Browser, name: string, address: number): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${address}` } });
  const page = await context.newPage();
  await signInAs(page, name);
  await expect(page).toHaveURL(/\/inicio$/);
  return page;
}
