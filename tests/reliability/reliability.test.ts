/**
 * Faults and concurrency against the production build: two production instances (scripts/serve.mjs) on one database, as
 * behind a load balancer, with files in an S3-compatible store. The database is a PostgreSQL server of
 * this test's own, so it can crash it halfway through 200 case filings and bring it back.
 */
import { execFileSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCheckDigit } from "@/lib/auth/run";
import { freshRun, nnaForm } from "@/lib/cases/test-fixtures";
import { createDatabase } from "@/scripts/db/database-url";
import { acquireEmbedded, connectionUrl, crashEmbedded, embeddedPaths, releaseEmbedded, restartEmbedded } from "@/scripts/db/embedded";
import { deployMigrations } from "@/scripts/db/migrate";
import { actionId, callAction } from "@/tests/helpers/server-actions";
import { startInstance, type Instance } from "./portal";

const CLIENT = "reliability-test";
const FILINGS = Number(process.env.RELIABILITY_FILINGS ?? 200);
const SESSIONS = 20;
// Stack traces, SQL and driver names must never reach a person.
const LEAK = /Prisma|SELECT |INSERT |ECONNREFUSED|\bat [\w.<>]+ \(|node_modules/;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sello-reliability-"));
const paths = embeddedPaths(dataDir);
let dbPort: number;
let url: string;
let s3: S3rver;
let a: Instance;
let b: Instance;
const officers: { id: string; cookie: string; municipalityCode: string }[] = [];
let coordinatorCookie: string;

/** A connection per query: the test crashes the server, and a long-lived connection would die with it. */
async function sql<T extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

async function session(userId: string): Promise<string> {
  const token = randomBytes(32).toString("hex");
  await sql(`INSERT INTO session (id, session_token, user_id, expires) VALUES ($1, $2, $3, now() + interval '2 hours')`, [randomUUID(), token, userId]);
  return `__Host-authjs.session-token=${token}`;
}

beforeAll(async () => {
  dbPort = await acquireEmbedded(CLIENT, paths);
  url = connectionUrl(dbPort, "sello");
  await createDatabase(url);
  await deployMigrations(url);
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { env: { ...process.env, DATABASE_URL: url }, stdio: "ignore" });

  // Twenty officers of twenty adhered municipalities, each with a session of their own.
  const places = await sql<{ code: string; region_code: string }>(
    `SELECT m.code, m.region_code FROM municipality m JOIN adhesion a ON a.municipality_code = m.code
     WHERE a.status NOT IN ('INTERESADA', 'RETIRADA') ORDER BY m.code LIMIT $1`,
    [SESSIONS],
  );
  for (const [i, place] of places.entries()) {
    const body = 70_000_000 + i;
    const [user] = await sql<{ id: string }>(
      `INSERT INTO "user" (id, run, name, role, municipality_code, region_code, updated_at) VALUES ($1, $2, $3, 'MUNICIPAL_OFFICER', $4, $5, now()) RETURNING id`,
      [randomUUID(), `${body}-${runCheckDigit(body)}`, `Encargada Prueba ${i + 1}`, place.code, place.region_code],
    );
    officers.push({ id: user.id, cookie: await session(user.id), municipalityCode: place.code });
  }
  const [rodrigo] = await sql<{ id: string }>(`SELECT id FROM "user" WHERE run = '55555555-5'`);
  coordinatorCookie = await session(rodrigo.id);

  s3 = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: path.join(dataDir, "s3"), configureBuckets: [{ name: "sello", configs: [] }] });
  const { port: s3Port } = await s3.run();
  const env = {
    DATABASE_URL: url,
    AUTH_SECRET: randomBytes(32).toString("base64"),
    AUTH_URL: "http://localhost",
    CLAVEUNICA_SIMULATOR: "1",
    FILE_STORE: "s3",
    S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
    S3_BUCKET: "sello",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    SLA_WATCH_CRON: "* * * * *",
    SMTP_URL: "",
    // The test stands where the balancer would, and names the client address in X-Forwarded-For.
    TRUSTED_PROXIES: "127.0.0.1",
  };
  const started = await Promise.allSettled([startInstance(env), startInstance(env)]);
  const failed = started.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) {
    // Whichever instance did start must not outlive the test.
    await Promise.all(started.map((s) => (s.status === "fulfilled" ? s.value.stop() : undefined)));
    throw failed.reason;
  }
  [a, b] = started.map((s) => (s as PromiseFulfilledResult<Instance>).value);
}, 300_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await s3?.close();
  await releaseEmbedded(CLIENT, paths);
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

