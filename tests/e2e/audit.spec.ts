import { expect, signInAs, test } from "./fixtures";
import { query } from "./helpers/db";

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

  test("a change reads as «Campo: antes → después» with the names people see, never JSON or ids", async ({ page }) => {
    const [rodrigo] = await query<{ id: string; name: string }>(`SELECT id, name FROM "user" WHERE name LIKE 'Rodrigo%' LIMIT 1`);
    const caseId = `audit-e2e-${Date.now()}`;
    await query(
      `INSERT INTO audit_event (at, actor_name, action, entity, entity_id, outcome, before, after) VALUES (now(), 'Prueba', 'case.assign', 'Case', $1, 'SUCCESS', $2, $3)`,
      [caseId, { status: "INGRESADO", assignee: null, version: 1 }, { status: "EN_REVISION", assignee: rodrigo.id, version: 2 }],
    );
    await signInAs(page, "Andrea");
    await page.goto("/admin/auditoria?accion=case.assign");
    const cell = page.getByRole("row").filter({ hasText: "Asignación de un caso" }).first().getByRole("cell").nth(5);
    await expect(cell.getByRole("listitem")).toHaveText(["Estado: Ingresado → En revisión", `Responsable: sin asignar → ${rodrigo.name}`]);
    await expect(cell).not.toContainText(rodrigo.id);
    await expect(cell).not.toContainText("{");
  });

  test("nobody but a national admin reaches the trail or its export", async ({ page }) => {
    await signInAs(page, "Rodrigo");
    expect((await page.goto("/admin/auditoria"))?.status()).toBe(404);
    const exported = await page.request.get("/admin/auditoria/exportar");
    expect(exported.status()).toBe(404);
    expect(await exported.text()).not.toContain("fecha_hora_utc");
  });
});
