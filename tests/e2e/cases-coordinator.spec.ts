import { randomBytes, randomInt, randomUUID } from "node:crypto";
import { expect, expectAccessible, signInAs, test } from "./fixtures";
import { query } from "./helpers/db";

const DAY = 86_400_000;

/**
 * A filed case of Melipilla (Rodrigo's region 13), inserted directly so this journey does not depend
 * on the filing form. Its summary carries a canary word that must never reach another region.
 */
async function melipillaCase() {
  const id = randomUUID();
  const folio = `SM-2097-${String(randomInt(0, 999_999)).padStart(6, "0")}`;
  const canary = `zzcanario${randomBytes(4).toString("hex")}`;
  const document = `${randomInt(10, 99)}.${randomInt(100, 999)}.${randomInt(100, 999)}-K`;
  const at = (offset: number) => new Date(Date.now() + offset).toISOString();
  await query(
    `INSERT INTO "case" (id, folio, municipality_code, region_code, type, status, priority, suggested_priority, type_details, summary, description,
                         sensitive, created_by_id, idempotency_key, submitted_at, first_response_due_at, resolution_due_at, updated_at)
     VALUES ($1, $2, '13501', '13', 'REGULARIZACION', 'INGRESADO', 'MEDIA', 'MEDIA', '{}', $3, 'Familia con residencia temporal vencida que pide orientación.',
             false, 'e2e', $1, $4::timestamp, $5::timestamp, $6::timestamp, $4::timestamp)`,
    [id, folio, `Orientación sobre regularizaciones ${canary}`, at(-DAY), at(2 * DAY), at(10 * DAY)],
  );
  await query(
    `INSERT INTO case_participant (id, case_id, full_name, document_type, document_number, document_key, relation)
     VALUES ($1, $2, 'Persona Ficticia E2E', 'PASAPORTE', $3, $4, 'AFECTADA')`,
    [randomUUID(), id, document, document.replace(/[.\s-]/g, "").toUpperCase()],
  );
  return { id, folio, canary, document };
}

