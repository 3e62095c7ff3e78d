import { confirmInDialog, expect, expectAccessible, personPage, test } from "./fixtures";
import { query } from "./helpers/db";

test.describe("trainings journey", () => {
  test.setTimeout(180_000);

  test("Andrea publishes a session, Carolina registers two staff, attendance counts on Melipilla's line 2", async ({ browser }) => {
    const topic = `Atención a niñas, niños y adolescentes migrantes ${Date.now()}`;
    const admin = await personPage(browser, "Andrea", 221);
    await admin.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Canal SERMIG", exact: true }).click();
    await admin.getByRole("main").getByRole("link", { name: "Capacitaciones y charlas", exact: true }).click();
    await expect(admin.getByRole("heading", { name: "Capacitaciones y charlas" })).toBeVisible();
    await expectAccessible(admin);
    await admin.getByRole("link", { name: "Publicar una sesión" }).click();
    await expectAccessible(admin);

    // An online session with a javascript: link is refused next to the field; nothing typed is lost.
    await admin.getByLabel("Tema", { exact: true }).fill(topic);
    await admin.getByLabel("Descripción", { exact: true }).fill("Protocolos de atención y derivación.\nSegunda línea de la descripción.");
    await admin.getByLabel("Fecha y hora de inicio").fill("2030-05-10T10:00");
    await admin.getByLabel("Cupo (personas)").fill("5");
    await admin.getByLabel("Modalidad").selectOption("ONLINE");
    await admin.getByLabel("Enlace de conexión (en línea)").fill("javascript:alert(1)");
    await admin.getByRole("button", { name: "Publicar sesión" }).click();
    await confirmInDialog(admin);
    await expect(admin.getByText("El enlace debe comenzar con http:// o https://.")).toBeVisible();
    await expect(admin.getByLabel("Tema", { exact: true })).toHaveValue(topic);

    await admin.getByLabel("Modalidad").selectOption("PRESENCIAL");
    await admin.getByLabel("Enlace de conexión (en línea)").fill("");
    await admin.getByLabel("Lugar (presencial)").fill("Auditorio SERMIG (lugar de prueba)");
    await admin.getByRole("button", { name: "Publicar sesión" }).click();
    await confirmInDialog(admin);
    await expect(admin.getByRole("heading", { name: topic })).toBeVisible();
    await expect(admin.getByText("Sesión nacional")).toBeVisible();
    const url = admin.url();
    const sessionId = url.split("/").pop()!;

    // Carolina registers two people of Melipilla; the same person twice is refused.
    const officer = await personPage(browser, "Carolina", 222);
    await officer.goto(url);
    await expect(officer.getByText("Quedan 5 cupos.")).toBeVisible();
    const register = async (name: string, position: string, email: string) => {
      await officer.getByLabel("Nombre completo").fill(name);
      await officer.getByLabel("Cargo o unidad").fill(position);
      await officer.getByLabel("Correo institucional").fill(email);
      await officer.getByRole("button", { name: "Inscribir" }).click();
    };
    await register("Persona Ficticia Uno", "DIDECO", "uno.ficticia@demo.example");
    await expect(officer.getByRole("cell", { name: /Persona Ficticia Uno/ })).toBeVisible();
    await register("Persona Ficticia Dos", "Oficina de la Mujer", "dos.ficticia@demo.example");
    await expect(officer.getByRole("cell", { name: /Persona Ficticia Dos/ })).toBeVisible();
    await register("Persona Repetida", "OMIL", "UNO.ficticia@demo.example");
    await expect(officer.getByText("Esta persona ya está inscrita en la sesión.").first()).toBeVisible();
    await expect(officer.getByText("Quedan 3 cupos.")).toBeVisible();
    await expectAccessible(officer);

    // The session takes place.
    await query(`UPDATE training_session SET starts_at = now() - interval '2 hours' WHERE id = $1`, [sessionId]);

    // Andrea records who attended.
    await admin.reload();
    const attendance = admin.getByRole("region", { name: "Asistencia" });
    await attendance.getByRole("checkbox", { name: /Persona Ficticia Uno/ }).check();
    await attendance.getByRole("checkbox", { name: /Persona Ficticia Dos/ }).check();
    await attendance.getByRole("button", { name: "Guardar asistencia" }).click();
    await expect(admin.getByText(/Asistencia registrada\. Se sumó a la línea 2/)).toBeVisible();
    await expectAccessible(admin);

    // Melipilla's work plan, line 2 (Capacitaciones), shows the session with its two people, once.
    await officer.goto("/municipalidades/13501");
    const line2 = officer.getByRole("region", { name: "Capacitaciones al personal municipal" });
    const row = line2.getByRole("row").filter({ hasText: topic });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").last()).toHaveText("2");
    await expect(row).toContainText("SERMIG (sesión nacional)");

    // Carolina evaluates one attendee; the line-2 record carries the average.
    await officer.goto(url);
    await officer.getByText("Evaluar").first().click();
    await officer.getByLabel("Nota de Persona Ficticia Uno (1 a 7)").selectOption("6");
    await officer.getByRole("button", { name: "Guardar evaluación" }).click();
    await expect(officer.getByText("Nota 6")).toBeVisible();
    await officer.goto("/municipalidades/13501");
    await expect(officer.getByText("Evaluación: Nota promedio 6,0 (1 evaluación de participantes)")).toBeVisible();

    // Marking the evaluated attendee absent would erase the evaluation: Andrea is asked, and cancelling keeps it.
    const scoreOf = async () =>
      (await query<{ score: number | null }>(`SELECT score FROM training_registration WHERE session_id = $1 AND name = 'Persona Ficticia Uno'`, [sessionId]))[0].score;
    await admin.reload();
    await attendance.getByRole("checkbox", { name: /Persona Ficticia Uno/ }).uncheck();
    await attendance.getByRole("button", { name: "Guardar asistencia" }).click();
    const dialog = admin.getByRole("dialog", { name: "¿Borrar una evaluación?" });
    await expect(dialog.getByRole("listitem")).toHaveText(["Persona Ficticia Uno (Melipilla): nota 6"]);
    await dialog.getByRole("button", { name: "Cancelar" }).click();
    await expect(dialog).toHaveCount(0);
    expect(await scoreOf()).toBe(6);
    await attendance.getByRole("button", { name: "Guardar asistencia" }).click();
    await confirmInDialog(admin);
    await expect(admin.getByText(/Asistencia registrada\. Se sumó a la línea 2/)).toBeVisible();
    expect(await scoreOf()).toBeNull();
  });
});
