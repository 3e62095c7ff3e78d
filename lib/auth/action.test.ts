import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { defineAction } from "./action";

vi.mock("./viewer", () => ({ getViewer: async () => null }));
// The address as scripts/serve.mjs hands it over: the TCP peer, with no proxy declared.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sello-peer": "203.0.113.9" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const handled = vi.fn(async (input: unknown) => input);
beforeEach(() => handled.mockClear());
const signIn = defineAction({ name: "testSignIn", permission: "session.signIn", input: z.strictObject({ volver: z.string().max(20).optional() }) }, handled);

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const keys = (count: number, prefix = "campo_ajeno_") => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

describe("the action factory's answer to fields the form does not have", () => {
  it("refuses unknown fields without naming them", async () => {
    const result = await signIn(form(keys(5).map((key) => [key, "x"])));
    expect(result).toMatchObject({ ok: false, error: "Revise los datos marcados." });
    expect(JSON.stringify(result)).not.toContain("campo_ajeno_");
    expect(handled).not.toHaveBeenCalled();
  });

  it("refuses a form of more fields than any of the portal's, in a short answer that names none", async () => {
    const result = await signIn(form(keys(250).map((key) => [key, ""])));
    expect(result).toEqual({ ok: false, error: "El formulario trae demasiados campos. Recargue la página y vuelva a intentarlo." });
  });

  it("refuses a call sent as JSON whose objects nest tens of thousands of keys", async () => {
    const nested = Object.fromEntries(keys(20_000).map((key) => [key, ""]));
    const result = await signIn({ volver: "/inicio", otro: nested });
    expect(JSON.stringify(result).length).toBeLessThan(200);
    expect(JSON.stringify(result)).not.toContain("campo_ajeno_");
  });

  it("counts a repeated field (a list of checkboxes) once", async () => {
    const list = defineAction({ name: "testList", permission: "session.signIn", input: z.strictObject({ id: z.array(z.string()).max(5000) }) }, handled);
    const result = await list(form(Array.from({ length: 5000 }, (_, i): [string, string] => ["id", String(i)])));
    expect(result).toMatchObject({ ok: true });
  });

  it("names the form's own field that carries a NUL, and no field the form lacks", async () => {
    expect(await signIn(form([["volver", "/a\u0000b"]]))).toMatchObject({ ok: false, fieldErrors: { volver: "Contiene caracteres no válidos." } });
    const unknown = await signIn(form([["campo_ajeno", "a\u0000b"]]));
    expect(unknown).toMatchObject({ ok: false, error: "Revise los datos marcados." });
    expect(JSON.stringify(unknown)).not.toContain("campo_ajeno");
  });
});

describe("the throttle of a public action", () => {
  it("runs before the input is read, with the caller's address", async () => {
    const throttle = vi.fn(async () => "Demasiados intentos.");
    const limited = defineAction({ name: "testLimited", permission: "session.signIn", input: z.strictObject({}), throttle }, handled);
    expect(await limited(form(keys(250).map((key) => [key, ""])))).toEqual({ ok: false, error: "Demasiados intentos." });
    expect(throttle).toHaveBeenCalledWith("203.0.113.9");
    expect(handled).not.toHaveBeenCalled();
  });
});
