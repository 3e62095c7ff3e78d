import { randomUUID } from "node:crypto";
import { confirmInDialog, expect, expectAccessible, signInAs, test } from "./fixtures";
import { query } from "./helpers/db";

/** A demo person who appears in two cases of the Región Metropolitana (REPEATED in prisma/seed/demo-cases/people.ts). */
const DEMO_PASSPORT = "PF7000013";

test.describe("data-subject rights", () => {
  test("an admin looks up a person by document, sees every case and downloads JSON and CSV without the number in any URL", async ({ page }) => {
    const urls: string[] = [];
    page.on("request", (request) => urls.push(request.url()));
    await signInAs(page, "Andrea");
    await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Administración", exact: true }).click();
    await page.getByRole("main").getByRole("link", { name: "Privacidad", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Privacidad y derechos de las personas" })).toBeVisible();
    await expect(page.getByText(/Plazo de conservación: 60 meses/)).toBeVisible();

    await page.getByLabel("Número de documento", { exact: true }).fill("pf-7000.013");
    await page.getByRole("button", { name: "Buscar", exact: true }).click();
    await expect(page.getByRole("heading", { name: "2 registros con ese documento" })).toBeVisible();
    const results = page.getByRole("region", { name: "Registros de la persona" });
    await expect(results.getByRole("row")).toHaveCount(3);
    await expect(results.getByText("Pasaporte: PF7000013")).toHaveCount(2);
    await expectAccessible(page);

    const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Descargar JSON" }).click()]);
    expect(json.suggestedFilename()).toMatch(/^datos-titular-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(Buffer.concat(await (await json.createReadStream()).toArray()).toString("utf8")) as { registros: { persona: { numeroDocumento: string }; caso: { folio: string } }[] };
    expect(data.registros).toHaveLength(2);
    expect(data.registros.every((r) => r.persona.numeroDocumento === DEMO_PASSPORT)).toBe(true);

    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Descargar CSV" }).click()]);
    const lines = Buffer.concat(await (await csv.createReadStream()).toArray()).toString("utf8").replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toMatch(/^folio,tipo_caso,estado,municipalidad,region,/);
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).every((line) => line.includes(DEMO_PASSPORT))).toBe(true);

    expect(urls.filter((url) => /7000013|7000\.013/i.test(url))).toEqual([]);
    const audited = await query<{ action: string; after: { results: number } }>(`SELECT action, after FROM audit_event WHERE action IN ('privacy.lookup', 'privacy.export') AND actor_name = 'Andrea Paz Valdés Moreno' ORDER BY at DESC LIMIT 3`);
    expect(audited.map((row) => row.action).sort()).toEqual(["privacy.export", "privacy.export", "privacy.lookup"]);
    expect(JSON.stringify(audited)).not.toMatch(/7000013/);
  });

  test("an admin rectifies a participant's name with a reason and sees it in the history", async ({ page }) => {
    const caseId = randomUUID();
    const participantId = randomUUID();
    const document = `PF${Date.now()}`;
    await query(
      `INSERT INTO "case" (id, folio, municipality_code, region_code, type, status, priority, suggested_priority, type_details, summary, description, sensitive, created_by_id, idempotency_key, submitted_at, updated_at)
       VALUES ($1, $2, '02101', '02', 'CONSULTA', 'INGRESADO', 'MEDIA', 'MEDIA', '{}', 'Consulta de prueba', 'Descripción de prueba.', false, 'e2e', $1, now(), now())`,
      [caseId, `SM-2093-${String(Date.now() % 1_000_000).padStart(6, "0")}`],
    );
    await query(`INSERT INTO case_participant (id, case_id, full_name, document_type, document_number, document_key, nationality, relation) VALUES ($1, $2, 'Persona Mal Escrita', 'PASAPORTE', $3, $3, 'PE', 'AFECTADA')`, [participantId, caseId, document]);

    await signInAs(page, "Andrea");
    await page.goto(`/admin/privacidad/personas/${participantId}`);
    await expect(page.getByText("Sin rectificaciones")).toBeVisible();
    await page.getByLabel("Nombre completo", { exact: true }).fill("Persona Bien Escrita");
    await page.getByRole("button", { name: "Guardar rectificación" }).click();
    await confirmInDialog(page);
    await expect(page.getByText("Escriba el motivo de la rectificación (al menos 10 caracteres).")).toBeVisible();
    await expect(page.getByLabel("Nombre completo", { exact: true })).toHaveValue("Persona Bien Escrita");

    await page.getByLabel("Motivo de la rectificación").fill("La persona mostró su pasaporte con el nombre correcto.");
    await page.getByRole("button", { name: "Guardar rectificación" }).click();
    await confirmInDialog(page);
    const history = page.getByRole("region", { name: "Historial de rectificaciones" });
    await expect(history.getByText("Nombre: Persona Mal Escrita → Persona Bien Escrita")).toBeVisible();
    await expect(history.getByText("La persona mostró su pasaporte con el nombre correcto.")).toBeVisible();
    await expect(page.getByText("Datos rectificados. El cambio quedó en el historial.")).toBeVisible();
    await expect(page.getByLabel("Nombre completo", { exact: true })).toHaveValue("Persona Bien Escrita");
    await expectAccessible(page);

    // A second correction right away carries the new version (no false conflict).
    await page.getByLabel("Contacto (opcional)").fill("+56 9 5550 9999");
    await page.getByLabel("Motivo de la rectificación").fill("La persona dio un teléfono nuevo para contactarla.");
    await page.getByRole("button", { name: "Guardar rectificación" }).click();
    await confirmInDialog(page);
    await expect(history.getByText("Contacto: — → +56 9 5550 9999")).toBeVisible();
    await expect(history.getByRole("row")).toHaveCount(3);
  });

  test("an admin puts a closed case on legal hold; the coordinator sees it but cannot lift it", async ({ page }) => {
    const caseId = randomUUID();
    const folio = `SM-2094-${String(Date.now() % 1_000_000).padStart(6, "0")}`;
    await query(
      `INSERT INTO "case" (id, folio, municipality_code, region_code, type, status, priority, suggested_priority, type_details, summary, description, sensitive, created_by_id, idempotency_key, submitted_at, closed_at, updated_at)
       VALUES ($1, $2, '13501', '13', 'CONSULTA', 'CERRADO', 'MEDIA', 'MEDIA', '{}', 'Consulta de prueba', 'Descripción de prueba.', false, 'e2e', $1, now() - interval '7 years', now() - interval '6 years', now())`,
      [caseId, folio],
    );
    await signInAs(page, "Andrea");
    await page.goto(`/casos/${caseId}`);
    const panel = page.getByRole("region", { name: "Retención legal" });
    await panel.getByLabel(/Motivo de la retención/).fill("Oficio del juzgado de familia, causa en curso.");
    await panel.getByRole("button", { name: "Poner retención legal" }).click();
    await expect(panel.getByText("Este caso no se anonimizará mientras tenga retención legal.")).toBeVisible();
    await expectAccessible(page);
    await page.goto("/admin/privacidad");
    await expect(page.getByRole("region", { name: "Casos con retención legal" }).getByRole("link", { name: folio })).toBeVisible();

    await page.getByRole("button", { name: "Salir" }).click();
    await expect(page.getByRole("link", { name: "Ingresar", exact: true })).toBeVisible();
    await signInAs(page, "Rodrigo");
    await page.goto(`/casos/${caseId}`);
    await expect(page.getByRole("region", { name: "Retención legal" }).getByText("Oficio del juzgado de familia, causa en curso.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Quitar retención legal" })).toHaveCount(0);
  });

  test("an officer and a coordinator get a 404 on the privacy pages and the export", async ({ page }) => {
    await signInAs(page, "Carolina");
    expect((await page.goto("/admin/privacidad"))?.status()).toBe(404);
    const exported = await page.request.post("/admin/privacidad/exportar", { form: { documentNumber: DEMO_PASSPORT, format: "json" }, headers: { Origin: new URL(page.url()).origin } });
    expect(exported.status()).toBe(404);
    expect(await exported.text()).not.toContain(DEMO_PASSPORT);

    await page.getByRole("button", { name: "Salir" }).click();
    await expect(page.getByRole("link", { name: "Ingresar", exact: true })).toBeVisible();
    await signInAs(page, "Rodrigo");
    expect((await page.goto("/admin/privacidad"))?.status()).toBe(404);
    await page.goto("/admin");
    await expect(page.getByRole("main").getByRole("link", { name: "Privacidad", exact: true })).toHaveCount(0);
  });

  test("a download posted from another site is refused", async ({ page }) => {
    await signInAs(page, "Andrea");
    const exported = await page.request.post("/admin/privacidad/exportar", { form: { documentNumber: DEMO_PASSPORT, format: "json" }, headers: { Origin: "https://evil.example" } });
    expect(exported.status()).toBe(403);
  });

  test("the privacy notice explains the processing and the rights, and is reachable from the footer", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Privacidad y datos personales" }).click();
    await expect(page).toHaveURL(/\/privacidad$/);
    await expect(page.getByRole("heading", { level: 1, name: "Privacidad y datos personales" })).toBeVisible();
    for (const heading of ["Quién es responsable", "Qué datos se tratan", "Para qué y con qué base legal", "Por cuánto tiempo", "Quién recibe los datos", "Cómo se protegen", "Sus derechos y cómo ejercerlos"]) {
      await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.getByText(/hasta 5 años después de su cierre/)).toBeVisible();
    await expect(page.getByText("Portabilidad:")).toBeVisible();
    await expectAccessible(page);
  });
});
