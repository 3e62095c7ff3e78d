import { runCheckDigit } from "../../lib/auth/run";
import { confirmInDialog, expect, expectAccessible, signInAs, signInWithRun, test } from "./fixtures";
import { query } from "./helpers/db";

/** A RUN nobody in the demo has, different on every call. */
function freshRun(): { body: number; typed: string; canonical: string } {
  const body = 20_000_000 + Math.floor(Math.random() * 5_000_000);
  const dv = runCheckDigit(body);
  return { body, typed: `${body.toLocaleString("es-CL")}-${dv}`, canonical: `${body}-${dv}` };
}

const count = async (sql: string, params: unknown[] = []) => (await query<{ n: number }>(sql, params))[0].n;

test.describe("provisioning", () => {
  test("an admin enables an officer, who signs in; once deactivated, their next request is refused", async ({ page, browser }) => {
    const person = freshRun();
    await signInAs(page, "Andrea");
    await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Administración", exact: true }).click();
    await page.getByRole("main").getByRole("link", { name: "Usuarios", exact: true }).click();
    await page.getByRole("link", { name: "Habilitar persona" }).click();
    await expectAccessible(page);

    await page.getByLabel("RUN").fill("12.345.678-6");
    await page.getByLabel("Nombre completo").fill("Valentina Soto Ibáñez");
    await page.getByLabel("Correo institucional").fill(`valentina.${person.body}@demo.melipilla.cl`);
    await page.getByLabel("Municipalidad").selectOption({ label: "Melipilla" });
    await page.getByRole("button", { name: "Habilitar persona" }).click();
    await expect(page.getByText("El RUN no es válido: revise los números y el dígito verificador.")).toBeVisible();
    await expect(page.getByLabel("Nombre completo")).toHaveValue("Valentina Soto Ibáñez");
    await expect(page.getByLabel("RUN")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("RUN").fill(person.typed);
    await page.getByRole("button", { name: "Habilitar persona" }).click();
    await expect(page.getByText("La persona quedó habilitada.")).toBeVisible();
    await expect(page.getByText(`RUN ${person.typed}`)).toBeVisible();

    const officerContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.251" } });
    const officer = await officerContext.newPage();
    await signInWithRun(officer, person.typed);
    await expect(officer.getByRole("heading", { name: "Hola, Valentina" })).toBeVisible();

    await page.getByRole("button", { name: "Desactivar cuenta" }).click();
    await confirmInDialog(page);
    await expect(page.getByRole("button", { name: "Reactivar cuenta" })).toBeVisible();

    await officer.reload();
    await expect(officer).toHaveURL(/\/ingresar/);
    await officerContext.close();

    // Filtered by action: the unfiltered page's 50 latest events fill up with what other specs do meanwhile.
    await page.goto("/admin/auditoria?accion=user.create");
    await expect(page.getByRole("cell", { name: "Habilitación de persona" }).first()).toBeVisible();
    await page.goto("/admin/auditoria?accion=user.deactivate");
    await expect(page.getByRole("cell", { name: "Desactivación de cuenta" }).first()).toBeVisible();
    await expectAccessible(page);
  });

  test("a coordinator sees and provisions only their region; other regions' people do not exist for them", async ({ page }) => {
    const [{ id: antofagastaOfficer }] = await query<{ id: string }>(`SELECT id FROM "user" WHERE run = '16222333-K'`);
    await signInAs(page, "Rodrigo");
    await page.goto("/admin/usuarios");
    await expect(page.getByRole("link", { name: "Carolina Andrea Muñoz Pizarro" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Matías Ignacio Rojas Tapia" })).toHaveCount(0);
    await expectAccessible(page);

    const response = await page.goto(`/admin/usuarios/${antofagastaOfficer}`);
    expect(response?.status()).toBe(404);

    await page.goto("/admin/usuarios/nuevo");
    await expect(page.getByLabel("Rol").locator("option")).toHaveCount(1);
    await expect(page.getByLabel("Municipalidad").locator("option", { hasText: "Melipilla" })).toHaveCount(1);
    await expect(page.getByLabel("Municipalidad").locator("option", { hasText: "Antofagasta" })).toHaveCount(0);
  });

  test("replayed provisioning requests are refused on the server for an officer and outside a coordinator's region", async ({ page, browser }) => {
    const person = freshRun();
    await signInAs(page, "Rodrigo");
    await page.goto("/admin/usuarios/nuevo");
    await page.getByLabel("RUN").fill(person.typed);
    await page.getByLabel("Nombre completo").fill("Ignacio Pérez Lagos");
    await page.getByLabel("Correo institucional").fill(`ignacio.${person.body}@demo.melipilla.cl`);
    await page.getByLabel("Municipalidad").selectOption({ label: "Melipilla" });
    const captured = page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
    await page.getByRole("button", { name: "Habilitar persona" }).click();
    const original = await captured;
    await expect(page.getByText("La persona quedó habilitada.")).toBeVisible();

    const headers = { "next-action": original.headers()["next-action"], "content-type": original.headers()["content-type"], accept: "text/x-component" };

    // The same coordinator, same request, but for a municipality of Antofagasta and another RUN.
    const other = freshRun();
    const outOfRegion = original.postData()!.replaceAll(person.typed, other.typed).replaceAll("13501", "02101").replaceAll(`${person.body}@`, `${other.body}@`);
    const refused = await page.request.post(original.url(), { headers, data: outOfRegion });
    expect(await refused.text()).toContain("Solo puede habilitar a encargadas y encargados municipales de su región.");

    const officerContext = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.252" } });
    const officer = await officerContext.newPage();
    await signInAs(officer, "Carolina");
    await expect(officer).toHaveURL(/\/inicio$/);
    const third = freshRun();
    const replay = await officer.request.post(original.url(), {
      headers,
      data: original.postData()!.replaceAll(person.typed, third.typed).replaceAll(`${person.body}@`, `${third.body}@`),
    });
    expect(await replay.text()).toContain("No tiene permiso para realizar esta acción.");
    expect((await officer.goto("/admin/usuarios"))?.status()).toBe(404);
    await officerContext.close();

    // Other tests run alongside, so look for these two people specifically: neither exists, nor any trace of them.
    const runs = [other.canonical, third.canonical];
    expect(await count(`SELECT count(*)::int AS n FROM "user" WHERE run = ANY($1)`, [runs])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM audit_event WHERE after->>'run' = ANY($1)`, [runs])).toBe(0);
  });
});
