import { randomBytes } from "node:crypto";
import { expect, expectAccessible, personPage, test } from "./fixtures";
import { query } from "./helpers/db";

/**
 * Saved views of the inbox between real sign-ins: a view Rodrigo shares with his region reaches
 * Valentina, the region's other coordinator, with the same count, and never Fernanda in Antofagasta.
 */
test.describe("saved views of the inbox", () => {
  test("a view shared with the region reaches the region's other coordinator with its count, and not another region", async ({ browser }) => {
    const name = `Altas de la región ${randomBytes(3).toString("hex")}`;
    const rodrigo = await personPage(browser, "Rodrigo", 231);
    await rodrigo.goto("/casos/bandeja?vista=abiertos&prioridad=ALTA");
    const saved = rodrigo.getByRole("region", { name: "Vistas guardadas" });
    await saved.getByText("Guardar los filtros actuales como vista").click();
    await saved.getByRole("button", { name: "Guardar vista" }).click();
    await expect(saved.getByText("Escriba un nombre para la vista.")).toBeVisible();
    await saved.getByLabel("Nombre de la vista").fill(name);
    await saved.getByLabel("Quién la ve").selectOption({ label: "Compartida con la coordinación de mi región" });
    await saved.getByRole("button", { name: "Guardar vista" }).click();
    await expect(saved.getByRole("status")).toHaveText("Se guardó la vista. Ya aparece entre sus vistas guardadas.");

    const own = saved.getByRole("link", { name: new RegExp(`^${name} \\d+$`) });
    await expect(own).toHaveAttribute("aria-current", "true");
    const count = (await own.innerText()).match(/(\d+)$/)![1];
    const listed = (await rodrigo.getByRole("status").filter({ hasText: /casos?$/ }).innerText()).match(/^(\d+)/)![1];
    expect(count).toBe(listed);
    const [{ id }] = await query<{ id: string }>(`SELECT id FROM saved_view WHERE name = $1`, [name]);
    await expectAccessible(rodrigo);

    const valentina = await personPage(browser, "Valentina", 232);
    await valentina.goto("/casos/bandeja");
    const theirs = valentina.getByRole("region", { name: "Vistas guardadas" }).getByRole("link", { name: new RegExp(`^${name} \\(de Rodrigo Sepúlveda Araya\\) \\d+$`) });
    await expect(theirs).toContainText(count);
    await theirs.click();
    await expect(valentina).toHaveURL(new RegExp(`guardada=${id}`));
    await expect(valentina.getByRole("status").filter({ hasText: /casos?$/ })).toHaveText(new RegExp(`^${count} casos?$`));
    await expect(valentina.getByRole("search").getByLabel("Prioridad", { exact: true })).toHaveValue("ALTA");

    // Read-only for her: it shows among the shared views, with nothing to change or delete.
    await valentina.goto("/casos/bandeja/vistas");
    const sharedList = valentina.getByRole("region", { name: "Compartidas conmigo" });
    await expect(sharedList.getByRole("link", { name })).toBeVisible();
    await expect(valentina.getByRole("button", { name: new RegExp(`(Eliminar|Subir|Bajar) «${name}»`) })).toHaveCount(0);
    await expectAccessible(valentina);

    const fernanda = await personPage(browser, "Fernanda", 233);
    await fernanda.goto("/casos/bandeja");
    await expect(fernanda.getByRole("heading", { level: 1, name: "Bandeja de casos" })).toBeVisible();
    await expect(fernanda.getByRole("link", { name: new RegExp(name) })).toHaveCount(0);
    expect((await fernanda.goto(`/casos/bandeja?guardada=${id}`))?.status()).toBe(404);
    await fernanda.goto("/casos/bandeja/vistas");
    await expect(fernanda.getByText(name)).toHaveCount(0);
  });

  test("Rodrigo makes a view his default: the inbox opens with it until he asks for another view", async ({ browser }) => {
    const name = `Esperando ${randomBytes(3).toString("hex")}`;
    const rodrigo = await personPage(browser, "Rodrigo", 234);
    await rodrigo.goto("/casos/bandeja?vista=esperando&orden=antiguos");
    const saved = rodrigo.getByRole("region", { name: "Vistas guardadas" });
    await saved.getByText("Guardar los filtros actuales como vista").click();
    await saved.getByLabel("Nombre de la vista").fill(name);
    await saved.getByRole("button", { name: "Guardar vista" }).click();
    await expect(saved.getByRole("status")).toBeVisible();

    await rodrigo.goto("/casos/bandeja/vistas");
    await rodrigo.getByRole("button", { name: `Abrir la bandeja con esta vista «${name}»` }).click();
    await expect(rodrigo.getByRole("region", { name: "Vista predeterminada" })).toBeVisible();

    await rodrigo.goto("/casos/bandeja");
    await expect(rodrigo.getByRole("heading", { level: 1 })).toHaveText("Bandeja de casos");
    await expect(rodrigo.getByRole("navigation", { name: "Vistas de la bandeja" }).getByRole("link", { name: /^Esperando a la municipalidad/ })).toHaveAttribute("aria-current", "page");
    await expect(rodrigo.getByRole("region", { name: "Vistas guardadas" }).getByRole("link", { name: new RegExp(`^${name}`) })).toHaveAttribute("aria-current", "true");
    await expect(rodrigo.getByLabel("Ordenar por")).toHaveValue("antiguos");

    await rodrigo.getByRole("navigation", { name: "Vistas de la bandeja" }).getByRole("link", { name: /^Abiertos/ }).click();
    await expect(rodrigo).toHaveURL(/vista=abiertos/);

    await rodrigo.goto("/casos/bandeja/vistas");
    await rodrigo.getByRole("button", { name: "Abrir la bandeja sin vista predeterminada" }).click();
    await expect(rodrigo.getByRole("region", { name: "Vista predeterminada" })).toHaveCount(0);
  });
});