test.describe("coordinator's inbox and triage", () => {
  test("Rodrigo finds a case in his inbox, takes it, asks the municipality, resolves and closes it", async ({ page }) => {
    const fixture = await melipillaCase();
    await signInAs(page, "Rodrigo");
    await page.goto("/casos/bandeja");
    await expect(page.getByRole("heading", { level: 1, name: "Bandeja de casos" })).toBeVisible();
    const views = page.getByRole("navigation", { name: "Vistas de la bandeja" });
    await expect(views.getByRole("link", { name: /^Abiertos \d+$/ })).toHaveAttribute("aria-current", "page");
    const unassigned = Number((await views.getByRole("link", { name: /^Sin asignar \d+$/ }).innerText()).match(/\d+/)![0]);
    expect(unassigned).toBeGreaterThanOrEqual(1);
    // Closed and all cases are counted only on their own tab.
    await expect(views.getByRole("link", { name: "Todos", exact: true })).toBeVisible();
    await expectAccessible(page);

    // Filters go in the URL; their panel is folded until asked for.
    const filtersButton = page.getByRole("button", { name: "Filtros" });
    await expect(filtersButton).toHaveAttribute("aria-expanded", "false");
    await filtersButton.click();
    await page.getByLabel("Tipo").selectOption({ label: "Regularización migratoria" });
    await page.getByLabel("Municipalidad").selectOption({ label: "Melipilla" });
    await page.getByRole("button", { name: "Filtrar" }).click();
    await expect(page).toHaveURL(/tipo=REGULARIZACION/);
    await expect(page).toHaveURL(/municipalidad=13501/);
    await expect(page.getByRole("link", { name: fixture.folio })).toBeVisible();

    // Full-text search without accents and in the singular finds "Orientación sobre regularizaciones".
    await expect(page.getByRole("link", { name: "Quitar filtro Tipo: Regularización migratoria" })).toBeVisible();
    await page.getByLabel("Buscar por folio, nombre o texto").fill(`orientacion regularizacion ${fixture.canary}`);
    await page.getByRole("button", { name: "Buscar", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: /^1 caso$/ })).toBeVisible();
    await expect(page.getByRole("link", { name: fixture.folio })).toBeVisible();

    // The document search posts: the number never shows up in the address.
    await page.getByRole("button", { name: "Por documento" }).click();
    await page.getByLabel("RUN, pasaporte u otro documento").fill(fixture.document.replace(/\./g, ""));
    await page.getByRole("button", { name: "Buscar documento" }).click();
    await expect(page.getByText("1 caso con ese documento.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Casos con ese documento" }).getByRole("link", { name: fixture.folio })).toBeVisible();
    expect(page.url()).not.toContain(fixture.document.replace(/\D/g, "").slice(0, 6));

    // His export of the same list contains the case (the check below for Fernanda is not vacuous).
    const own = await (await page.request.get(`/casos/bandeja/exportar?formato=csv&vista=todos&q=${fixture.canary}`)).text();
    expect(own).toContain(fixture.canary);

    await page.getByRole("region", { name: /^Casos: / }).getByRole("link", { name: fixture.folio }).click();
    await expect(page).toHaveURL(new RegExp(`/casos/${fixture.id}\\?bandeja=`));
    const panel = page.getByRole("region", { name: "Gestión SERMIG" });

    await panel.getByRole("button", { name: "Tomar el caso" }).click();
    await expect(page.getByRole("definition").filter({ hasText: "Rodrigo Sepúlveda Araya" })).toBeVisible();

    await panel.getByRole("button", { name: "Pedir información", exact: true }).click();
    await panel.getByLabel("Pregunta para la municipalidad").fill("¿Pueden enviar la copia del pasaporte y del último trámite en SERMIG?");
    await panel.getByRole("button", { name: "Pedir información a la municipalidad", exact: true }).click();
    await expect(page.getByRole("definition").filter({ hasText: "Requiere información" })).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: "En pausa: esperando a la municipalidad" })).toBeVisible();

    await panel.getByRole("button", { name: "Resolver", exact: true }).click();
    await panel.getByLabel("Cómo se resolvió").selectOption({ label: "Orientación entregada a la municipalidad" });
    await panel.getByLabel("Resolución", { exact: true }).fill("Se indicó a la municipalidad cómo solicitar la prórroga de la residencia temporal.");
    await panel.getByRole("button", { name: "Resolver el caso", exact: true }).click();
    await expect(page.getByRole("definition").filter({ hasText: "Resuelto" }).first()).toBeVisible();

    await panel.getByLabel("Estado", { exact: true }).selectOption({ label: "Cerrado" });
    await panel.getByRole("button", { name: "Cambiar", exact: true }).click();
    await expect(page.getByRole("definition").filter({ hasText: "Cerrado" })).toBeVisible();
    await expect(panel.getByRole("button", { name: "Reabrir", exact: true })).toBeVisible();

    const [row] = await query<{ status: string; assignee: string; first_response_at: Date | null; waiting_since: Date | null; version: number }>(
      `SELECT c.status, u.name AS assignee, c.first_response_at, c.waiting_since, c.version FROM "case" c JOIN "user" u ON u.id = c.assignee_id WHERE c.id = $1`,
      [fixture.id],
    );
    expect(row).toMatchObject({ status: "CERRADO", assignee: "Rodrigo Sepúlveda Araya", waiting_since: null, version: 5 });
    expect(row.first_response_at).not.toBeNull();
    const kinds = (await query<{ kind: string }>(`SELECT kind FROM case_event WHERE case_id = $1 ORDER BY at`, [fixture.id])).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["case.assigned", "case.infoRequested", "sla.paused", "sla.resumed", "case.resolved", "case.closed"]));
    const pauses = await query<{ to: Date | null }>(`SELECT "to" FROM case_pause WHERE case_id = $1`, [fixture.id]);
    expect(pauses).toHaveLength(1);
    expect(pauses[0].to).not.toBeNull();
  });

  test("Fernanda, of region 02, gets a 404 for that case, and neither her inbox nor her export contains it", async ({ page }) => {
    const fixture = await melipillaCase();
    await signInAs(page, "Fernanda");
    expect((await page.goto(`/casos/${fixture.id}`))?.status()).toBe(404);

    await page.goto(`/casos/bandeja?vista=todos&q=${fixture.canary}`);
    await expect(page.getByRole("status").filter({ hasText: /^0 casos$/ })).toBeVisible();

    for (const params of ["formato=csv&vista=todos", `formato=csv&vista=todos&region=13&q=${fixture.canary}`, "formato=csv&vista=abiertos&municipalidad=13501"]) {
      const response = await page.request.get(`/casos/bandeja/exportar?${params}`);
      expect(response.status()).toBe(200);
      const text = await response.text();
      expect(text).toMatch(/^\uFEFFfolio,tipo,/);
      expect(text).not.toContain(fixture.canary);
      expect(text).not.toContain(fixture.folio);
    }
    const xlsx = await page.request.get("/casos/bandeja/exportar?formato=xlsx&vista=todos");
    expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
  });

  test("the national admin's SLA table explains a wrong cell next to it and saves nothing", async ({ page }) => {
    await signInAs(page, "Andrea");
    await page.goto("/admin/sla");
    await expect(page.getByRole("heading", { level: 1, name: "Plazos de los casos" })).toBeVisible();
    await expectAccessible(page);
    const before = await query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'sla.update'`);
    const first = page.getByLabel("Primera respuesta, Consulta u otro, prioridad baja");
    await first.fill("30");
    await page.getByLabel("Resolución, Consulta u otro, prioridad baja").fill("61");
    await page.getByRole("button", { name: "Guardar la tabla" }).click();
    await expect(page.getByText("Revise los datos marcados.")).toBeVisible();
    await expect(page.getByText("Entre 1 y 60 días.")).toBeVisible();
    await expect(page.getByLabel("Resolución, Consulta u otro, prioridad baja")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);
    expect(await query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'sla.update'`)).toEqual(before);
    // Coordinators do not have this page at all.
    await page.getByRole("button", { name: "Salir" }).click();
    await expect(page.getByRole("link", { name: "Ingresar", exact: true })).toBeVisible();
    await signInAs(page, "Rodrigo");
    expect((await page.goto("/admin/sla"))?.status()).toBe(404);
  });

  test("a municipal officer has no inbox and no export", async ({ page }) => {
    await signInAs(page, "Carolina");
    expect((await page.goto("/casos/bandeja"))?.status()).toBe(404);
    expect((await page.request.get("/casos/bandeja/exportar?formato=csv")).status()).toBe(404);
  });
});
