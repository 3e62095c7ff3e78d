import { type ChildProcess, spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { actionId, callAction } from "@/tests/helpers/server-actions";
import { query } from "./helpers/db";

/**
 * The portal reached directly, with no proxy declared: whatever a client writes in X-Forwarded-For or
 * X-Forwarded-Host is its own claim. The suite's main server trusts the runner as its proxy, so this
 * one is started apart, on the IPv6 loopback: its one client address (::1) is counted apart from the
 * other specs' sign-ins.
 */
let portal: ChildProcess | undefined;
let origin = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const env: NodeJS.ProcessEnv = { ...process.env, WEB_CONCURRENCY: "1", JOBS_DISABLED: "1" };
  delete env.TRUSTED_PROXIES;
  portal = spawn(process.execPath, ["scripts/serve.mjs", "-H", "::1", "-p", "0"], { env });
  origin = await new Promise<string>((resolve, reject) => {
    let output = "";
    const onData = (data: Buffer) => {
      output += data;
      const port = /:(\d+) \(proceso/.exec(output)?.[1];
      if (port) resolve(`http://[::1]:${port}`);
    };
    portal!.stdout!.on("data", onData);
    portal!.stderr!.on("data", onData);
    portal!.on("exit", () => reject(new Error(`El portal terminó al iniciar:\n${output}`)));
  });
});

test.afterAll(() => {
  portal?.kill("SIGKILL");
});

// First: failed sign-ins are audited one by one only up to a cap per address, and the starts below fail too.
test("the audit records the connection's address, not a forged X-Forwarded-For or peer header", async () => {
  const forged = "203.0.113.200";
  const startedAt = (await query<{ now: Date }>("SELECT now()"))[0].now;
  const response = await fetch(`${origin}/api/auth/callback/claveunica?code=falso&state=falso`, {
    headers: { "x-forwarded-for": forged, "x-sello-peer": forged },
    redirect: "manual",
  });
  expect(response.status).toBeLessThan(500);
  // The audit is written after the answer.
  await expect
    .poll(async () => (await query<{ ip: string }>(`SELECT ip FROM audit_event WHERE action = 'auth.signIn' AND at >= $1 AND ip IN ($2, '::1')`, [startedAt, forged])).map((row) => row.ip))
    .toEqual(["::1"]);
});

test("a server action posted from another site gets 403, even when X-Forwarded-Host names that site", async () => {
  const signIn = actionId("lib/auth/actions.ts", "signInWithClaveUnica");
  const foreign: Record<string, string>[] = [{ Origin: "https://evil.example" }, { Origin: "https://evil.example", "X-Forwarded-Host": "evil.example" }];
  for (const headers of foreign) {
    const reply = await callAction(origin, "/ingresar", signIn, {}, headers);
    expect(reply.status, JSON.stringify(headers)).toBe(403);
    expect(reply.body).toBe("Solicitud no permitida: viene de otro sitio.");
  }
  const own = await callAction(origin, "/ingresar", signIn, {});
  expect(own.status).toBeLessThan(400);
});

test("rotating X-Forwarded-For does not get past the sign-in limit", async () => {
  const statuses = [];
  for (let i = 1; i <= 12; i++) {
    const response = await fetch(`${origin}/api/auth/signin/claveunica`, {
      method: "POST",
      headers: { "x-forwarded-for": `203.0.113.${i}`, "content-type": "application/x-www-form-urlencoded" },
      body: "",
      redirect: "manual",
    });
    statuses.push(response.status);
  }
  // Ten starts a minute from one connection, the action's above included.
  expect(statuses.slice(10)).toEqual([429, 429]);
});
