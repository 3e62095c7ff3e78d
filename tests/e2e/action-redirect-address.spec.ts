import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import net from "node:net";
import { expect, test } from "@playwright/test";
import { freshRun, nnaForm } from "@/lib/cases/test-forms";
import { actionId } from "@/tests/helpers/server-actions";
import { query } from "./helpers/db";

/**
 * A server action that redirects makes Next fetch the destination page from the portal itself, so that
 * request reaches scripts/serve.mjs from the server's own address. The page it renders (a case, whose
 * sensitive data is audited when read) must still record the client's address. The client connects
 * from 127.0.0.2, an address of its own, to a portal with no proxy declared, listening on 127.0.0.1.
 */
let portal: ChildProcess | undefined;
let port = 0;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // A fixed port: Next builds the address of its own fetch from it.
  port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port: free } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(free));
    });
  });
  const env: NodeJS.ProcessEnv = { ...process.env, WEB_CONCURRENCY: "1", JOBS_DISABLED: "1" };
  delete env.TRUSTED_PROXIES;
  portal = spawn(process.execPath, ["scripts/serve.mjs", "-H", "127.0.0.1", "-p", String(port)], { env });
  await new Promise<void>((resolve, reject) => {
    let output = "";
    const onData = (data: Buffer) => {
      output += data;
      if (output.includes("(proceso")) resolve();
    };
    portal!.stdout!.on("data", onData);
    portal!.stderr!.on("data", onData);
    portal!.on("exit", () => reject(new Error(`El portal terminó al iniciar:\n${output}`)));
  });
});

test.afterAll(() => {
  portal?.kill("SIGKILL");
});

function postFrom127002(path: string, headers: Record<string, string>, body: string): Promise<{ status: number; redirect: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, localAddress: "127.0.0.2", path, method: "POST", headers }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode ?? 0, redirect: String(response.headers["x-action-redirect"] ?? "") }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

test("the case page an officer lands on after filing audits the officer's address, not the server's", async () => {
  const [carolina] = await query<{ id: string }>(`SELECT id FROM "user" WHERE run = '88888888-8'`);
  const token = randomBytes(32).toString("hex");
  await query(`INSERT INTO session (id, session_token, user_id, expires) VALUES ($1, $2, $3, now() + interval '1 hour')`, [randomUUID(), token, carolina.id]);
  const input = { idempotencyKey: randomUUID(), ...nnaForm(freshRun()) };
  const reply = await postFrom127002(
    "/casos/nuevo",
    {
      "Next-Action": actionId("lib/cases/actions.ts", "createCaseAction"),
      Origin: `http://127.0.0.1:${port}`,
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      Cookie: `__Host-authjs.session-token=${token}`,
    },
    JSON.stringify([input]),
  );
  const caseId = /^\/casos\/([0-9a-f-]{36})\?ingresado=1/.exec(reply.redirect)?.[1];
  expect(caseId, `HTTP ${reply.status}`).toBeTruthy();
  const audited = () => query<{ action: string; ip: string }>(`SELECT action, ip FROM audit_event WHERE entity_id = $1 ORDER BY id`, [caseId]);
  await expect.poll(async () => (await audited()).map((row) => row.action)).toContain("case.viewSensitive");
  const rows = await audited();
  expect(rows.map((row) => `${row.action} ${row.ip}`)).toEqual(rows.map((row) => `${row.action} 127.0.0.2`));
});
