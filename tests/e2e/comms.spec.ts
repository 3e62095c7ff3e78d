import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { confirmInDialog, expect, expectAccessible, signInAs, test } from "./fixtures";
import { query } from "./helpers/db";
import { SAMPLE_PDF } from "./helpers/files";
import { mailsAbout } from "./helpers/mail";

const SHOTS = process.env.SCREENSHOT_DIR;
const UUID = /\/boletines\/([0-9a-f-]{36})/;

// The journeys share the demo people and their inboxes: one after another.
test.describe.configure({ mode: "default" });

let address = 60;
async function personPage(browser: Browser, name: string): Promise<Page> {
  address += 1;
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${address}` } });
  const page = await context.newPage();
  await signInAs(page, name);
  await expect(page).toHaveURL(/\/inicio$/);
  return page;
}

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** Publishes from the editor, accepting the confirmation, and returns the new bulletin's id. */
async function publish(page: Page, { title, body, region, file }: { title: string; body: string; region?: string; file?: { name: string; mimeType: string; buffer: Buffer } }) {
  await page.goto("/boletines/nuevo");
  await page.getByLabel("Título", { exact: true }).fill(title);
  if (region) {
    await page.getByLabel("Dirigido a").selectOption("REGION");
    await page.getByLabel("Región", { exact: true }).selectOption({ label: region });
  }
  await page.getByLabel("Contenido").fill(body);
  if (file) await page.getByLabel(/Archivos adjuntos/).setInputFiles(file);
  await page.getByRole("button", { name: "Publicar boletín" }).click();
  await confirmInDialog(page);
  await expect(page).toHaveURL(/\/boletines\/[0-9a-f-]{36}\?publicado=1$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return UUID.exec(page.url())![1];
}

/** Nothing inside the bulletin can run: no script element, no on* attribute, no javascript: link. */
async function expectInertBody(page: Page) {
  // The rendered body is the article's first block; the attachment list after it is the portal's own.
  const body = page.locator("article > div").first();
  const found = await body.evaluate((root) => ({
    scripts: root.querySelectorAll("script, iframe, object, embed, img, svg, style").length,
    handlers: [...root.querySelectorAll("*")].flatMap((el) => el.getAttributeNames().filter((name) => name.toLowerCase().startsWith("on"))),
    badLinks: [...root.querySelectorAll("a")].map((a) => a.getAttribute("href") ?? "").filter((href) => !/^(https?:|mailto:)/i.test(href)),
    styled: root.querySelectorAll("[style]").length,
  }));
  expect(found).toEqual({ scripts: 0, handlers: [], badLinks: [], styled: 0 });
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
}

const NATIONAL_TITLE = `Nuevas fechas de atención ${Date.now()}`;

test("Andrea publishes a national bulletin; Carolina (RM) and Matías (Antofagasta) see it unread; Carolina reads it and Andrea sees one municipality read", async ({ page, browser }) => {
  await signInAs(page, "Andrea");
  await page.goto("/boletines/nuevo");
  await expect(page.getByRole("heading", { level: 1, name: "Publicar un boletín" })).toBeVisible();
  await page.getByLabel("Título", { exact: true }).fill(NATIONAL_TITLE);
  await page.getByLabel("Contenido").fill("## Atención de público\n\nDesde el lunes, las oficinas regionales atienden **de 9:00 a 14:00**.\n\n- Traiga su cédula\n- Reserve hora en [sermig.gob.cl](https://www.sermig.gob.cl)");
  await expectAccessible(page);
  await shot(page, "bulletin-editor");
  await publish(page, {
    title: NATIONAL_TITLE,
    body: "## Atención de público\n\nDesde el lunes, las oficinas regionales atienden **de 9:00 a 14:00**.\n\n- Traiga su cédula\n- Reserve hora en [sermig.gob.cl](https://www.sermig.gob.cl)",
  });
  await expect(page.getByRole("status").filter({ hasText: "El boletín quedó publicado" })).toBeVisible();
  await expect(page.locator("article strong")).toHaveText("de 9:00 a 14:00");
  await expect(page.locator("article a")).toHaveAttribute("rel", "noopener noreferrer");
  await expect(page.getByTestId("read-summary")).toContainText("Leído en 0 de");

  const carolina = await personPage(browser, "Carolina");
  const matias = await personPage(browser, "Matías");
  for (const officer of [carolina, matias]) {
    await expect(officer.getByRole("link", { name: /^Boletines\s*\d+ sin leer$/ })).toBeVisible();
    await officer.goto("/boletines");
    const item = officer.getByRole("listitem").filter({ hasText: NATIONAL_TITLE });
    await expect(item).toContainText("Sin leer");
  }
  await expectAccessible(matias);
  await shot(matias, "officer-inbox-unread");

  await carolina.getByRole("link", { name: NATIONAL_TITLE }).click();
  await expect(carolina.getByRole("heading", { level: 1, name: NATIONAL_TITLE })).toBeVisible();
  await expect(carolina.getByTestId("read-summary")).toHaveCount(0);
  await carolina.goto("/boletines");
  await expect(carolina.getByRole("listitem").filter({ hasText: NATIONAL_TITLE })).not.toContainText("Sin leer");
  await matias.reload();
  await expect(matias.getByRole("listitem").filter({ hasText: NATIONAL_TITLE })).toContainText("Sin leer");

  await page.reload();
  await expect(page.getByTestId("read-summary")).toContainText("Leído en 1 de");
  await expect(page.getByRole("row", { name: /Melipilla/ })).toContainText("1 de");
  await expect(page.getByRole("row", { name: /Antofagasta/ })).toHaveCount(0);
  await page.getByText(/municipalidades aún no lo leen$/).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Antofagasta (Región de Antofagasta)" })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "bulletin-read-counts");

  // The e-mail notice carries the title and a link to the inbox, never the body.
  await expect.poll(async () => (await mailsAbout(NATIONAL_TITLE)).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
  const mails = await mailsAbout(NATIONAL_TITLE);
  expect(mails.some((mail) => mail.includes("carolina.munoz@demo.melipilla.cl"))).toBe(true);
  expect(mails.every((mail) => !mail.includes("9:00 a 14:00") && mail.includes("/boletines"))).toBe(true);
});

test("Rodrigo's regional bulletin never reaches Antofagasta, and hostile markup in it renders inert", async ({ page, browser }) => {
  const dialogs: string[] = [];
  const title = `Operativo regional RM ${Date.now()}`;
  await signInAs(page, "Rodrigo");
  await page.goto("/boletines/nuevo");
  await expect(page.getByText("Dirigido a las municipalidades adheridas de")).toContainText("Metropolitana");
  await expect(page.getByLabel("Dirigido a")).toHaveCount(0);
  const id = await publish(page, {
    title,
    body: [
      "Texto con <script>window.__xss = 1; alert('script')</script> un script.",
      '<img src="x" onerror="window.__xss = 2; alert(\'img\')">',
      '<p onmouseover="alert(3)" style="color:red">Párrafo con manejador</p>',
      "[enlace malo](javascript:alert(4))",
      '<a href="javascript:alert(5)">otro enlace malo</a> <a href="https://www.sermig.gob.cl" onclick="alert(6)">enlace bueno</a>',
      '<iframe src="https://evil.example"></iframe><svg onload="alert(7)"></svg>',
    ].join("\n\n"),
    file: { name: "operativo.pdf", mimeType: "application/pdf", buffer: SAMPLE_PDF },
  });
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await expectInertBody(page);
  await expect(page.locator("article")).toContainText("Párrafo con manejador");
  await expect(page.getByRole("link", { name: "enlace bueno" })).toHaveAttribute("href", "https://www.sermig.gob.cl");
  const fileHref = await page.getByRole("link", { name: "operativo.pdf" }).getAttribute("href");
  expect(fileHref).toMatch(/^\/archivos\/[0-9a-f-]{36}$/);

  // Carolina (Melipilla, RM) reads it, its attachment downloads, and nothing in it runs.
  const carolina = await personPage(browser, "Carolina");
  carolina.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await carolina.goto(`/boletines/${id}`);
  await expectInertBody(carolina);
  await carolina.getByText("enlace malo", { exact: true }).click();
  await carolina.locator("article p").filter({ hasText: "Párrafo con manejador" }).hover();
  expect((await carolina.request.get(fileHref!)).status()).toBe(200);

  // Capture the mark-unread action as Carolina sends it, to replay it as Matías.
  const sent = carolina.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
  await carolina.getByRole("button", { name: "Marcar como no leído" }).click();
  const action = await sent;
  await expect(carolina).toHaveURL(/\/boletines$/);

  const matias = await personPage(browser, "Matías");
  await matias.goto("/boletines");
  await expect(matias.getByText(title)).toHaveCount(0);
  const pageResponse = await matias.goto(`/boletines/${id}`);
  expect(pageResponse?.status()).toBe(404);
  expect((await matias.request.get(fileHref!)).status()).toBe(404);
  const replay = await matias.request.post(action.url(), {
    headers: { "next-action": action.headers()["next-action"], "content-type": action.headers()["content-type"], accept: "text/x-component" },
    data: action.postDataBuffer()!,
  });
  expect(await replay.text()).toContain("No encontramos ese registro.");
  const receipts = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM bulletin_read r JOIN "user" u ON u.id = r.user_id WHERE r.bulletin_id = $1 AND u.run = '16222333-K'`,
    [id],
  );
  expect(receipts[0].n).toBe(0);
  expect(dialogs).toEqual([]);
});

