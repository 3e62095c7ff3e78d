/**
 * Request bodies of server actions, sent the way an attacker would (no browser) and the way a person
 * does: an anonymous call of hundreds of thousands of fields is refused at once in Spanish, without
 * holding up the portal or echoing a field back; honest sign-ins and 9 MB uploads still go through.
 */
import { expect, signInAs, test } from "./fixtures";
import { query } from "./helpers/db";
import { SAMPLE_PDF } from "./helpers/files";
import { actionId, parseReply } from "../helpers/server-actions";

const SIGN_IN = () => actionId("lib/auth/actions.ts", "signInWithClaveUnica");
let address = 0;

/** One call to the sign-in action from an address of its own, so the rate limit does not answer first. */
async function postToSignIn(origin: string, body: string, contentType: string, withActionHeader = true) {
  address += 1;
  const headers: Record<string, string> = { "Content-Type": contentType, Origin: origin, Accept: "text/x-component", "X-Forwarded-For": `192.0.2.${address}` };
  if (withActionHeader) headers["Next-Action"] = SIGN_IN();
  const started = performance.now();
  const response = await fetch(new URL("/ingresar", origin), { method: "POST", headers, body });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

const keys = (count: number) => Array.from({ length: count }, (_, i) => `clave${i}`);

function manyKeysAsJson(count: number): string {
  return JSON.stringify([Object.fromEntries(keys(count).map((key) => [key, ""]))]);
}

function manyKeysAsMultipart(count: number, boundary: string, actionField: string): string {
  const parts = keys(count).map((key) => `--${boundary}\r\nContent-Disposition: form-data; name="1_${key}"\r\n\r\n\r\n`);
  parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${actionField}"\r\n\r\n["$K1"]\r\n--${boundary}--\r\n`);
  return parts.join("");
}

test.describe("server action bodies", () => {
  test("200.000 fields (2,4 MB) to the public sign-in are refused at once in Spanish while the portal keeps answering", async ({ baseURL }) => {
    const body = manyKeysAsJson(200_000);
    expect(body.length).toBeGreaterThan(2_300_000);
    const [refused, health] = await Promise.all([postToSignIn(baseURL!, body, "text/plain;charset=UTF-8"), fetch(new URL("/api/health", baseURL))]);
    expect(refused.status).toBe(413);
    expect(refused.text).toBe("La solicitud es demasiado grande.");
    // Decoding this body took the old server over 4 s; refusing it is reading two headers.
    expect(refused.ms).toBeLessThan(2_000);
    expect(health.status).toBe(200);
  });

  test("a multipart body of 200.000 fields is refused the same, with the action header or without it", async ({ baseURL }) => {
    const boundary = "----limite";
    const fetchAction = await postToSignIn(baseURL!, manyKeysAsMultipart(200_000, boundary, "0"), `multipart/form-data; boundary=${boundary}`);
    const formPost = await postToSignIn(baseURL!, manyKeysAsMultipart(200_000, boundary, `$ACTION_ID_${SIGN_IN()}`), `multipart/form-data; boundary=${boundary}`, false);
    for (const reply of [fetchAction, formPost]) {
      expect(reply.status).toBe(413);
      expect(reply.text).toBe("La solicitud es demasiado grande.");
      expect(reply.ms).toBeLessThan(2_000);
    }
  });

  test("a small body of thousands of fields gets a short Spanish refusal that names none of them", async ({ baseURL }) => {
    const body = manyKeysAsJson(3_000);
    expect(body.length).toBeLessThan(64 * 1024);
    const reply = await postToSignIn(baseURL!, body, "text/plain;charset=UTF-8");
    expect(reply.status).toBe(200);
    expect(parseReply(reply.text)).toEqual({ ok: false, error: "El formulario trae demasiados campos. Recargue la página y vuelva a intentarlo." });
    expect(reply.text).not.toContain("clave");
    expect(reply.text.length).toBeLessThan(1_000);
  });

  test("a few unknown fields are refused without naming them", async ({ baseURL }) => {
    const reply = await postToSignIn(baseURL!, JSON.stringify([{ campoAjeno: "x", volver: "/inicio" }]), "text/plain;charset=UTF-8");
    expect(parseReply(reply.text)).toMatchObject({ ok: false, error: "Revise los datos marcados." });
    expect(reply.text).not.toContain("campoAjeno");
  });

  test("a person still signs in, and an officer still uploads a 9 MB file to a case", async ({ page }) => {
    test.setTimeout(120_000);
    await signInAs(page, "Carolina");
    await expect(page).toHaveURL(/\/inicio$/);
    const [target] = await query<{ id: string }>(
      `SELECT c.id FROM "case" c JOIN "user" u ON u.municipality_code = c.municipality_code
        WHERE u.name LIKE 'Carolina%' AND c.status NOT IN ('BORRADOR', 'CERRADO') ORDER BY c.id LIMIT 1`,
    );
    await page.goto(`/casos/${target.id}`);
    const nineMegabytes = Buffer.concat([SAMPLE_PDF, Buffer.alloc(9 * 1024 * 1024 - SAMPLE_PDF.length, 0x20)]);
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Adjuntar archivo" }) });
    await form.getByLabel("Archivo", { exact: true }).setInputFiles({ name: "expediente-completo.pdf", mimeType: "application/pdf", buffer: nineMegabytes });
    await form.getByRole("button", { name: "Adjuntar archivo" }).click();
    await expect(page.getByText("Archivo agregado al historial.")).toBeVisible({ timeout: 30_000 });
    const [stored] = await query<{ size: number }>(
      `SELECT f.size FROM stored_file f JOIN case_attachment a ON a.file_id = f.id WHERE a.case_id = $1 AND f.original_name = 'expediente-completo.pdf'`,
      [target.id],
    );
    expect(Number(stored?.size)).toBe(nineMegabytes.length);
  });
});
