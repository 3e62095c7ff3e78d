import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { confirmInDialog, expect, expectAccessible, personPage, test } from "./fixtures";
import { query } from "./helpers/db";
import { SPANISH_404 } from "./helpers/leaks";

test.describe.configure({ mode: "serial" });

/** A filed case of Melipilla (Carolina's municipality, Rodrigo's region) for one person, inserted directly. */
async function caseFor(document: string, name: string, options: { legalHold?: boolean } = {}) {
  const id = randomUUID();
  const folio = `SM-2075-${String(Math.floor(Math.random() * 1_000_000)).padStart(6, "0")}`;
  await query(
    `INSERT INTO "case" (id, folio, municipality_code, region_code, type, status, priority, suggested_priority, type_details, summary, description, sensitive, created_by_id, idempotency_key, submitted_at, updated_at, legal_hold, legal_hold_reason)
     VALUES ($1, $2, '13501', '13', 'CONSULTA', 'EN_REVISION', 'MEDIA', 'MEDIA', '{}', $4, 'Relato del caso de prueba.', false, 'e2e', $1, now(), now(), $3, CASE WHEN $3 THEN 'Oficio del tribunal en curso.' END)`,
    [id, folio, options.legalHold ?? false, `Consulta de ${name}`],
  );
  await query(`INSERT INTO case_participant (id, case_id, full_name, document_type, document_number, document_key, nationality, relation, contact) VALUES ($1, $2, $3, 'PASAPORTE', $4, $4, 'HT', 'AFECTADA', 'persona@example.org')`, [
    randomUUID(),
    id,
    name,
    document,
  ]);
  return { id, folio };
}

/**
 * Where a signed-in person could come across the case: its page, the case list, the inbox search and its
 * export. Pages are searched for the link to the case (the search box echoes the folio it was given).
 */
async function traces(page: Page, found: { id: string; folio: string }, role: "officer" | "sermig"): Promise<string[]> {
  const seen: string[] = [];
  const single = await page.request.get(`/casos/${found.id}`, { maxRedirects: 0 });
  if (single.status() !== 404) seen.push(`ficha ${single.status()}`);
  else expect(SPANISH_404.test(await single.text())).toBe(true);
  // The inbox's links carry the inbox's query after the id (?bandeja=…), the list's do not.
  const link = new RegExp(`/casos/${found.id}["?]`);
  if ((await (await page.request.get("/casos?porPagina=100")).text()).match(link)) seen.push("lista");
  if (role === "sermig") {
    if ((await (await page.request.get(`/casos/bandeja?vista=todos&q=${found.folio}`)).text()).match(link)) seen.push("bandeja");
    if ((await (await page.request.get(`/casos/bandeja/exportar?vista=todos&q=${found.folio}`)).text()).includes(found.folio)) seen.push("exportación");
  }
  return seen;
}

test("a blocked person's case vanishes for the officer, the coordinator and the admin until unblocked, and both steps are audited", async ({ browser }) => {
  const document = `BLQ${Date.now()}`;
  const found = await caseFor(document, "Persona Bloqueada Prueba");
  const officer = await personPage(browser, "Carolina", 225);
  const coordinator = await personPage(browser, "Rodrigo", 226);
  const admin = await personPage(browser, "Andrea", 227);
  const everyone = [
    [officer, "officer"],
    [coordinator, "sermig"],
    [admin, "sermig"],
  ] as const;
  expect(await traces(officer, found, "officer")).toEqual(["ficha 200", "lista"]);
  expect(await traces(coordinator, found, "sermig")).toEqual(["ficha 200", "lista", "bandeja", "exportación"]);

  await admin.goto("/admin/privacidad");
  const blocks = admin.getByRole("region", { name: "Bloqueo temporal de datos" });
  await blocks.getByLabel("Documento de la persona cuyos datos se bloquean").fill(document.toLowerCase());
  await blocks.getByRole("button", { name: "Bloquear los datos" }).click();
  await confirmInDialog(admin);
  await expect(blocks.getByText("Escriba el motivo del bloqueo (al menos 10 caracteres).")).toBeVisible();
  await blocks.getByLabel("Motivo del bloqueo").fill("Solicitud de supresión en examen.");
  await blocks.getByRole("button", { name: "Bloquear los datos" }).click();
  await confirmInDialog(admin);
  await expect(blocks.getByText("Los datos de la persona quedaron bloqueados.")).toBeVisible();
  const row = blocks.getByRole("row").filter({ hasText: "Solicitud de supresión en examen." }).filter({ hasText: document.slice(-4) });
  await expect(row).toContainText("1 caso oculto");
  await expectAccessible(admin);

  for (const [page, role] of everyone) expect(await traces(page, found, role)).toEqual([]);

  // The privacy lookup, which answers the person, still finds the case and says it is blocked.
  await admin.getByLabel("Número de documento", { exact: true }).fill(document);
  await admin.getByRole("button", { name: "Buscar", exact: true }).click();
  await expect(admin.getByRole("region", { name: "Registros de la persona" }).getByText("Bloqueado")).toBeVisible();

  await row.getByLabel(/Motivo para levantar el bloqueo/).fill("Se rechazó la supresión: el caso sigue en curso.");
  await row.getByRole("button", { name: "Levantar el bloqueo" }).click();
  // The lifted block leaves the list of those in force (its form, and the form's notice, with it).
  await expect(blocks.getByRole("row").filter({ hasText: "Solicitud de supresión en examen." }).filter({ hasText: document.slice(-4) })).toHaveCount(0);
  expect(await traces(officer, found, "officer")).toEqual(["ficha 200", "lista"]);
  expect(await traces(coordinator, found, "sermig")).toEqual(["ficha 200", "lista", "bandeja", "exportación"]);

  const audit = await query<{ action: string; actor_name: string }>(`SELECT action, actor_name FROM audit_event WHERE action IN ('privacy.block', 'privacy.unblock') AND after->>'reason' IN ('Solicitud de supresión en examen.', 'Se rechazó la supresión: el caso sigue en curso.') AND at > now() - interval '10 minutes' ORDER BY id`);
  expect(audit.slice(-2)).toEqual([
    { action: "privacy.block", actor_name: "Andrea Paz Valdés Moreno" },
    { action: "privacy.unblock", actor_name: "Andrea Paz Valdés Moreno" },
  ]);
  for (const page of [officer, coordinator, admin]) await page.context().close();
});