test("the public directory shows regional offices without anybody's direct phone", async ({ page }) => {
  const [seeded] = await query<{ direct_phone: string; office_phone: string; name: string }>(
    `SELECT direct_phone, office_phone, name FROM regional_contact WHERE region_code = '13' AND direct_phone IS NOT NULL AND active ORDER BY primary_of NULLS LAST LIMIT 1`,
  );
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Oficinas regionales de SERMIG" }).click();
  await expect(page).toHaveURL(/\/contactos$/);
  await expect(page.getByRole("heading", { level: 1, name: "Oficinas regionales de SERMIG" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Región Metropolitana de Santiago" })).toBeVisible();
  await expect(page.getByText(seeded.name).first()).toBeVisible();
  await expect(page.getByText(`Teléfono de la oficina: ${seeded.office_phone}`).first()).toBeVisible();
  const html = await page.content();
  const digits = (text: string) => text.replace(/\D/g, "");
  expect(html).not.toContain(seeded.direct_phone);
  expect(digits(html)).not.toContain(digits(seeded.direct_phone));
  await expectAccessible(page);
  await shot(page, "public-contacts");
});

test("Andrea adds a regional contact and makes it the region's primary one; Carolina sees the directory at home", async ({ page, browser }) => {
  await signInAs(page, "Andrea");
  await page.goto("/admin/contactos?region=13");
  await expect(page.getByRole("heading", { level: 2, name: "Región Metropolitana de Santiago" })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "admin-contacts");
  await page.getByRole("link", { name: "Agregar contacto" }).click();
  await page.getByLabel("Nombre completo").fill("Paula Ficticia Recorrido");
  await page.getByLabel("Cargo").fill("Encargada regional del programa Sello Migrante");
  await page.getByLabel("Correo institucional").fill("persona@gmail.com");
  await page.getByLabel("Dirección de la oficina regional").fill("Dirección de demostración (no real)");
  await page.getByLabel("Teléfono directo (opcional)").fill("+56 9 5559 7777");
  await page.getByRole("button", { name: "Agregar al directorio" }).click();
  await expect(page.getByText("Use el correo institucional (termina en gob.cl).")).toBeVisible();
  await expect(page.getByLabel("Nombre completo")).toHaveValue("Paula Ficticia Recorrido");
  await page.getByLabel("Correo institucional").fill("paula.recorrido@demo.sermig.gob.cl");
  await page.getByRole("button", { name: "Agregar al directorio" }).click();
  await expect(page.getByText("El contacto quedó en el directorio.")).toBeVisible();

  await page.goto("/admin/contactos?region=13");
  await page.getByRole("link", { name: "Paula Ficticia Recorrido" }).click();
  await page.getByRole("button", { name: "Marcar como principal" }).click();
  await confirmInDialog(page);
  await expect(page.getByRole("button", { name: "Marcar como principal" })).toHaveCount(0);
  await expect(page.getByText("Región Metropolitana de Santiago · contacto principal")).toBeVisible();

  const carolina = await personPage(browser, "Carolina");
  const first = carolina.locator("#contacto-regional ~ ul > li").first();
  await expect(first).toContainText("Contacto principal");
  await expect(first).toContainText("Paula Ficticia Recorrido");
  await expect(first).toContainText("+56 9 5559 7777");
  await expectAccessible(carolina);
  await shot(carolina, "officer-home-contacts");
  await carolina.goto("/contactos");
  expect(await carolina.content()).not.toContain("5559 7777");
});

test("Andrea uploads a poster in Haitian Creole; Carolina finds it by language and previews it", async ({ page, browser }) => {
  await page.setContent(
    '<div id="poster" style="width:480px;height:640px;background:#0f69c4;color:#fff;font:bold 44px sans-serif;padding:40px;box-sizing:border-box">Sèvis Nasyonal Migrasyon<br><br>Enfòmasyon pou moun migran</div>',
  );
  const poster = await page.locator("#poster").screenshot();
  await signInAs(page, "Andrea");
  await page.goto("/materiales");
  await page.getByLabel("Título", { exact: true }).fill("Afiche informativo en kreyòl");
  await page.getByLabel("Categoría", { exact: true }).last().selectOption("AFICHE");
  await page.getByLabel("Idioma", { exact: true }).last().selectOption("ht");
  await page.getByLabel("Archivo", { exact: true }).setInputFiles({ name: "afiche-kreyol.png", mimeType: "image/png", buffer: poster });
  await page.getByRole("button", { name: "Subir material" }).click();
  await expect(page.getByText("El material quedó publicado en la biblioteca.")).toBeVisible();
  await page.goto("/materiales");
  await page.getByLabel("Título", { exact: true }).fill("Guía de regularización");
  await page.getByLabel("Categoría", { exact: true }).last().selectOption("GUIA");
  await page.getByLabel("Idioma", { exact: true }).last().selectOption("es");
  await page.getByLabel("Archivo", { exact: true }).setInputFiles({ name: "guia.pdf", mimeType: "application/pdf", buffer: SAMPLE_PDF });
  await page.getByRole("button", { name: "Subir material" }).click();
  await expect(page.getByText("El material quedó publicado en la biblioteca.")).toBeVisible();

  const carolina = await personPage(browser, "Carolina");
  await carolina.goto("/materiales");
  await carolina.getByLabel("Idioma").selectOption("ht");
  await carolina.getByRole("button", { name: "Filtrar" }).click();
  await expect(carolina).toHaveURL(/idioma=ht/);
  const card = carolina.getByRole("listitem").filter({ hasText: "Afiche informativo en kreyòl" });
  await expect(card).toContainText("Criollo haitiano");
  await expect(carolina.getByRole("listitem").filter({ hasText: "Guía de regularización" })).toHaveCount(0);
  const preview = card.getByRole("img", { name: "Vista previa de Afiche informativo en kreyòl" });
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const view = await card.getByRole("link", { name: /Ver en el navegador/ }).getAttribute("href");
  const inline = await carolina.request.get(view!);
  expect(inline.headers()["content-disposition"]).toMatch(/^inline;/);
  expect(inline.headers()["content-type"]).toBe("image/png");

  await page.goto("/materiales");
  await expectAccessible(page);
  await shot(page, "materials-library");
  await expect(carolina.getByRole("button", { name: "Subir material" })).toHaveCount(0);
  expect((await carolina.goto("/materiales/00000000-0000-4000-8000-000000000000"))?.status()).toBe(404);
});
