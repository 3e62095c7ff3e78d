import type { Page } from "@playwright/test";
import { confirmInDialog, expect, expectAccessible, personPage, test } from "./fixtures";
import { query } from "./helpers/db";

/** A consultation about one person, filled in full; `submit` sends it to SERMIG, otherwise it stays a draft. */
async function fileConsultation(page: Page, run: string, submit: boolean) {
  await page.goto("/casos/nuevo");
  await page.getByLabel("Tipo de caso", { exact: true }).selectOption({ label: "Consulta u otro" });
  await page.getByLabel("Resumen", { exact: true }).fill("Consulta por documentos de una persona");
  await page.getByLabel("Descripción de la situación", { exact: true }).fill("La persona consulta qué documentos necesita para regularizar su situación migratoria.");
  const person = page.getByRole("group", { name: "Persona 1" });
  await person.getByLabel("Nombre completo", { exact: true }).fill("Persona Ficticia Duplicada");
  await person.getByLabel("Relación con el caso", { exact: true }).selectOption({ label: "Persona afectada" });
  await person.getByLabel("Número de documento", { exact: true }).fill(run);
  await page.getByRole("group", { name: "¿La persona consintió en que sus datos se compartan con SERMIG?" }).getByLabel("La persona consintió en que sus datos se compartan con SERMIG", { exact: true }).check();
  await page.getByRole("button", { name: submit ? "Ingresar caso a SERMIG" : "Guardar borrador" }).click();
  if (submit) await confirmInDialog(page);
}

test.describe("possible duplicates at intake", () => {
  test.setTimeout(120_000);

  test("Carolina learns nothing of Santiago's case with the same RUN; Rodrigo sees it flagged on her case; her own earlier case still warns her", async ({ browser }) => {
    // An open Santiago case whose RUN no open Melipilla case holds.
    const [santiago] = await query<{ id: string; folio: string; document_number: string }>(
      `SELECT c.id, c.folio, p.document_number FROM "case" c JOIN case_participant p ON p.case_id = c.id
       WHERE c.municipality_code = '13101' AND c.status NOT IN ('BORRADOR', 'CERRADO') AND p.document_type = 'RUN'
         AND NOT EXISTS (SELECT 1 FROM case_participant q JOIN "case" d ON d.id = q.case_id
                         WHERE q.document_key = p.document_key AND d.municipality_code = '13501' AND d.status <> 'CERRADO')
       ORDER BY c.folio LIMIT 1`,
    );
    expect(santiago).toBeDefined();
    const officer = await personPage(browser, "Carolina", 241);

    // Saving a draft: no warning, no folio, anywhere in the page.
    await fileConsultation(officer, santiago.document_number, false);
    await expect(officer).toHaveURL(/\/casos\/[0-9a-f-]{36}\/editar\?guardado=1$/);
    await expect(officer.getByText("Borrador guardado.")).toBeVisible();
    await expect(officer.getByText("Posible caso duplicado")).toHaveCount(0);
    expect(await officer.content()).not.toContain(santiago.folio);

    // Submitting goes straight through: nothing held it back to be acknowledged.
    await officer.getByRole("button", { name: "Ingresar caso a SERMIG" }).click();
    await confirmInDialog(officer);
    await expect(officer).toHaveURL(/\/casos\/[0-9a-f-]{36}\?ingresado=1$/);
    const caseUrl = new URL(officer.url()).pathname;
    const folio = (await officer.getByRole("heading", { level: 1 }).textContent())!.replace("Caso ", "");
    expect(await officer.content()).not.toContain(santiago.folio);
    await expect(officer.getByText("Posible caso duplicado")).toHaveCount(0);

    // SERMIG: the coordinator sees the other municipality's case, with a link to it.
    const coordinator = await personPage(browser, "Rodrigo", 242);
    await coordinator.goto(caseUrl);
    const flag = coordinator.getByRole("note", { name: "Posible caso duplicado en la región" });
    await expect(flag).toBeVisible();
    await expect(flag.getByRole("link", { name: `Caso ${santiago.folio}` })).toHaveAttribute("href", `/casos/${santiago.id}`);
    await expect(flag).toContainText("Santiago");
    await expectAccessible(coordinator);

    // Her own municipality's open case: she may open it, so she is told, with a link, before submitting.
    await fileConsultation(officer, santiago.document_number, true);
    await expect(officer).toHaveURL(/\/casos\/[0-9a-f-]{36}\/editar\?revisar=1$/);
    const warning = officer.getByRole("note", { name: "Posible caso duplicado" });
    await expect(warning).toContainText("Su municipalidad ya tiene un caso abierto");
    await expect(warning.getByRole("link", { name: `Caso ${folio}` })).toHaveAttribute("href", caseUrl);
    expect(await officer.content()).not.toContain(santiago.folio);
    await expectAccessible(officer);
    // Seen: submitting again files it anyway.
    await officer.getByRole("button", { name: "Ingresar caso a SERMIG" }).click();
    await confirmInDialog(officer);
    await expect(officer).toHaveURL(/\/casos\/[0-9a-f-]{36}\?ingresado=1$/);
  });
});
