import { expect, expectAccessible, signInAs, test } from "./fixtures";

test.describe("municipalities table", () => {
  test("the national admin sorts by revalidation and downloads the table as CSV and Excel", async ({ page }) => {
    await signInAs(page, "Andrea");
    await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Municipalidades" }).click();
    await expect(page.getByRole("status")).toHaveText("345 municipalidades");
    await page.getByRole("link", { name: "Revalidación" }).click();
    await expect(page.getByText("vencida").first()).toBeVisible();
    await expectAccessible(page);

    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Descargar CSV" }).click()]);
    const text = Buffer.concat(await (await csv.createReadStream()).toArray()).toString("utf8").replace(/^\uFEFF/, "");
    const lines = text.trim().split("\n");
    expect(lines[0]).toMatch(/^codigo,municipalidad,region,estado,/);
    expect(lines).toHaveLength(346);
    expect(lines.find((l) => l.startsWith("13503,"))).toContain("Curacaví");

    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Descargar Excel" }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = Buffer.concat(await (await xlsx.createReadStream()).toArray());
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
  });

  test("a coordinator sees the 52 municipalities of their region and cannot export", async ({ page }) => {
    await signInAs(page, "Rodrigo");
    await page.goto("/municipalidades");
    await expect(page.getByRole("status")).toHaveText("52 municipalidades");
    await expect(page.getByRole("link", { name: "Descargar CSV" })).toHaveCount(0);
    expect((await page.request.get("/municipalidades/exportar?formato=csv")).status()).toBe(404);
  });

  test("an officer has no table, only their own municipality", async ({ page }) => {
    await signInAs(page, "Carolina");
    expect((await page.goto("/municipalidades"))?.status()).toBe(404);
    await page.goto("/mi-municipalidad");
    await expect(page).toHaveURL(/\/municipalidades\/13501$/);
  });
});
