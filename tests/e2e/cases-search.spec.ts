import { expect, expectAccessible, personPage, test } from "./fixtures";
import { query } from "./helpers/db";

type DemoCase = { folio: string; full_name: string; document_number: string };

/** A filed Melipilla case of the demo that names a person with a document, not sensitive (its list row shows a summary). */
async function melipillaCase(): Promise<DemoCase> {
  const [row] = await query<DemoCase>(
    `SELECT c.folio, p.full_name, p.document_number FROM "case" c JOIN case_participant p ON p.case_id = c.id
      WHERE c.municipality_code = '13501' AND c.folio IS NOT NULL AND NOT c.sensitive AND p.document_number IS NOT NULL
        AND p.full_name ~ '^Persona Ficticia [0-9]+$'
      ORDER BY c.folio DESC LIMIT 1`,
  );
  return row;
}

test.describe("searching the case list", () => {
  test.setTimeout(90_000);

  test("Carolina finds her case by name, folio number and document; the document never goes in a URL; Javiera finds none of it", async ({ browser }) => {
    const demo = await melipillaCase();
    const officer = await personPage(browser, "Carolina", 251);
    const urls: string[] = [];
    officer.on("request", (request) => urls.push(request.url()));
    const search = officer.getByLabel("Buscar por folio, nombre o texto");
    const caseLink = officer.getByRole("table", { name: "Casos" }).getByRole("link", { name: demo.folio });

    await officer.goto("/casos");
    // Part of the name, in capitals: case and accents are optional.
    await search.fill(demo.full_name.replace("Persona ", "").toUpperCase());
    await officer.getByRole("search").getByRole("button", { name: "Buscar" }).click();
    await expect(officer).toHaveURL(/[?&]q=FICTICIA/);
    await expect(caseLink).toBeVisible();
    await expectAccessible(officer);

    // The folio's number alone, without the year or the zeros.
    const sequence = String(Number(demo.folio.split("-")[2]));
    await search.fill(sequence);
    await officer.getByRole("search").getByRole("button", { name: "Buscar" }).click();
    await expect(officer).toHaveURL(new RegExp(`[?&]q=${sequence}(&|$)`));
    await expect(caseLink).toBeVisible();

    // A document typed in the search box is stopped before it reaches the URL…
    const before = officer.url();
    await search.fill(demo.document_number);
    await officer.getByRole("search").getByRole("button", { name: "Buscar" }).click();
    await expect(officer.getByText(/Parece un número de documento/)).toBeVisible();
    await expect(search).toHaveAttribute("aria-invalid", "true");
    expect(officer.url()).toBe(before);

    // …and found by the search by document, which posts it.
    await officer.getByLabel("RUN, pasaporte u otro documento").fill(demo.document_number);
    await officer.getByRole("region", { name: "Buscar por documento" }).getByRole("button", { name: "Buscar" }).click();
    await expect(officer.getByText(/^\d+ casos? con ese documento\.$/)).toBeVisible();
    await expect(officer.getByRole("region", { name: "Buscar por documento" }).getByRole("link", { name: demo.folio })).toBeVisible();
    await expectAccessible(officer);
    const digits = demo.document_number.replace(/[^0-9A-Za-z]/g, "");
    expect(urls.filter((url) => url.replace(/[^0-9A-Za-z]/g, "").includes(digits))).toEqual([]);

    const other = await personPage(browser, "Javiera", 252);
    await other.goto(`/casos?q=${encodeURIComponent(demo.full_name)}`);
    await expect(other.getByRole("status").filter({ hasText: /caso/ }).first()).toBeVisible();
    await expect(other.getByRole("link", { name: demo.folio })).toHaveCount(0);
    await other.getByLabel("RUN, pasaporte u otro documento").fill(demo.document_number);
    await other.getByRole("region", { name: "Buscar por documento" }).getByRole("button", { name: "Buscar" }).click();
    await expect(other.getByText("Ningún caso de su municipalidad tiene una persona con ese documento.")).toBeVisible();
  });
});