const createCase = () => actionId("lib/cases/actions.ts", "createCaseAction");

type Attempt = { acknowledged: string | null; error: string | null };

/** One submission: acknowledged (the server sent the case's page) or refused with its message. */
async function file(instance: Instance, cookie: string, input: Record<string, unknown>): Promise<Attempt> {
  try {
    const reply = await callAction(instance.origin, "/casos/nuevo", createCase(), input, { Cookie: cookie });
    const redirect = /^\/casos\/([0-9a-f-]{36})\?ingresado=1/.exec(reply.redirect ?? "");
    if (redirect) return { acknowledged: redirect[1], error: null };
    return { acknowledged: null, error: reply.result?.error ?? `HTTP ${reply.status}: ${reply.body.slice(0, 200)}` };
  } catch (error) {
    return { acknowledged: null, error: `sin respuesta: ${(error as Error).message}` };
  }
}

describe("reliability", () => {
  it("keeps every acknowledged filing exactly once through a database crash, and recovers without a restart", async () => {
    const marker = `confiabilidad-${randomBytes(4).toString("hex")}`;
    const filings = Array.from({ length: FILINGS }, (_, i) => ({
      key: randomUUID(),
      officer: officers[i % officers.length],
      instance: i % 2 === 0 ? a : b,
      input: { idempotencyKey: "", ...nnaForm(freshRun(), { summary: `${marker} ${i}` }) },
    }));
    for (const filing of filings) filing.input.idempotencyKey = filing.key;

    const acknowledged = new Map<string, string>();
    const failures: string[] = [];
    let crashed = false;
    let backAt = 0;
    let outagePage: { status: number; body: string } | null = null;

    const crashHalfway = async () => {
      crashed = true;
      await crashEmbedded(paths);
      outagePage = await fetch(`${a.origin}/comunas`).then(async (r) => ({ status: r.status, body: await r.text() }));
      await new Promise((r) => setTimeout(r, 3000));
      await restartEmbedded(paths, dbPort);
      backAt = Date.now();
    };

    let next = 0;
    let crash: Promise<void> | null = null;
    const worker = async () => {
      while (next < filings.length) {
        const filing = filings[next++];
        // Retried with the same idempotency key until acknowledged, as the form does after an error.
        for (let attempt = 0; attempt < 30; attempt++) {
          const result = await file(filing.instance, filing.officer.cookie, filing.input);
          if (result.acknowledged) {
            acknowledged.set(filing.key, result.acknowledged);
            break;
          }
          failures.push(result.error!);
          await new Promise((r) => setTimeout(r, 500));
        }
        if (!crashed && acknowledged.size >= FILINGS / 3) crash = crashHalfway();
      }
    };
    await Promise.all(Array.from({ length: SESSIONS }, worker));
    await crash;

    // The database came back: both instances serve again within seconds, without a restart.
    const recovered = await Promise.all(
      [a, b].map(async (instance) => {
        for (;;) {
          const response = await fetch(`${instance.origin}/comunas/13501`).catch(() => null);
          if (response?.ok) return Date.now() - backAt;
          if (Date.now() - backAt > 30_000) return Number.POSITIVE_INFINITY;
          await new Promise((r) => setTimeout(r, 200));
        }
      }),
    );

    const stored = await sql<{ idempotency_key: string; id: string }>(`SELECT idempotency_key, id FROM "case" WHERE summary LIKE $1`, [`${marker} %`]);
    const byKey = new Map<string, string[]>();
    for (const row of stored) byKey.set(row.idempotency_key, [...(byKey.get(row.idempotency_key) ?? []), row.id]);
    const lost = [...acknowledged].filter(([key, id]) => byKey.get(key)?.[0] !== id).length;
    const duplicated = [...byKey.values()].filter((ids) => ids.length > 1).length;

    console.log(
      `Confiabilidad: ${FILINGS} ingresos desde ${SESSIONS} sesiones en 2 instancias; caída de la base a mitad de camino. ` +
        `Confirmados: ${acknowledged.size}; perdidos: ${lost}; duplicados: ${duplicated}; intentos fallidos y reintentados: ${failures.length}; ` +
        `de vuelta en ${recovered.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(" y ")} tras volver la base.`,
    );
    expect(crashed).toBe(true);
    expect(acknowledged.size).toBe(FILINGS);
    expect(lost).toBe(0);
    expect(duplicated).toBe(0);
    expect(stored.length).toBe(FILINGS);
    for (const ms of recovered) expect(ms).toBeLessThan(20_000);
    // Refusals during the outage were clear, in Spanish, with a reference; never a trace or SQL.
    for (const message of failures) {
      expect(message).not.toMatch(LEAK);
      // The session cannot be checked without the database either, and the portal fails closed.
      if (!message.startsWith("sin respuesta")) expect(message).toMatch(/^No pudimos completar la acción\. .*informe el código [0-9a-f]{8}\.$|^Su sesión terminó\. Ingrese nuevamente\.$/);
    }
    // A page that needed the database meanwhile showed the Spanish error page; its reference is in the log.
    const page = outagePage as { status: number; body: string } | null;
    expect(page?.status).toBe(500);
    expect(page!.body).not.toMatch(LEAK);
    const reference = /digest\\?":\\?"([^"\\]+)/.exec(page!.body)?.[1];
    expect(reference).toBeTruthy();
    expect(a.log()).toContain(reference!);
  }, 900_000);

  it("behaves as one portal across two instances: sessions, rate limits, files and scheduled jobs", async () => {
    const officer = officers[0];
    // A session opened on one instance works on the other.
    for (const instance of [a, b]) {
      const response = await fetch(`${instance.origin}/inicio`, { headers: { Cookie: officer.cookie }, redirect: "manual" });
      expect(response.status, instance.origin).toBe(200);
    }

    // The sign-in rate limit counts attempts made on both: the 11th from one address is refused.
    const signIn = actionId("lib/auth/actions.ts", "signInWithClaveUnica");
    const address = { "X-Forwarded-For": "203.0.113.77" };
    const replies = [];
    for (let i = 0; i < 11; i++) replies.push(await callAction((i % 2 ? b : a).origin, "/ingresar", signIn, {}, address));
    expect(replies.slice(0, 10).every((r) => r.result?.ok !== false)).toBe(true);
    expect(replies[10].result?.error).toBe("Demasiados intentos de ingreso desde esta conexión. Espere un minuto y vuelva a intentarlo.");

    // A file uploaded through one instance downloads through the other (the S3-compatible store).
    const [target] = await sql<{ id: string }>(`SELECT id FROM "case" WHERE municipality_code = $1 AND status <> 'BORRADOR' ORDER BY id LIMIT 1`, [officer.municipalityCode]);
    const bytes = Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n% ${randomUUID()}\n%%EOF\n`);
    const form = new FormData();
    form.append("caseId", target.id);
    form.append("archivo", new File([bytes], "informe.pdf", { type: "application/pdf" }));
    const upload = await callAction(a.origin, `/casos/${target.id}`, actionId("lib/cases/actions.ts", "addCaseAttachmentAction"), form, { Cookie: officer.cookie });
    expect(upload.result?.ok, upload.body.slice(0, 300)).toBe(true);
    const [stored] = await sql<{ id: string }>(
      `SELECT f.id FROM stored_file f JOIN case_attachment c ON c.file_id = f.id WHERE c.case_id = $1 ORDER BY f.uploaded_at DESC LIMIT 1`,
      [target.id],
    );
    const download = await fetch(`${b.origin}/archivos/${stored.id}`, { headers: { Cookie: officer.cookie } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);

    // Each tick of the schedule (every minute here) runs once, although both instances schedule it.
    // pg-boss turns a tick into one "send-it" job (unique per minute), which inserts the real job; on a
    // loaded machine that job can be created in the next minute, so jobs are counted against ticks,
    // not grouped by the minute they were created in.
    const deadline = Date.now() + 150_000;
    // A tick whose send-it is still running may have inserted its job already: between the two counts.
    let seen = { ticks: 0, done: 0, runs: 0 };
    while (Date.now() < deadline) {
      [seen] = await sql<{ ticks: number; done: number; runs: number }>(
        `SELECT count(*) FILTER (WHERE name = '__pgboss__send-it')::int AS ticks,
                count(*) FILTER (WHERE name = '__pgboss__send-it' AND state = 'completed')::int AS done,
                count(*) FILTER (WHERE name = 'sla-watch')::int AS runs
           FROM pgboss.job WHERE name = 'sla-watch' OR (name = '__pgboss__send-it' AND data->>'name' = 'sla-watch')`,
      );
      if (seen.done >= 2) break;
      await new Promise((r) => setTimeout(r, 5000));
    }
    console.log(`Tareas programadas: ${seen.ticks} minutos, ${seen.runs} ejecuciones.`);
    expect(seen.done).toBeGreaterThanOrEqual(2);
    expect(seen.runs).toBeGreaterThanOrEqual(seen.done);
    expect(seen.runs).toBeLessThanOrEqual(seen.ticks);
  }, 300_000);

  it("lets exactly one of simultaneous edits win, on either instance, and the rest get the conflict message", async () => {
    const conflict = /modificó este (caso|registro); recargue la página/;
    const [target] = await sql<{ id: string; version: number; priority: string }>(
      `SELECT id, version, priority FROM "case" WHERE region_code = '13' AND status = 'EN_REVISION' ORDER BY id LIMIT 1`,
    );
    const priority = actionId("lib/cases/triage-actions.ts", "changeCasePriorityAction");
    const others = ["BAJA", "MEDIA", "ALTA", "URGENTE"].filter((p) => p !== target.priority);
    const priorities = [...others, ...others];
    const caseReplies = await Promise.all(
      priorities.map((p, i) =>
        callAction((i % 2 ? b : a).origin, `/casos/${target.id}`, priority, { caseId: target.id, version: target.version, priority: p }, { Cookie: coordinatorCookie }),
      ),
    );

    const [adhesion] = await sql<{ version: number }>(`SELECT version FROM adhesion WHERE municipality_code = '13501'`);
    const transition = actionId("lib/adhesion/actions.ts", "adhesionTransitionAction");
    const adhesionReplies = await Promise.all(
      [0, 1, 2, 3].map((i) =>
        callAction((i % 2 ? b : a).origin, "/municipalidades/13501", transition, { municipalityCode: "13501", version: adhesion.version, transition: "sendToEvaluation" }, { Cookie: coordinatorCookie }),
      ),
    );

    const [plan] = await sql<{ id: string; version: number; municipality_code: string }>(
      `SELECT id, version, municipality_code FROM commitment_action WHERE municipality_code = $1 ORDER BY id LIMIT 1`,
      [officers[1].municipalityCode],
    );
    const update = actionId("lib/adhesion/actions.ts", "updateCommitmentAction");
    const titles = ["Mesa comunal de migraciones", "Mesa intersectorial", "Mesa territorial", "Mesa de trabajo"];
    const planReplies = await Promise.all(
      titles.map((title, i) =>
        callAction(
          (i % 2 ? b : a).origin,
          `/municipalidades/${plan.municipality_code}`,
          update,
          { id: plan.id, version: plan.version, title, description: "Instancia de coordinación local.", responsibleUnit: "DIDECO", startsOn: "2026-03-02", dueOn: "2026-12-15", status: "IN_PROGRESS" },
          { Cookie: officers[1].cookie },
        ),
      ),
    );

    for (const [label, replies] of [["caso", caseReplies], ["adhesión", adhesionReplies], ["acción del plan", planReplies]] as const) {
      const won = replies.filter((r) => r.result?.ok);
      expect(won, `${label}: ${replies.map((r) => r.result?.error).join(" | ")}`).toHaveLength(1);
      for (const lost of replies.filter((r) => !r.result?.ok)) expect(lost.result?.error, label).toMatch(conflict);
    }
    // No lost update: the stored values are those of the one save that won.
    const [caseAfter] = await sql<{ version: number }>(`SELECT version FROM "case" WHERE id = $1`, [target.id]);
    expect(caseAfter.version).toBe(target.version + 1);
    const [planAfter] = await sql<{ version: number; title: string }>(`SELECT version, title FROM commitment_action WHERE id = $1`, [plan.id]);
    expect(planAfter.version).toBe(plan.version + 1);
    expect(titles[planReplies.findIndex((r) => r.result?.ok)]).toBe(planAfter.title);
  }, 120_000);
});
