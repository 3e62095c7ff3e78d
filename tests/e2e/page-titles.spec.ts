import type { Locator, Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

type Seen = { heading: string; title: string };

/**
 * Runs in every document before the portal's scripts: each time the visible h1 appears or changes, it
 * notes the title the document has at that same instant, and it notes any moment the parsed document
 * has no title at all. A screen reader announces the page by its title right after a navigation, and
 * an accessibility scan may run at any moment, so a heading that shows before its title, or a page
 * between two others without one, is the bug this catches. The log lives in the document: a
 * navigation that is not client-side empties it, and that shows too.
 */
function recordHeadings() {
  const seen: Seen[] = [];
  Object.assign(window, { __headings: seen });
  let lastHeading = "";
  let untitled = false;
  const note = () => {
    // While the HTML parser is still streaming a full page in, an h1 may hold only part of its text
    // ("Hola," before "Rodrigo"): that page is noted once parsed. Client-side navigations happen
    // after that and are noted at the instant their heading shows.
    if (document.readyState === "loading") return;
    const heading = Array.from(document.querySelectorAll("h1"))
      .filter((h1) => h1.checkVisibility())
      .map((h1) => (h1.textContent ?? "").trim())
      .join(" | ");
    const title = document.title;
    if (heading && heading !== lastHeading) seen.push({ heading, title });
    else if (!title && !untitled) seen.push({ heading, title });
    lastHeading = heading;
    untitled = !title;
  };
  new MutationObserver(note).observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener("DOMContentLoaded", note);
}

const headings = (page: Page) => page.evaluate(() => (window as unknown as { __headings: Seen[] }).__headings);

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

/** Follows a link and waits for the next page's heading; what the title was then is in the log. */
async function follow(page: Page, link: Locator, heading: string) {
  await link.click();
  await expect(h1(page)).toHaveText(heading);
}

const nav = (page: Page, name: string) => page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name, exact: true });
const titled = (title: string) => `${title} · Sello Migrante`;

test.beforeEach(async ({ page }) => {
  await page.addInitScript(recordHeadings);
});

test("signed out: each page's title is in place when its heading appears", async ({ page }) => {
  await page.goto("/");
  await expect(h1(page)).toHaveText("Sello Migrante");
  await follow(page, nav(page, "Comunas"), "Comunas de Chile");
  await follow(page, page.getByRole("link", { name: /^Región Metropolitana de Santiago/ }), "Región Metropolitana de Santiago");
  await follow(page, page.getByRole("link", { name: "Curacaví", exact: true }), "Curacaví");
  await follow(page, nav(page, "Contactos"), "Oficinas regionales de SERMIG");
  await follow(page, page.getByRole("link", { name: "Ingresar", exact: true }), "Ingresar al portal");

  expect(await headings(page)).toEqual([
    { heading: "Sello Migrante", title: "Sello Migrante — Servicio Nacional de Migraciones" },
    { heading: "Comunas de Chile", title: titled("Comunas de Chile") },
    { heading: "Región Metropolitana de Santiago", title: titled("Región Metropolitana de Santiago") },
    { heading: "Curacaví", title: titled("Comuna de Curacaví") },
    { heading: "Oficinas regionales de SERMIG", title: titled("Oficinas regionales de SERMIG") },
    { heading: "Ingresar al portal", title: titled("Ingresar") },
  ]);
});

test("officer: the titles name her municipality, its comuna, a case by folio and a training", async ({ page }) => {
  await signInAs(page, "Daniela");
  await expect(h1(page)).toHaveText("Hola, Daniela");
  await follow(page, nav(page, "Mi municipalidad"), "Municipalidad de Curacaví");
  await follow(page, page.getByRole("link", { name: "ver la comuna y sus estadísticas" }), "Curacaví");
  await follow(page, page.getByRole("link", { name: /^Minuta estadística de la comuna/ }), "Minuta estadística: comuna de Curacaví");
  await follow(page, nav(page, "Casos"), "Casos");
  const caseLink = page.getByRole("region", { name: "Casos" }).getByRole("link", { name: /^SM-\d{4}-\d{6}$/ }).first();
  const folio = (await caseLink.textContent())!.trim();
  await follow(page, caseLink, `Caso ${folio}`);
  await follow(page, nav(page, "Canal SERMIG"), "Canal SERMIG");
  await follow(page, page.getByRole("link", { name: "Capacitaciones y charlas" }), "Capacitaciones y charlas");
  const trainingLink = page.getByRole("region", { name: "Sesiones de capacitación" }).getByRole("link").first();
  const topic = (await trainingLink.textContent())!.trim();
  await follow(page, trainingLink, topic);

  expect(await headings(page)).toEqual([
    { heading: "Hola, Daniela", title: titled("Mi inicio") },
    { heading: "Municipalidad de Curacaví", title: titled("Municipalidad de Curacaví") },
    { heading: "Curacaví", title: titled("Comuna de Curacaví") },
    { heading: "Minuta estadística: comuna de Curacaví", title: titled("Minuta estadística de Curacaví") },
    { heading: "Casos", title: titled("Casos") },
    { heading: `Caso ${folio}`, title: titled(`Caso ${folio}`) },
    { heading: "Canal SERMIG", title: titled("Canal SERMIG") },
    { heading: "Capacitaciones y charlas", title: titled("Capacitaciones") },
    { heading: topic, title: titled(`Capacitación: ${topic}`) },
  ]);
});

test("coordinator: the titles name the case in the inbox and the municipality of the region", async ({ page }) => {
  await signInAs(page, "Rodrigo");
  await expect(h1(page)).toHaveText("Hola, Rodrigo");
  await follow(page, nav(page, "Casos"), "Bandeja de casos");
  const caseLink = page.getByRole("link", { name: /^SM-\d{4}-\d{6}$/ }).first();
  const folio = (await caseLink.textContent())!.trim();
  await follow(page, caseLink, `Caso ${folio}`);
  await follow(page, nav(page, "Municipalidades"), "Municipalidades");
  // Rodrigo's region is the Metropolitana: its municipality codes start with 13.
  const municipalityLink = page.locator('main a[href^="/municipalidades/13"]').first();
  const municipality = (await municipalityLink.textContent())!.trim();
  await follow(page, municipalityLink, `Municipalidad de ${municipality}`);
  await follow(page, nav(page, "Tablero"), "Tablero de cobertura");

  expect(await headings(page)).toEqual([
    { heading: "Hola, Rodrigo", title: titled("Mi inicio") },
    { heading: "Bandeja de casos", title: titled("Bandeja de casos: abiertos") },
    { heading: `Caso ${folio}`, title: titled(`Caso ${folio}`) },
    { heading: "Municipalidades", title: titled("Municipalidades") },
    { heading: `Municipalidad de ${municipality}`, title: titled(`Municipalidad de ${municipality}`) },
    { heading: "Tablero de cobertura", title: titled("Tablero de cobertura") },
  ]);
});
