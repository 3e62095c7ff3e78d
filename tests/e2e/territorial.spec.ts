import { confirmInDialog, expect, expectAccessible, personPage, test } from "./fixtures";

test.describe("territorial work", () => {
  test.setTimeout(180_000);

  test("Rodrigo records a visit to Melipilla; its agreement waits on Melipilla's page until Carolina marks it done", async ({ browser }) => {
    const agreement = `Publicar el horario de la oficina de migrantes ${Date.now()}`;
    const coordinator = await personPage(browser, "Rodrigo", 241);
    await coordinator.goto("/visitas/nueva");
    await expectAccessible(coordinator);
    await coordinator.getByLabel("Municipalidad").selectOption("13501");
    await coordinator.getByLabel("Fecha de la visita").fill("2026-11-20");
    await coordinator.getByLabel("Participantes").fill("Rodrigo Sepúlveda (SERMIG)\nEquipo DIDECO");
    await coordinator.getByLabel("Temas").fill("Línea 1 y atención de público.");
    await coordinator.getByRole("button", { name: "Guardar visita" }).click();
    await expect(coordinator.getByRole("heading", { name: "Visita técnica a Melipilla" })).toBeVisible();
    const visitUrl = coordinator.url();
    await coordinator.getByText("Agregar un acuerdo").click();
    await coordinator.getByLabel("Acuerdo", { exact: true }).fill(agreement);
    await coordinator.getByLabel("Plazo").fill("2026-11-01");
    await coordinator.getByRole("button", { name: "Agregar acuerdo" }).click();
    await expect(coordinator.getByText("El plazo no puede ser anterior a la visita.").last()).toBeVisible();
    await coordinator.getByLabel("Plazo").fill("2026-12-20");
    await coordinator.getByRole("button", { name: "Agregar acuerdo" }).click();
    await expect(coordinator.getByRole("listitem").filter({ hasText: agreement })).toBeVisible();
    await expectAccessible(coordinator);

    // Another region's coordinator: the visit does not exist for her.
    const outsider = await personPage(browser, "Fernanda", 242);
    expect((await outsider.goto(visitUrl))!.status()).toBe(404);

    const officer = await personPage(browser, "Carolina", 243);
    await officer.goto("/municipalidades/13501");
    const pending = officer.getByRole("region", { name: "Acuerdos de visitas técnicas pendientes" });
    const item = pending.getByRole("listitem").filter({ hasText: agreement });
    await expect(item).toContainText("Plazo 20-12-2026");
    await expectAccessible(officer);
    await item.getByRole("button", { name: "Marcar cumplido" }).click();
    await confirmInDialog(officer);
    await expect(officer.getByText(agreement)).toHaveCount(0);
    await officer.goto(visitUrl);
    await expect(officer.getByRole("listitem").filter({ hasText: agreement })).toContainText("Cumplido el");
  });

  test("Carolina asks to take part in an activity of the calendar and Rodrigo accepts", async ({ browser }) => {
    const coordinator = await personPage(browser, "Rodrigo", 244);
    await coordinator.goto("/dispositivos/nuevo");
    await expectAccessible(coordinator);
    await coordinator.getByLabel("Tipo").selectOption("APOYA_MUJER_MIGRANTE");
    await coordinator.getByLabel("Comuna").selectOption("13501");
    await coordinator.getByLabel("Fecha y hora").fill("2030-03-14T10:30");
    await coordinator.getByLabel("Lugar").fill("Centro comunitario de prueba");
    await coordinator.getByLabel("Instituciones que participan").fill("SERMIG, SernamEG");
    await coordinator.getByRole("button", { name: "Crear dispositivo" }).click();
    await expect(coordinator.getByRole("heading", { name: "Apoya Mujer Migrante en Melipilla" })).toBeVisible();
    const activityUrl = coordinator.url();

    const officer = await personPage(browser, "Carolina", 245);
    await officer.goto("/dispositivos?mes=2030-03");
    const calendar = officer.getByRole("region", { name: "Calendario de marzo de 2030" });
    await expect(calendar.getByRole("cell", { name: /^14/ }).getByRole("link", { name: /Apoya Mujer Migrante/ })).toBeVisible();
    await expectAccessible(officer);
    await officer.goto(activityUrl);
    await officer.getByLabel("Mensaje para SERMIG").fill("Podemos aportar dos monitoras y difusión.");
    await officer.getByRole("button", { name: "Pedir participar" }).click();
    await expect(officer.getByText("Pendiente", { exact: true })).toBeVisible();

    // Antofagasta's officer does not see the RM activity at all.
    const outsider = await personPage(browser, "Matías", 246);
    expect((await outsider.goto(activityUrl))!.status()).toBe(404);

    await coordinator.reload();
    await coordinator.getByText("Responder a Melipilla").click();
    await coordinator.getByRole("button", { name: "Aceptar" }).click();
    await expect(coordinator.getByText("Aceptada", { exact: true })).toBeVisible();
    await officer.reload();
    await expect(officer.getByText("Aceptada", { exact: true })).toBeVisible();
  });
});