test("the register lists an overdue request in words, and an erasure is refused under a legal hold and done after confirming otherwise", async ({ browser }) => {
  const overdueDocument = `VEN${Date.now()}`;
  await query(
    `INSERT INTO subject_request (id, type, document_key, document_number, requester_name, received_on, due_on, created_by_id)
     VALUES ($1, 'ACCESO', $2, $2, 'Persona Con Plazo Vencido', (now() AT TIME ZONE 'America/Santiago')::date - 40, (now() AT TIME ZONE 'America/Santiago')::date - 10, 'e2e')`,
    [randomUUID(), overdueDocument],
  );
  const heldDocument = `RET${Date.now()}`;
  const held = await caseFor(heldDocument, "Persona Con Retención Prueba", { legalHold: true });
  const eraseDocument = `SUP${Date.now()}`;
  const erased = await caseFor(eraseDocument, "Persona Que Pide Suprimir");

  const admin = await personPage(browser, "Andrea", 228);
  await admin.goto("/admin/privacidad");
  const requests = admin.getByRole("region", { name: "Solicitudes por responder" });
  await expect(requests.getByRole("row").filter({ hasText: "Persona Con Plazo Vencido" })).toContainText("Vencida hace 10 días");

  // The register form sits in a disclosure that stays open after each submit.
  await requests.getByText("Registrar una solicitud recibida").click();
  for (const [document, name] of [
    [heldDocument, "Persona Con Retención Prueba"],
    [eraseDocument, "Persona Que Pide Suprimir"],
  ]) {
    await requests.getByLabel("Derecho que se ejerce").selectOption({ label: "Supresión" });
    await requests.getByLabel("Número de documento de la persona").fill(document);
    await requests.getByLabel("Nombre de quien presenta la solicitud").fill(name);
    await requests.getByRole("button", { name: "Registrar la solicitud" }).click();
    await expect(requests.getByText("Solicitud registrada. Su plazo de respuesta aparece en la lista.")).toBeVisible();
    await expect(requests.getByRole("row").filter({ hasText: name })).toContainText("Vence en 30 días");
  }
  await expectAccessible(admin);

  const heldRow = requests.getByRole("row").filter({ hasText: "Persona Con Retención Prueba" });
  await heldRow.getByRole("button", { name: "Suprimir los datos" }).click();
  await expect(admin.getByRole("dialog")).toContainText("No se puede deshacer");
  await confirmInDialog(admin);
  await expect(heldRow.getByText(`No se pueden suprimir los datos: el caso ${held.folio} tiene retención legal.`, { exact: false })).toBeVisible();
  expect((await query<{ full_name: string }>(`SELECT full_name FROM case_participant WHERE case_id = $1`, [held.id]))[0].full_name).toBe("Persona Con Retención Prueba");

  const eraseRow = requests.getByRole("row").filter({ hasText: "Persona Que Pide Suprimir" });
  await eraseRow.getByRole("button", { name: "Suprimir los datos" }).click();
  await confirmInDialog(admin);
  // Answered, it leaves the open requests and is listed as answered.
  await expect(requests.getByRole("row").filter({ hasText: "Persona Que Pide Suprimir" })).toContainText(/Acogida\s*el \d{2}-\d{2}-\d{4}/);
  const [after] = await query<{ type: string; status: string; municipality_code: string; summary: string; anonymised_at: Date | null; full_name: string; document_number: string | null; contact: string | null }>(
    `SELECT c.type, c.status, c.municipality_code, c.summary, c.anonymised_at, p.full_name, p.document_number, p.contact FROM "case" c JOIN case_participant p ON p.case_id = c.id WHERE c.id = $1`,
    [erased.id],
  );
  expect(after).toMatchObject({ type: "CONSULTA", status: "EN_REVISION", municipality_code: "13501", summary: "[Anonimizado]", full_name: "Persona anonimizada", document_number: null, contact: null });
  expect(after.anonymised_at).not.toBeNull();
  await expect(admin.getByRole("heading", { name: "Últimas solicitudes respondidas" })).toBeVisible();

  // The audit by person finds the erasure without the number in any URL.
  const audit = admin.getByRole("region", { name: "Auditoría de una persona" });
  await audit.getByLabel("Documento de la persona consultada").fill(eraseDocument);
  await audit.getByRole("button", { name: "Consultar la auditoría" }).click();
  await expect(audit.getByRole("cell", { name: "Supresión de los datos de una persona a su solicitud" })).toBeVisible();
  await admin.context().close();
});
