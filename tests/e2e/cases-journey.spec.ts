import { confirmInDialog, expect, personPage, test } from "./fixtures";
import { query } from "./helpers/db";
import { SAMPLE_PDF } from "./helpers/files";
import { mailsAbout } from "./helpers/mail";

const PERSON = "Persona Ficticia Recorrido";
const NARRATIVE = "relato reservado del recorrido completo";
const INTERNAL = "zzinterno nota solo para SERMIG";

test.describe("a case from filing to closing", () => {
  test.setTimeout(180_000);

  test("Melipilla files an NNA case; the RM coordinator takes it, asks, gets an answer with a file, resolves and closes it", async ({ browser }) => {
    // 1. The officer files the case with an attachment.
    const officer = await personPage(browser, "Carolina", 241);
    await officer.goto("/casos/nuevo");
    await officer.getByLabel("Tipo de caso", { exact: true }).selectOption({ label: "Niñas, niños y adolescentes" });
    await officer.getByRole("group", { name: "¿Está acompañado por su madre, padre o un adulto responsable?" }).getByLabel("Sí", { exact: true }).check();
    await officer.getByRole("group", { name: "¿Asiste a un establecimiento educacional?" }).getByLabel("No", { exact: true }).check();
    const person = officer.getByRole("group", { name: "Persona 1" });
    await person.getByLabel("Nombre completo", { exact: true }).fill(PERSON);
    await person.getByLabel("Relación con el caso", { exact: true }).selectOption({ label: "Persona afectada" });
    await person.getByLabel("Documento", { exact: true }).selectOption({ label: "Sin documento" });
    await person.getByLabel("Fecha de nacimiento", { exact: true }).fill("2016-03-10");
    await officer.getByLabel("Resumen", { exact: true }).fill("Niño sin matrícula escolar");
    await officer.getByLabel("Descripción de la situación", { exact: true }).fill(`Llegó hace cuatro meses con su padre; ${NARRATIVE}.`);
    await officer.getByRole("group", { name: "¿La persona consintió en que sus datos se compartan con SERMIG?" }).getByLabel("La persona consintió en que sus datos se compartan con SERMIG", { exact: true }).check();
    await officer.getByLabel("Adjuntar un archivo (opcional)", { exact: true }).setInputFiles({ name: "ficha.pdf", mimeType: "application/pdf", buffer: SAMPLE_PDF });
    await officer.getByRole("button", { name: "Ingresar caso a SERMIG" }).click();
    await confirmInDialog(officer);
    await expect(officer).toHaveURL(/\/casos\/[0-9a-f-]{36}\?ingresado=1$/);
    const folio = (await officer.getByRole("heading", { level: 1 }).textContent())!.replace("Caso ", "");
    const caseUrl = new URL(officer.url()).pathname;

    // 2. The coordinator finds it among the unassigned cases, takes it and asks for information.
    const coordinator = await personPage(browser, "Rodrigo", 242);
    await coordinator.goto("/casos/bandeja");
    await coordinator.getByRole("navigation", { name: "Vistas de la bandeja" }).getByRole("link", { name: /^Sin asignar \d+$/ }).click();
    await expect(coordinator).toHaveURL(/vista=sin_asignar/);
    // The demo data fills the view; the folio search narrows it to this case.
    await coordinator.getByLabel("Buscar por folio, nombre o texto").fill(folio);
    await coordinator.getByRole("button", { name: "Buscar", exact: true }).click();
    await coordinator.getByRole("link", { name: folio, exact: true }).click();
    const panel = coordinator.getByRole("region", { name: "Gestión SERMIG" });
    await panel.getByRole("button", { name: "Tomar el caso" }).click();
    await expect(coordinator.getByRole("definition").filter({ hasText: "Rodrigo Sepúlveda Araya" })).toBeVisible();
    await panel.getByLabel("Nota interna", { exact: true }).fill(INTERNAL);
    await panel.getByRole("button", { name: "Agregar nota interna" }).click();
    await expect(panel.getByText("Se agregó la nota interna.")).toBeVisible();
    await panel.getByRole("button", { name: "Pedir información", exact: true }).click();
    await panel.getByLabel("Pregunta para la municipalidad").fill("¿Pueden adjuntar el certificado de nacimiento?");
    await panel.getByRole("button", { name: "Pedir información a la municipalidad", exact: true }).click();
    await expect(coordinator.getByRole("definition").filter({ hasText: "Requiere información" })).toBeVisible();

    // 3. The officer sees the question and answers with a file; internal notes never reach her.
    await officer.goto(caseUrl);
    const answer = officer.getByRole("region", { name: "SERMIG pidió información" });
    await expect(answer.getByText("¿Pueden adjuntar el certificado de nacimiento?")).toBeVisible();
    await answer.getByLabel("Respuesta", { exact: true }).fill("Adjuntamos el certificado.");
    await answer.getByLabel("Archivo (opcional)").setInputFiles({ name: "certificado.pdf", mimeType: "application/pdf", buffer: SAMPLE_PDF });
    await answer.getByRole("button", { name: "Enviar respuesta" }).click();
    // Answered, the request box goes away and the answer joins the conversation.
    await expect(answer).toHaveCount(0);
    await expect(officer.getByRole("region", { name: "Historial" }).getByText("Adjuntamos el certificado.")).toBeVisible();
    expect(await officer.content()).not.toContain("zzinterno");

    // 4. The coordinator resolves and closes it.
    await coordinator.reload();
    await expect(coordinator.getByRole("link", { name: "certificado.pdf" }).first()).toBeVisible();
    await panel.getByRole("button", { name: "Resolver", exact: true }).click();
    await panel.getByLabel("Cómo se resolvió").selectOption({ index: 1 });
    await panel.getByLabel("Resolución", { exact: true }).fill("Se orientó a la municipalidad para solicitar la residencia temporal del niño.");
    await panel.getByRole("button", { name: "Resolver el caso", exact: true }).click();
    await expect(coordinator.getByRole("definition").filter({ hasText: "Resuelto" }).first()).toBeVisible();
    await panel.getByLabel("Estado", { exact: true }).selectOption({ label: "Cerrado" });
    await panel.getByRole("button", { name: "Cambiar", exact: true }).click();
    await expect(coordinator.getByRole("definition").filter({ hasText: "Cerrado" })).toBeVisible();

    // 5. Both timelines show every step; only SERMIG's shows the internal note.
    const steps = await query<{ kind: string; internal: boolean }>(`SELECT kind, internal FROM case_event e JOIN "case" c ON c.id = e.case_id WHERE c.folio = $1 ORDER BY at`, [folio]);
    expect(steps.map((s) => s.kind)).toEqual(expect.arrayContaining(["case.assigned", "case.infoRequested", "case.resolved", "case.closed"]));
    await coordinator.reload();
    await expect(coordinator.getByRole("region", { name: "Historial" }).getByText(INTERNAL)).toBeVisible();
    await officer.reload();
    const officerHistory = officer.getByRole("region", { name: "Historial" });
    await expect(officerHistory.getByText("Adjuntamos el certificado.")).toBeVisible();
    await expect(officerHistory.getByText(/Cerrado/).first()).toBeVisible();
    expect(await officer.content()).not.toContain("zzinterno");

    // 6. E-mails arrived, with the folio and a link, and nothing about the people or the story.
    await expect.poll(async () => (await mailsAbout(folio)).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    for (const mail of await mailsAbout(folio)) {
      expect(mail).not.toContain(PERSON);
      expect(mail).not.toContain(NARRATIVE);
      expect(mail).not.toContain("zzinterno");
      expect(mail).not.toContain("certificado de nacimiento");
    }
  });
});
