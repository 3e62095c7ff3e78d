import "server-only";
import pg from "pg";
import PgBoss from "pg-boss";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logError } from "@/lib/log";
import { mailRetrySeconds } from "@/lib/notifications/mail-retry";

/**
 * The background job queue: pg-boss on the portal's own PostgreSQL, in schema `pgboss`. One instance
 * per process. A "sender" only puts jobs in the queue (tests, instances with JOBS_DISABLED=1, anything
 * that enqueues before the server started its workers); a "worker" also runs handlers, maintenance and
 * the schedules. pg-boss hands each job, and each scheduled tick, to a single instance.
 */
export const QUEUES = {
  /** One e-mail per notification. Retries wait 30 s, 60 s, 120 s… (MAIL_RETRY_SECONDS) so a mail server outage is ridden out. */
  sendEmail: { name: "send-email", options: { retryLimit: 8, retryDelay: mailRetrySeconds(), retryBackoff: true } },
  /** Deadline warnings and breaches. "stately" keeps at most one run waiting and one running. */
  slaWatch: { name: "sla-watch", options: { policy: "stately", retryLimit: 0 } },
  /** Daily retention run (lib/jobs/anonymise-expired.ts); a failed case is retried by the next day's run. */
  anonymiseExpired: { name: "anonymise-expired", options: { policy: "stately", retryLimit: 0 } },
} as const satisfies Record<string, { name: string; options: Omit<PgBoss.Queue, "name"> }>;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]["name"];

type Role = "sender" | "worker";

/**
 * JOB_SCHEDULES_DISABLED=1: this instance neither registers nor fires the timed jobs (deadline watch,
 * retention) but still sends e-mail. For the end-to-end suite, whose specs assert notifications and
 * cases that a watcher tick landing mid-test would change; the jobs have tests of their own.
 */
export function schedulesEnabled(): boolean {
  return process.env.JOB_SCHEDULES_DISABLED !== "1";
}
type Held = { role: Role; boss: Promise<PgBoss> };

// Survives development hot reloads, like the Prisma client.
const holder = globalThis as unknown as { selloJobQueue?: Held };

/**
 * Instances starting at the same moment on a fresh database deadlock inside pg-boss while they create
 * its schema and queues (found by the two-instance reliability test); setting up one at a time avoids it.
 */
async function oneAtATime<T>(connectionString: string, setup: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString, application_name: "sello-jobs-setup" });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('sello.jobs.setup'))");
    return await setup();
  } finally {
    await client.end();
  }
}

async function open(role: Role): Promise<PgBoss> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL no está definida: la cola de trabajos no tiene base de datos.");
  const worker = role === "worker";
  const boss = new PgBoss({
    connectionString,
    schema: "pgboss",
    application_name: `sello-jobs-${role}`,
    max: worker ? 4 : 2,
    supervise: worker,
    schedule: worker && schedulesEnabled(),
  });
  // Without a listener an "error" event would crash the process; connection hiccups are retried by pg-boss.
  boss.on("error", (error) => logError("jobs", error));
  await oneAtATime(connectionString, async () => {
    await boss.start();
    for (const { name, options } of Object.values(QUEUES)) {
      await boss.createQueue(name, { name, ...options });
      // createQueue keeps an existing queue as it was; this applies option changes made in the code.
      await boss.updateQueue(name, { name, ...options });
    }
  });
  return boss;
}

function hold(role: Role): Promise<PgBoss> {
  const boss = open(role);
  const held: Held = { role, boss };
  holder.selloJobQueue = held;
  // A failed start (database not reachable yet) must not stick: the next call tries again.
  boss.catch(() => {
    if (holder.selloJobQueue === held) holder.selloJobQueue = undefined;
  });
  return boss;
}

/** The queue, ready to take jobs (its schema and queues exist). */
export function jobQueue(): Promise<PgBoss> {
  return holder.selloJobQueue?.boss ?? hold("sender");
}

/** The queue with workers and schedules enabled; replaces a sender opened earlier in this process. */
export async function workerQueue(): Promise<PgBoss> {
  const current = holder.selloJobQueue;
  if (current?.role === "worker") return current.boss;
  // The sender holds no jobs of its own, so it can go at once; one that never started needs no stop.
  if (current) await current.boss.then((boss) => boss.stop({ graceful: false }), () => undefined);
  return hold("worker");
}

/** Stops this process's queue: no new jobs are taken; running ones get a few seconds to finish. */
export async function stopJobQueue(): Promise<void> {
  const current = holder.selloJobQueue;
  holder.selloJobQueue = undefined;
  if (current) await current.boss.then((boss) => boss.stop({ graceful: true, timeout: 5_000 }), () => undefined);
}

/**
 * Lets pg-boss write through the caller's Prisma transaction, so a job exists exactly when the change
 * that caused it commits: a rollback leaves no job behind, and workers only see committed jobs.
 */
function inTransaction(tx: Prisma.TransactionClient): PgBoss.Db {
  return {
    executeSql: async (text, values = []) => ({ rows: await tx.$queryRawUnsafe(text, ...values.map((value) => value ?? null)) }),
  };
}

/** Puts jobs in a queue as part of the caller's transaction. */
export async function enqueueInTransaction(tx: Prisma.TransactionClient, queue: QueueName, payloads: object[]): Promise<void> {
  if (payloads.length === 0) return;
  const boss = await jobQueue();
  await boss.insert(
    payloads.map((data) => ({ name: queue, data })),
    { db: inTransaction(tx) },
  );
}
