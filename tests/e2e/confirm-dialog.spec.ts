import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { runCheckDigit } from "../../lib/auth/run";
import { expect, expectAccessible, signInAs, signInWithRun, test } from "./fixtures";
import { query } from "./helpers/db";

const MELIPILLA = "13501";

async function statusOf(code: string) {
  const [row] = await query<{ status: string; version: number }>(`SELECT status::text AS status, version FROM adhesion WHERE municipality_code = $1`, [code]);
  return row;
}

async function planFigures(code: string) {
  const [row] = await query<{ approved: number; total: number }>(
    `SELECT count(*) FILTER (WHERE review = 'APPROVED')::int AS approved, count(*)::int AS total FROM commitment_action WHERE municipality_code = $1`,
    [code],
  );
  return row;
}

const evaluationDialog = (page: Page) => page.getByRole("dialog", { name: "¿Pedir la evaluación del Sello?" });

test.describe("asking for evaluation goes through the confirmation dialog", () => {
  test("Carolina sees the plan's real figures; Cancelar, Escape and Space leave Melipilla as it was; the dialog is keyboard-operable and accessible", async ({ page }) => {
    const before = await statusOf(MELIPILLA);
    expect(before.status).toBe("EN_IMPLEMENTACION");
    const { approved, total } = await planFigures(MELIPILLA);
    await signInAs(page, "Carolina");
    await page.goto(`/municipalidades/${MELIPILLA}`);
    const opener = page.getByRole("button", { name: "Pedir la evaluación" });

    await opener.click();
    const dialog = evaluationDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAccessibleDescription(/La adhesión pasará a «En evaluación»\. La coordinación regional y el comité calificador revisarán el plan de trabajo/);
    const details = dialog.getByRole("listitem");
    await expect(details.first()).toHaveText(`${approved} de ${total} acciones aprobadas`);
    await expect(details.last()).toHaveText("La coordinación puede devolver la solicitud con observaciones");
    await expectAccessible(page);

    // Focus starts on the safe choice and Tab goes round the dialog's two buttons, both ways.
    const cancel = dialog.getByRole("button", { name: "Cancelar" });
    const confirm = dialog.getByRole("button", { name: "Pedir la evaluación" });
    await expect(cancel).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(confirm).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(cancel).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await expect(confirm).toBeFocused();

    // Escape cancels, focus goes back to the button that opened it, nothing was sent.
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();
    expect(await statusOf(MELIPILLA)).toEqual(before);

    // Enter on the opener asks again; Space on the focused Cancelar cancels.
    await page.keyboard.press("Enter");
    await expect(cancel).toBeFocused();
    await page.keyboard.press("Space");
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();

    // And the Cancelar button, clicked.
    await opener.click();
    await cancel.click();
    await expect(dialog).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("region", { name: "Adhesión al Sello Migrante" }).getByText("En implementación", { exact: true })).toBeVisible();
    expect(await statusOf(MELIPILLA)).toEqual(before);
  });

  test("confirming with the keyboard moves a municipality to «En evaluación», and the dialog says what its plan lacks", async ({ page }) => {
    // A municipality of its own: Melipilla stays in implementation for the other specs and the demo.
    const [place] = await query<{ code: string; region_code: string }>(
      `SELECT m.code, m.region_code FROM municipality m
        WHERE NOT EXISTS (SELECT 1 FROM adhesion a WHERE a.municipality_code = m.code)
          AND NOT EXISTS (SELECT 1 FROM "user" u WHERE u.municipality_code = m.code)
        ORDER BY m.code DESC LIMIT 1`,
    );
    await query(
      `INSERT INTO adhesion (municipality_code, region_code, status, status_since, letter_signed_on) VALUES ($1, $2, 'EN_IMPLEMENTACION', now(), current_date - 30)`,
      [place.code, place.region_code],
    );
    const body = randomInt(27_000_000, 28_000_000);
    const run = `${body}-${runCheckDigit(body)}`;
    await query(
      `INSERT INTO "user" (id, run, name, email, role, municipality_code, region_code, updated_at)
       VALUES (gen_random_uuid()::text, $1, 'Paula Ortiz Rivas', $2, 'MUNICIPAL_OFFICER', $3, $4, now())`,
      [run, `paula.ortiz.${body}@demo.municipio${place.code}.cl`, place.code, place.region_code],
    );
    await signInWithRun(page, run);
    await page.goto(`/municipalidades/${place.code}`);

    await page.getByRole("button", { name: "Pedir la evaluación" }).focus();
    await page.keyboard.press("Enter");
    const dialog = evaluationDialog(page);
    await expect(dialog.getByRole("listitem")).toHaveText([
      "El plan de trabajo no tiene acciones",
      "Sin acciones en las líneas Institucionalidad, Capacitaciones, Políticas públicas locales, Regularidad migratoria, Asociatividad y participación",
      "Falta la persona o unidad designada (línea 1)",
      "No hay capacitaciones registradas (línea 2)",
      "La coordinación puede devolver la solicitud con observaciones",
    ]);
    expect((await statusOf(place.code)).status).toBe("EN_IMPLEMENTACION");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Adhesión al Sello Migrante" }).getByText("En evaluación", { exact: true })).toBeVisible();
    expect((await statusOf(place.code)).status).toBe("EN_EVALUACION");
    const events = await query<{ transition: string }>(`SELECT transition FROM adhesion_event WHERE municipality_code = $1`, [place.code]);
    expect(events.map((e) => e.transition)).toEqual(["requestEvaluation"]);
  });
});
