import type { Page } from "@playwright/test";
import { confirmInDialog, expect, expectAccessible, personPage, test } from "./fixtures";
import { query } from "./helpers/db";
import { SAMPLE_PDF } from "./helpers/files";

const LINES = ["Institucionalidad", "Capacitaciones", "Políticas públicas locales", "Regularidad migratoria", "Asociatividad y participación"];

const lineSection = (page: Page, index: number) => page.getByRole("region", { name: `${index + 1}. ${LINES[index]}` });

/** Opens the "add an action" form of a line; the line's existing actions have edit forms with the same labels. */
async function openNewActionForm(page: Page, index: number) {
  const form = lineSection(page, index).locator("details").filter({ hasText: `Agregar una acción a ${LINES[index]}` });
  await form.getByText(`Agregar una acción a ${LINES[index]}`).click();
  return form;
}

test.describe("adhesion journey", () => {
  test.setTimeout(180_000);

  test("Curacaví adheres, builds its work plan, is reviewed, asks for evaluation and is certified", async ({ browser }) => {
    const officer = await personPage(browser, "Daniela", 211);
    await officer.getByRole("link", { name: "Mi municipalidad" }).click();
    await expect(officer.getByRole("heading", { name: "Municipalidad de Curacaví" })).toBeVisible();
    await expectAccessible(officer);

    // 1. The officer sends the signed letter; a mistake is caught first, without losing what was typed.
    const letter = officer.getByRole("region", { name: "Adhesión al Sello Migrante" });
    await letter.getByLabel("Fecha de firma de la carta").fill("2026-11-02");
    await letter.getByLabel("Nombre de la alcaldesa o el alcalde").fill("Alcaldesa Ficticia de Curacaví");
    await letter.getByLabel("N° del acuerdo del concejo municipal").fill("Acuerdo N° 215/2026");
    await letter.getByLabel("Fecha del acuerdo del concejo").fill("2026-11-05");
    await letter.getByLabel("Carta firmada (PDF, hasta 10 MB)").setInputFiles({ name: "carta-compromiso.pdf", mimeType: "application/pdf", buffer: SAMPLE_PDF });
    await letter.getByRole("button", { name: "Enviar carta" }).click();
    await expect(letter.getByText("El acuerdo del concejo no puede ser posterior a la firma de la carta.").first()).toBeVisible();
    await expect(letter.getByLabel("Nombre de la alcaldesa o el alcalde")).toHaveValue("Alcaldesa Ficticia de Curacaví");
    await letter.getByLabel("Fecha del acuerdo del concejo").fill("2026-10-28");
    await letter.getByLabel("Carta firmada (PDF, hasta 10 MB)").setInputFiles({ name: "carta-compromiso.pdf", mimeType: "application/pdf", buffer: SAMPLE_PDF });
    await letter.getByRole("button", { name: "Enviar carta" }).click();
    await expect(letter.getByText("Carta firmada", { exact: true })).toBeVisible();
    await expect(letter.getByRole("link", { name: "carta-compromiso.pdf" })).toBeVisible();

    // 2. The regional coordinator accepts it.
    const coordinator = await personPage(browser, "Rodrigo", 212);
    await coordinator.goto("/municipalidades/13503");
    await coordinator.getByRole("button", { name: "Aceptar la carta" }).click();
    await confirmInDialog(coordinator);
    await expect(coordinator.getByRole("region", { name: "Adhesión al Sello Migrante" }).getByText("En implementación", { exact: true })).toBeVisible();
    const download = await coordinator.request.get((await coordinator.getByRole("link", { name: "carta-compromiso.pdf" }).getAttribute("href"))!);
    expect(download.headers()["content-disposition"]).toContain("attachment");

    // 3. The officer adds one action with evidence on each of the five lines.
    await officer.reload();
    for (let i = 0; i < LINES.length; i++) {
      const section = lineSection(officer, i);
      const form = await openNewActionForm(officer, i);
      await form.getByLabel("Título").fill(`Acción de prueba ${i + 1}`);
      await form.getByLabel("Descripción").fill(`Descripción de la acción ${i + 1} del plan de Curacaví.`);
      await form.getByLabel("Unidad responsable").fill("DIDECO");
      await form.getByLabel("Inicio").fill("2026-11-10");
      await form.getByLabel("Término").fill("2027-03-31");
      await form.getByRole("button", { name: "Agregar acción" }).click();
      const item = section.getByRole("listitem").filter({ hasText: `Acción de prueba ${i + 1}` });
      await expect(item).toBeVisible();
      await item.getByText("Agregar medio de verificación").click();
      await item.getByLabel("Qué demuestra").fill("Registro de la actividad");
      if (i === 0) {
        await item.getByLabel(/^Archivo/).setInputFiles({ name: "decreto-designacion.pdf", mimeType: "application/pdf", buffer: SAMPLE_PDF });
      } else {
        await item.getByLabel("O un enlace").fill(`https://municipio-demo.example/curacavi/accion-${i + 1}`);
      }
      await item.getByRole("button", { name: "Agregar", exact: true }).click();
      await expect(item.getByText("Esperando revisión")).toBeVisible();
    }

    // 4. The coordinator approves four and returns one with a comment.
    await coordinator.reload();
    for (let i = 0; i < 4; i++) {
      await coordinator.getByRole("button", { name: `Aprobar «Acción de prueba ${i + 1}»` }).click();
      await expect(lineSection(coordinator, i).getByText("Aprobada", { exact: true })).toBeVisible();
    }
    const returned = lineSection(coordinator, 4).getByRole("listitem").filter({ hasText: "Acción de prueba 5" });
    await returned.getByLabel("Comentario para la municipalidad").fill("Falta la lista de asistencia de la consulta comunal.");
    await returned.getByRole("button", { name: "Devolver «Acción de prueba 5»" }).click();
    await expect(returned.getByText("Devuelta con comentario")).toBeVisible();
    await expect(coordinator.getByRole("progressbar", { name: "Avance total" })).toHaveAttribute("aria-valuenow", "80");

    // 5. The officer sees the comment and asks for evaluation.
    await officer.reload();
    await expect(officer.getByText("Comentario de SERMIG: Falta la lista de asistencia de la consulta comunal.")).toBeVisible();
    await officer.getByRole("button", { name: "Pedir la evaluación" }).click();
    await confirmInDialog(officer);
    await expect(officer.getByRole("region", { name: "Adhesión al Sello Migrante" }).getByText("En evaluación", { exact: true })).toBeVisible();

    // 6. The national admin certifies with a resolution; the revalidation falls due two years later.
    const admin = await personPage(browser, "Andrea", 213);
    await admin.goto("/municipalidades/13503");
    await admin.getByLabel("N° de resolución").fill("Res. Ex. N° 4321");
    await admin.getByLabel("Fecha de la resolución").fill("2026-11-20");
    await admin.getByRole("button", { name: "Certificar" }).click();
    await confirmInDialog(admin);
    await expect(admin.getByRole("region", { name: "Adhesión al Sello Migrante" }).getByText("Certificada", { exact: true })).toBeVisible();
    await expect(admin.getByText("20-11-2028")).toBeVisible();
    await expect(admin.getByText("Res. Ex. N° 4321 del 20-11-2026")).toBeVisible();
    await expectAccessible(admin);

    const [row] = await query<{ status: string; due: string }>(`SELECT status, revalidation_due_on::text AS due FROM adhesion WHERE municipality_code = '13503'`);
    expect(row).toEqual({ status: "CERTIFICADA", due: "2028-11-20" });
    const events = await query<{ transition: string }>(`SELECT transition FROM adhesion_event WHERE municipality_code = '13503' AND at > now() - interval '1 hour' ORDER BY at`);
    expect(events.map((e) => e.transition)).toEqual(["submitLetter", "acceptLetter", "requestEvaluation", "certify"]);
  });
});

