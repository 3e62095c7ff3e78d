import { confirmInDialog, expect, expectAccessible, signInAs, test } from "./fixtures";

test.describe("coverage dashboard and map", () => {
  test("the national admin sees the country's figures, sorts the region table and opens the list behind a number", async ({ page }) => {
    await signInAs(page, "Andrea");
    await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Tablero", exact: true }).click();
    // The first national request computes every aggregate (later ones reuse them for a minute).
    await expect(page.getByRole("heading", { name: "Tablero de cobertura", level: 1 })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(/de 345$/)).toBeVisible();
    await expect(page.getByRole("img", { name: /Municipalidades adheridas por mes desde 2015/ })).toBeVisible();
    const table = page.getByRole("region", { name: "Cobertura por región" });
    await expect(table.getByRole("row")).toHaveCount(17);
    await expectAccessible(page);

    await table.getByRole("link", { name: "Adheridas", exact: true }).click();
    await expect(page).toHaveURL(/orden=adheridas&sentido=desc/);
    await expect(table.getByRole("row").nth(1).getByRole("rowheader")).toHaveText("Región Metropolitana de Santiago");

    await table.getByRole("link", { name: /municipalidades adheridas en Región de Antofagasta$/ }).click();
    await expect(page).toHaveURL(/\/municipalidades\?region=02&estado=ADHERIDAS/);
    await expect(page.getByRole("heading", { name: "Municipalidades", level: 1 })).toBeVisible();
  });

  test("showing the dashboard renders no page ahead of time: its hundreds of links are not prefetched", async ({ page }) => {
    const prefetches: string[] = [];
    page.on("request", (request) => {
      if (request.headers()["next-router-prefetch"]) prefetches.push(request.url());
    });
    await signInAs(page, "Andrea");
    await page.goto("/tablero");
    await expect(page.getByRole("heading", { name: "Tablero de cobertura", level: 1 })).toBeVisible({ timeout: 20_000 });
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 900);
    await page.getByRole("region", { name: "Cobertura por región" }).getByRole("link").first().hover();
    await page.waitForTimeout(1_000);
    expect(prefetches).toEqual([]);
  });

  test("the map draws one shape per mapped comuna with a legend, and focusing or clicking one names it and its status", async ({ page }) => {
    await signInAs(page, "Andrea");
    await page.goto("/tablero/mapa");
    await expect(page.getByTestId("coverage-map")).toHaveCount(3);
    await expect(page.locator("a[data-code] path")).toHaveCount(345);
    const legend = page.getByRole("list", { name: "Leyenda del mapa" });
    await expect(legend.getByRole("listitem")).toHaveCount(5);
    await expect(legend).toContainText("Sin adhesión");
    await expectAccessible(page);

    const details = page.getByRole("complementary", { name: "Comuna seleccionada" });
    await page.locator('a[data-code="13101"]').focus();
    await expect(details.getByRole("heading", { name: "Santiago" })).toBeVisible();
    await expect(details).toContainText(/Estado: (Certificada|Revalidada|En implementación|Carta firmada|En evaluación|En revalidación|Interesada|Retirada|Sin adhesión)/);

    await page.locator('a[data-code="02101"]').click();
    await expect(page).toHaveURL(/comuna=02101/);
    await expect(details.getByRole("heading", { name: "Antofagasta" })).toBeVisible();
    await expect(details.getByRole("link", { name: "Minuta estadística de la comuna" })).toHaveAttribute("href", "/minutas/02101");

    await page.getByRole("link", { name: "Ver como tabla (346 comunas)" }).click();
    const rows = page.getByRole("region", { name: "Comunas y estado de adhesión" }).getByRole("row");
    await expect(rows).toHaveCount(347);
    // The comuna without a shape on the map is in its table.
    await expect(rows.filter({ has: page.getByRole("rowheader", { name: "Antártica", exact: true }) })).toContainText("Región de Magallanes");
    await expectAccessible(page);
    await page.goBack();

    await page.getByRole("navigation", { name: "Ampliar una región" }).getByRole("link", { name: "Antofagasta", exact: true }).click();
    await expect(page).toHaveURL(/region=02/);
    await expect(page.locator("a[data-code] path")).toHaveCount(9);
  });

  test("the coordinator of Antofagasta sees only Antofagasta, in figures, table, map and exports", async ({ page }) => {
    await signInAs(page, "Fernanda");
    await page.goto("/tablero?region=13");
    await expect(page.getByText("Región de Antofagasta. Cifras calculadas", { exact: false })).toBeVisible();
    await expect(page.getByRole("link", { name: /^\d+ de 9$/ })).toBeVisible();
    const table = page.getByRole("region", { name: "Cobertura por región" });
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table.getByRole("rowheader")).toHaveText("Región de Antofagasta");
    await expect(page.getByLabel("Territorio")).toHaveCount(0);
    await expectAccessible(page);

    await page.goto("/tablero/mapa?region=13");
    await expect(page.locator("a[data-code] path")).toHaveCount(9);
    const codes = await page.locator("a[data-code]").evaluateAll((links) => links.map((l) => l.getAttribute("data-code")));
    expect(codes.every((code) => code?.startsWith("02"))).toBe(true);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Ver como tabla (9 comunas)" }).click();
    await expect(page.getByRole("region", { name: "Comunas y estado de adhesión" }).getByRole("rowheader")).toHaveCount(9);
    expect((await page.goto("/tablero/mapa/tabla?region=13"))?.status()).toBe(200);
    await expect(page.getByRole("rowheader", { name: "Santiago", exact: true })).toHaveCount(0);

    const csv = await page.request.get("/tablero/exportar/comunas?region=13");
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\n").slice(1);
    expect(lines).toHaveLength(9);
    expect(lines.every((line) => line.startsWith("02"))).toBe(true);
  });

  test("the national admin marks an adhered comuna as prioritised, sees it on the dashboard and removes it", async ({ page }) => {
    await signInAs(page, "Andrea");
    await page.goto("/tablero#prioritarias");
    await page.getByRole("link", { name: "Marcar una comuna como prioritaria" }).click();
    await expect(page.getByRole("heading", { name: "Marcar una comuna como prioritaria", level: 1 })).toBeVisible();
    await expectAccessible(page);
    const select = page.getByLabel("Comuna adherida");
    const [code, label] = await select.locator("option:not([value=''])").first().evaluate((o: HTMLOptionElement) => [o.value, o.textContent ?? ""]);
    const name = label.replace(/ \(.*\)$/, "");
    await page.getByRole("button", { name: "Marcar como prioritaria" }).click();
    await expect(page.getByText("Elija una comuna.", { exact: true })).toBeVisible();
    await select.selectOption(code);
    await page.getByLabel("Motivo").fill("Comuna con alta demanda de regularización en 2026.");
    await page.getByRole("button", { name: "Marcar como prioritaria" }).click();
    await expect(page.getByText("La comuna quedó marcada como prioritaria.")).toBeVisible();
    await expect(select.locator(`option[value="${code}"]`)).toHaveCount(0);

    await page.getByRole("link", { name: "Volver a las comunas prioritarias del tablero" }).click();
    const table = page.getByRole("region", { name: "Comunas prioritarias" });
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${name}`) }) });
    await expect(row).toContainText("Comuna con alta demanda de regularización en 2026.");
    await row.getByRole("button", { name: `Quitar ${name} de las prioritarias` }).click();
    await confirmInDialog(page);
    await expect(table.getByRole("rowheader", { name: new RegExp(`^${name}`) })).toHaveCount(0);
  });

  test("an officer has no dashboard: no nav item, and 404 for the pages and the exports", async ({ page }) => {
    await signInAs(page, "Carolina");
    await expect(page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Tablero" })).toHaveCount(0);
    expect((await page.goto("/tablero"))?.status()).toBe(404);
    expect((await page.goto("/tablero/mapa"))?.status()).toBe(404);
    expect((await page.goto("/tablero/mapa/tabla"))?.status()).toBe(404);
    expect((await page.goto("/tablero/prioritarias/nueva"))?.status()).toBe(404);
    expect((await page.request.get("/tablero/exportar/regiones")).status()).toBe(404);
    expect((await page.request.get("/tablero/exportar/comunas")).status()).toBe(404);
  });

  test("the public home links the open data of adhered municipalities", async ({ page }) => {
    await page.goto("/");
    const link = page.getByRole("link", { name: "Descargar municipalidades adheridas (CSV)" });
    await expect(link).toHaveAttribute("href", "/datos/municipalidades-adheridas.csv");
    const response = await page.request.get("/datos/municipalidades-adheridas.csv");
    expect(response.status()).toBe(200);
    expect((await response.text()).replace(/^\uFEFF/, "").split("\n")[0]).toBe(
      "codigo_municipalidad,municipalidad,codigo_region,region,estado,fecha_carta_compromiso,fecha_certificacion,fecha_revalidacion",
    );
  });
});
