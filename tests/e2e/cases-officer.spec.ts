import { runCheckDigit } from "@/lib/auth/run";
import { confirmInDialog, expect, expectAccessible, personPage, test } from "./fixtures";
import { query } from "./helpers/db";
import { SAMPLE_PDF } from "./helpers/files";

/** A valid RUN nobody else uses (demo documents stay below 40.000.000). */
function freshRun(): { typed: string; digits: string } {
  const body = 70_000_000 + Math.floor(Math.random() * 20_000_000);
  return { typed: `${body.toLocaleString("es-CL")}-${runCheckDigit(body)}`, digits: String(body) };
}

test.describe("officer files and follows a case", () => {
  test.setTimeout(120_000);

  test("Carolina files an NNA case with a file; Javiera reaches nothing of it", async ({ browser }) => {
    const officer = await personPage(browser, "Carolina", 231);
    const urls: string[] = [];
    officer.on("request", (request) => urls.push(request.url()));
    const run = freshRun();

    await officer.goto("/casos");
    await officer.getByRole("link", { name: "Ingresar caso" }).click();
    await expect(officer.getByRole("heading", { name: "Ingresar un caso" })).toBeVisible();
    await expectAccessible(officer);

    // 1. Everything but the summary: the form says what is missing and keeps what was typed.
    await officer.getByLabel("Tipo de caso", { exact: true }).selectOption({ label: "Niñas, niños y adolescentes" });
    await officer.getByRole("group", { name: "¿Está acompañado por su madre, padre o un adulto responsable?" }).getByLabel("Sí", { exact: true }).check();
    await officer.getByRole("group", { name: "¿Asiste a un establecimiento educacional?" }).getByLabel("No", { exact: true }).check();
    await expect(officer.getByText("Prioridad sugerida: Alta.")).toBeVisible();
    const person = officer.getByRole("group", { name: "Persona 1" });
    await person.getByLabel("Nombre completo", { exact: true }).fill("Persona Ficticia Playwright");
    await person.getByLabel("Relación con el caso", { exact: true }).selectOption({ label: "Persona afectada" });
    await person.getByLabel("Número de documento", { exact: true }).fill(run.typed);
    await person.getByLabel("Nacionalidad", { exact: true }).selectOption({ label: "Venezuela" });
    await person.getByLabel("Fecha de nacimiento", { exact: true }).fill("2015-06-01");
    await expect(person.getByText(/^Menor de edad \(\d+ años\)\.$/)).toBeVisible();
    await officer.getByLabel("Descripción de la situación", { exact: true }).fill("La niña llegó con su madre hace seis meses y no tiene matrícula escolar ni documentos chilenos.");
    await officer.getByRole("group", { name: "¿La persona consintió en que sus datos se compartan con SERMIG?" }).getByLabel("No corresponde pedir consentimiento: hay otra base legal", { exact: true }).check();
    await officer.getByLabel("Base legal", { exact: true }).fill("Interés superior del niño (Ley 21.430)");
    await officer.getByLabel("Adjuntar un archivo (opcional)", { exact: true }).setInputFiles({ name: "ficha-nna.pdf", mimeType: "application/pdf", buffer: SAMPLE_PDF });
    await officer.getByRole("button", { name: "Ingresar caso a SERMIG" }).click();
    await confirmInDialog(officer);

    await expect(officer.getByText("Escriba un resumen del caso (al menos 5 caracteres).")).toBeVisible();
    await expect(officer.getByText("Revise los datos marcados.")).toBeVisible();
    await expect(officer.getByLabel("Resumen", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(person.getByLabel("Nombre completo", { exact: true })).toHaveValue("Persona Ficticia Playwright");
    await expect(person.getByLabel("Número de documento", { exact: true })).toHaveValue(run.typed);
    await expect(officer.getByLabel("Base legal", { exact: true })).toHaveValue("Interés superior del niño (Ley 21.430)");
    await expectAccessible(officer);
    expect(await query(`SELECT 1 FROM case_participant WHERE document_key LIKE $1`, [`${run.digits}%`])).toHaveLength(0);

    // 2. With the summary, the case is filed: folio, suggested priority and the shared timeline.
    await officer.getByLabel("Resumen", { exact: true }).fill("Niña sin regularizar y sin matrícula escolar");
    await officer.getByRole("button", { name: "Ingresar caso a SERMIG" }).click();
    await confirmInDialog(officer);
    await expect(officer).toHaveURL(/\/casos\/[0-9a-f-]{36}\?ingresado=1$/);
    const heading = officer.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText(/^Caso SM-\d{4}-\d{6}$/);
    const folio = (await heading.textContent())!.replace("Caso ", "");
    await expect(officer.getByRole("status")).toContainText(`Caso ingresado con el folio ${folio}`);
    await expect(officer.getByText("Sugerida por el portal")).toBeVisible();
    await expect(officer.getByText("Alta", { exact: true })).toBeVisible();
    const history = officer.getByRole("region", { name: "Historial" });
    for (const entry of ["Borrador creado", "Caso ingresado a SERMIG", "Plazos calculados", `Folio: ${folio}`]) await expect(history.getByText(entry)).toBeVisible();
    const fileLink = history.getByRole("link", { name: "ficha-nna.pdf" });
    await expect(fileLink).toBeVisible();
    await expect(officer.getByText("Menor de edad", { exact: true })).toBeVisible();
    await expectAccessible(officer);

    const caseUrl = new URL(officer.url()).pathname;
    const fileUrl = (await fileLink.getAttribute("href"))!;
    const [filed] = await query<{ status: string; priority: string; files: number }>(
      `SELECT c.status, c.priority, (SELECT count(*)::int FROM case_attachment a WHERE a.case_id = c.id) AS files FROM "case" c WHERE c.folio = $1`,
      [folio],
    );
    expect(filed).toEqual({ status: "INGRESADO", priority: "ALTA", files: 1 });
    expect((await officer.request.get(fileUrl)).headers()["content-disposition"]).toContain("attachment");

    // 3. A shared note; its request is replayed below by someone outside the municipality.
    const captured = officer.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
    await officer.getByLabel("Nota", { exact: true }).fill("La madre traerá el certificado de nacimiento el lunes.");
    await officer.getByRole("button", { name: "Agregar nota" }).click();
    const noteRequest = await captured;
    await expect(history.getByText("La madre traerá el certificado de nacimiento el lunes.")).toBeVisible();
    const notes = async () => (await query<{ n: number }>(`SELECT count(*)::int AS n FROM case_note n JOIN "case" c ON c.id = n.case_id WHERE c.folio = $1`, [folio]))[0].n;
    const notesBefore = await notes();

    // No RUN or name ever travelled in an address.
    expect(urls.filter((url) => url.includes(run.digits) || url.includes(run.typed) || /Ficticia/.test(decodeURIComponent(url)))).toEqual([]);

    const outsider = await personPage(browser, "Javiera", 232);
    const page404 = await outsider.goto(caseUrl);
    expect(page404?.status()).toBe(404);
    expect(await outsider.content()).not.toContain("Persona Ficticia Playwright");
    const file = await outsider.request.get(fileUrl);
    expect(file.status()).toBe(404);
    expect(file.headers()["content-disposition"]).toBeUndefined();
    const replay = await outsider.request.post(noteRequest.url(), {
      headers: { "next-action": noteRequest.headers()["next-action"], "content-type": noteRequest.headers()["content-type"], accept: "text/x-component" },
      data: noteRequest.postDataBuffer()!,
    });
    const replayed = await replay.text();
    expect(replayed).toContain("No encontramos ese registro.");
    expect(replayed).not.toContain("Persona Ficticia Playwright");
    expect(await notes()).toBe(notesBefore);
  });
});