test.describe("adhesion scope", () => {
  test("another municipality's officer and another region's coordinator get nothing: page, file or replayed action", async ({ browser }) => {
    const officer = await personPage(browser, "Carolina", 221);
    await officer.goto("/municipalidades/13501");
    const section = lineSection(officer, 0);
    const form = await openNewActionForm(officer, 0);
    await form.getByLabel("Título").fill("Registro mensual de atenciones a personas migrantes");
    await form.getByLabel("Descripción").fill("Planilla mensual de atenciones de la oficina de migrantes.");
    await form.getByLabel("Unidad responsable").fill("Oficina de Migrantes");
    await form.getByLabel("Inicio").fill("2026-11-01");
    await form.getByLabel("Término").fill("2027-06-30");
    await form.getByRole("button", { name: "Agregar acción" }).click();
    const item = section.getByRole("listitem").filter({ hasText: "Registro mensual de atenciones a personas migrantes" });
    await item.getByText("Agregar medio de verificación").click();
    // The request replayed below carries a link: Playwright does not keep the full body of a file upload.
    await item.getByLabel("Qué demuestra").fill("Planilla de octubre publicada");
    await item.getByLabel("O un enlace").fill("https://municipio-demo.example/melipilla/planilla-octubre");
    const captured = officer.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
    await item.getByRole("button", { name: "Agregar", exact: true }).click();
    const original = await captured;
    await expect(item.getByRole("link", { name: "https://municipio-demo.example/melipilla/planilla-octubre" })).toBeVisible();

    await item.getByLabel("Qué demuestra").fill("Planilla de octubre firmada");
    await item.getByLabel(/^Archivo/).setInputFiles({ name: "planilla-octubre.pdf", mimeType: "application/pdf", buffer: SAMPLE_PDF });
    await item.getByRole("button", { name: "Agregar", exact: true }).click();
    const fileLink = item.getByRole("link", { name: "planilla-octubre.pdf" });
    await expect(fileLink).toBeVisible();
    const fileUrl = (await fileLink.getAttribute("href"))!;
    const countEvidence = async () =>
      (await query<{ n: number }>(`SELECT count(*)::int AS n FROM evidence e JOIN commitment_action a ON a.id = e.action_id WHERE a.title = $1`, [
        "Registro mensual de atenciones a personas migrantes",
      ]))[0].n;
    const evidenceBefore = await countEvidence();

    const outsider = await personPage(browser, "Javiera", 222);
    expect((await outsider.goto("/municipalidades/13501"))?.status()).toBe(404);
    const file = await outsider.request.get(fileUrl);
    expect(file.status()).toBe(404);
    expect(file.headers()["content-disposition"]).toBeUndefined();
    const replay = await outsider.request.post(original.url(), {
      headers: { "next-action": original.headers()["next-action"], "content-type": original.headers()["content-type"], accept: "text/x-component" },
      data: original.postDataBuffer()!,
    });
    expect(await replay.text()).toContain("No encontramos ese registro.");
    expect(await countEvidence()).toBe(evidenceBefore);

    const otherRegion = await personPage(browser, "Fernanda", 223);
    expect((await otherRegion.goto("/municipalidades/13501"))?.status()).toBe(404);
    expect((await otherRegion.request.get(fileUrl)).status()).toBe(404);
    // Asking for another region through the URL narrows to nothing; it never widens the view.
    await otherRegion.goto("/municipalidades?region=13");
    await expect(otherRegion.getByText("No hay municipalidades con esos criterios.")).toBeVisible();
    await otherRegion.goto("/municipalidades");
    await expect(otherRegion.getByRole("link", { name: "Antofagasta" })).toBeVisible();
    await expect(otherRegion.getByRole("link", { name: "Melipilla" })).toHaveCount(0);
  });
});
