import { randomInt, randomUUID } from "node:crypto";
import { expect, expectAccessible, personPage, signInAs, test } from "./fixtures";
import { query } from "./helpers/db";

const DAY = 86_400_000;

/** A filed case of Melipilla, inserted directly so this journey does not depend on the filing form. */
async function melipillaCase() {
  const id = randomUUID();
  const folio = `SM-2098-${String(randomInt(0, 999_999)).padStart(6, "0")}`;
  const at = (offset: number) => new Date(Date.now() + offset).toISOString();
  await query(
    `INSERT INTO "case" (id, folio, municipality_code, region_code, type, status, priority, suggested_priority, type_details, summary, description,
                         sensitive, created_by_id, idempotency_key, submitted_at, first_response_due_at, resolution_due_at, updated_at)
     VALUES ($1, $2, '13501', '13', 'CONSULTA', 'INGRESADO', 'MEDIA', 'MEDIA', '{}', 'Consulta para derivar', 'Persona que necesita atención de otra institución.',
             false, 'e2e', $1, $3::timestamp, $4::timestamp, $5::timestamp, $3::timestamp)`,
    [id, folio, at(-DAY), at(2 * DAY), at(10 * DAY)],
  );
  return { id, folio };
}

test.describe("derivations to institutions", () => {
  test("Rodrigo derives a case to «Otra institución», which needs its name, and the case shows it", async ({ page }) => {
    const { id } = await melipillaCase();
    await signInAs(page, "Rodrigo");
    await page.goto(`/casos/${id}`);
    await page.getByRole("region", { name: "Gestión SERMIG" }).getByRole("button", { name: "Derivar", exact: true }).click();
    const institution = page.getByLabel("Institución a la que se deriva");
    const derive = page.locator("form").filter({ has: institution }).getByRole("button", { name: "Derivar", exact: true });
    await expect(institution.locator("option", { hasText: "Carabineros de Chile" })).toHaveCount(1);
    await institution.selectOption({ label: "Otra institución" });
    const other = page.getByLabel("Nombre de la otra institución");
    await derive.click();
    await expect(page.getByText("Escriba el nombre de la otra institución.")).toBeVisible();
    await expect(other).toHaveAttribute("aria-invalid", "true");
    expect((await query<{ status: string }>(`SELECT status::text FROM "case" WHERE id = $1`, [id]))[0].status).toBe("INGRESADO");
    await expectAccessible(page);

    await other.fill("Inspección del Trabajo de Melipilla");
    await derive.click();
    // The step's form goes away with the status it applied to; the panel's facts say what happened.
    await expect(page.getByRole("definition").filter({ hasText: "Inspección del Trabajo de Melipilla" }).first()).toBeVisible();
    expect(await query(`SELECT derived_to, derived_institution_id FROM "case" WHERE id = $1`, [id])).toEqual([{ derived_to: "Inspección del Trabajo de Melipilla", derived_institution_id: null }]);
  });

  test("only a national admin manages the catalogue; a coordinator gets the 404", async ({ browser }) => {
    const rodrigo = await personPage(browser, "Rodrigo", 236);
    expect((await rodrigo.goto("/admin/instituciones"))?.status()).toBe(404);

    const andrea = await personPage(browser, "Andrea", 237);
    await andrea.goto("/admin/instituciones");
    await expect(andrea.getByRole("heading", { level: 1, name: "Instituciones de derivación" })).toBeVisible();
    await expect(andrea.getByRole("heading", { level: 3, name: "INDH" })).toBeVisible();
    await expectAccessible(andrea);
    await andrea.getByRole("button", { name: "Agregar institución" }).click();
    await expect(andrea.getByText("Escriba el nombre de la institución.")).toBeVisible();
  });
});
