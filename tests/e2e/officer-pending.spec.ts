import { expect, expectAccessible, personPage, test } from "./fixtures";
import { query } from "./helpers/db";

const CHILE_TODAY = `(now() AT TIME ZONE 'America/Santiago')::date`;

/** Folios of Melipilla's cases waiting on the municipality, and its late agreements, as the database has them. */
async function melipillaWaiting() {
  const cases = await query<{ folio: string }>(`SELECT folio FROM "case" WHERE municipality_code = '13501' AND status = 'REQUIERE_INFO' ORDER BY folio`);
  const late = await query<{ description: string }>(`SELECT description FROM visit_agreement WHERE municipality_code = '13501' AND done_at IS NULL AND due_on < ${CHILE_TODAY}`);
  return { folios: cases.map((row) => row.folio), late: late.map((row) => row.description) };
}

test.describe("the municipal officer's home and case list", () => {
  test.setTimeout(120_000);

  test("Carolina's Pendientes list exactly what waits on Melipilla; answering a request takes it off", async ({ browser }) => {
    const officer = await personPage(browser, "Carolina", 241);
    const expected = await melipillaWaiting();
    expect(expected.folios.length, "la demostración deja casos en espera").toBeGreaterThan(1);
    expect(expected.late.length, "la demostración deja un acuerdo atrasado").toBeGreaterThan(0);

    const pending = officer.getByRole("region", { name: /^Pendientes/ });
    const requests = pending.getByRole("list", { name: "SERMIG espera información de su municipalidad" }).getByRole("listitem");
    const folios = (await requests.getByRole("link").allTextContents()).map((text) => text.split(" · ")[0]).sort();
    expect(folios).toEqual(expected.folios);
    // Each request says by when, in words and date.
    for (const text of await requests.locator("p").allTextContents()) expect(text).toMatch(/^(Responder a más tardar el|El plazo para responder venció el) [a-zé]+ \d{2}-\d{2}-\d{4}/);
    const agreements = pending.getByRole("list", { name: "Acuerdos de visitas técnicas" });
    for (const description of expected.late) await expect(agreements.getByRole("listitem").filter({ hasText: description })).toContainText("Plazo vencido el");

    // The header counts what the list shows.
    const shown = await pending.getByRole("listitem").count();
    await expect(officer.getByTestId("badge-inicio")).toHaveText(`${shown} pendientes`);
    await expectAccessible(officer);

    // Answering one request, from its link, takes it off the list and the count.
    const first = expected.folios[0];
    await requests.getByRole("link", { name: new RegExp(`^${first} · `) }).click();
    await expect(officer.getByRole("heading", { level: 1 })).toHaveText(`Caso ${first}`);
    const answer = officer.getByRole("region", { name: "SERMIG pidió información" });
    await answer.getByLabel("Respuesta", { exact: true }).fill("Adjuntamos lo que SERMIG pidió: la persona ya tiene hora en el consulado.");
    await answer.getByRole("button", { name: "Enviar respuesta" }).click();
    // Answered, the request box goes away (the case is back in review).
    await expect(answer).toHaveCount(0);
    await officer.goto("/inicio");
    const after = (await requests.getByRole("link").allTextContents()).map((text) => text.split(" · ")[0]).sort();
    expect(after).toEqual((await melipillaWaiting()).folios);
    expect(after).not.toContain(first);
    await expect(officer.getByTestId("badge-inicio")).toHaveText(`${shown - 1} pendientes`);
    await officer.context().close();
  });

  test("Javiera sees none of Melipilla's pending items", async ({ browser }) => {
    const other = await personPage(browser, "Javiera", 242);
    const melipilla = await melipillaWaiting();
    const agreements = await query<{ description: string }>(`SELECT description FROM visit_agreement WHERE municipality_code = '13501'`);
    const pending = other.getByRole("region", { name: /^Pendientes/ });
    await expect(pending).toBeVisible();
    const text = await pending.innerText();
    for (const folio of melipilla.folios) expect(text).not.toContain(folio);
    for (const { description } of agreements) expect(text).not.toContain(description);
    await other.context().close();
  });

  test("Carolina's list tells reserved cases apart without their summary, filters, and exports her municipality's cases", async ({ browser }) => {
    const officer = await personPage(browser, "Carolina", 243);
    const reserved = await query<{ summary: string; municipal_reference: string | null }>(`SELECT summary, municipal_reference FROM "case" WHERE municipality_code = '13501' AND sensitive`);
    expect(reserved.length).toBeGreaterThan(0);

    await officer.goto("/casos?porPagina=100");
    const table = officer.getByRole("table", { name: /^Casos/ });
    await expect(table).toBeVisible();
    const shown = await table.innerText();
    for (const { summary } of reserved) expect(shown).not.toContain(summary);
    const labelled = reserved.find((row) => row.municipal_reference)!;
    await expect(table.getByText(`Ref.: ${labelled.municipal_reference}`).first()).toBeVisible();
    await expectAccessible(officer);

    // Filters: type and filing dates go to the URL; an impossible date is ignored with its message.
    const search = officer.getByRole("search", { name: "Buscar y filtrar casos" });
    await search.getByLabel("Tipo", { exact: true }).selectOption({ label: "Trata de personas" });
    await search.getByRole("button", { name: "Buscar", exact: true }).click();
    await expect(officer).toHaveURL(/tipo=TRATA/);
    const trata = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "case" WHERE municipality_code = '13501' AND type = 'TRATA'`);
    await expect(officer.getByRole("status").filter({ hasText: /caso/ })).toHaveText(trata[0].n === 1 ? "1 caso" : `${trata[0].n} casos`);
    const response = await officer.goto("/casos?desde=2026-02-30&hasta=2026-12-31");
    expect(response?.status()).toBe(200);
    await expect(officer.getByLabel("Ingresado desde")).toHaveAttribute("aria-invalid", "true");
    await expect(officer.getByText("Fecha «desde» no válida: escríbala como día, mes y año; se ignoró.")).toBeVisible();

    // The export: her municipality only, reserved summaries left out, and audited.
    const exported = await officer.request.get("/casos/exportar?formato=csv");
    expect(exported.status()).toBe(200);
    const csv = await exported.text();
    expect(csv.split("\n")[0]).toContain("referencia_municipal");
    for (const { summary } of reserved) expect(csv).not.toContain(summary);
    const santiago = await query<{ folio: string }>(`SELECT folio FROM "case" WHERE municipality_code = '13101' AND folio IS NOT NULL`);
    expect(santiago.length).toBeGreaterThan(0);
    for (const { folio } of santiago) expect(csv).not.toContain(folio);
    const audit = await query(`SELECT 1 FROM audit_event e JOIN "user" u ON u.id = e.actor_id WHERE e.action = 'case.exportList' AND u.run = '88888888-8'`);
    expect(audit.length).toBeGreaterThan(0);
    const excel = await officer.request.get("/casos/exportar?formato=xlsx&desde=nunca");
    expect(excel.status()).toBe(200);
    expect(excel.headers()["content-type"]).toContain("spreadsheetml");
    await officer.context().close();
  });

  test("Carolina sets a case's municipal reference; what could identify someone is refused next to the field", async ({ browser }) => {
    const officer = await personPage(browser, "Carolina", 244);
    const [target] = await query<{ id: string; folio: string }>(`SELECT id, folio FROM "case" WHERE municipality_code = '13501' AND sensitive AND status = 'EN_REVISION' ORDER BY folio LIMIT 1`);
    await officer.goto(`/casos/${target.id}`);
    const section = officer.getByRole("region", { name: "Referencia municipal" });
    const field = section.getByLabel(/^Referencia/);
    await field.fill("Llamar al +56 9 5550 1234");
    await section.getByRole("button", { name: "Guardar referencia" }).click();
    await expect(section.getByText("Referencia municipal: no escriba números de documento, teléfonos ni correos.")).toBeVisible();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveValue("Llamar al +56 9 5550 1234");

    await field.fill("Oficina Mujer – revisión mensual");
    await section.getByRole("button", { name: "Guardar referencia" }).click();
    await expect(section.getByText("Referencia guardada.")).toBeVisible();
    expect(await query(`SELECT 1 FROM "case" WHERE id = $1 AND municipal_reference = 'Oficina Mujer – revisión mensual'`, [target.id])).toHaveLength(1);
    await expectAccessible(officer);
    await officer.goto(`/casos?q=${target.folio}`);
    await expect(officer.getByRole("row").filter({ hasText: target.folio })).toContainText("Ref.: Oficina Mujer – revisión mensual");
    await officer.context().close();
  });
});
