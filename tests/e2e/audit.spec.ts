import { expect, signInAs, test } from "./fixtures";

test.describe("audit trail", () => {
  test("an admin filters the trail and downloads it as CSV; the download is itself recorded", async ({ page }) => {
    await signInAs(page, "Andrea");
    await page.goto("/admin/auditoria");
    await page.getByLabel("Entidad").selectOption({ label: "Persona" });
    await page.getByRole("button", { name: "Filtrar" }).click();
    await expect(page).toHaveURL(/entidad=User/);
    await expect(page.getByRole("cell", { name: "Ingreso al portal" }).first()).toBeVisible();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Descargar CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^auditoria-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
    const [header, ...rows] = csv.replace(/^\uFEFF/, "").trim().split("\n");
    expect(header).toBe("id,fecha_hora_utc,persona,rol,accion,entidad,id_entidad,resultado,antes,despues,ip");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.includes(",User,"))).toBe(true);

    await page.goto("/admin/auditoria?accion=audit.export");
    await expect(page.getByRole("cell", { name: "Descarga de la auditoría" }).first()).toBeVisible();
  });

  test("nobody but a national admin reaches the trail or its export", async ({ page }) => {
    await signInAs(page, "Rodrigo");
    expect((await page.goto("/admin/auditoria"))?.status()).toBe(404);
    const exported = await page.request.get("/admin/auditoria/exportar");
    expect(exported.status()).toBe(404);
    expect(await exported.text()).not.toContain("fecha_hora_utc");
  });
});
