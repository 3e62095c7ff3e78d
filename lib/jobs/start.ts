import "server-only";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { db } from "@/lib/db";
import { deliverNotificationEmail } from "@/lib/notifications/deliver";
import { fileStore } from "@/lib/files/store";
import { mailConfigured, smtpMailer } from "@/lib/notifications/mailer";
import { retentionMonths } from "@/lib/privacy/retention-config";
import type { SendEmailJob } from "@/lib/notifications/notify";
import { runAnonymisation } from "./anonymise-expired";
import { QUEUES, schedulesEnabled, stopJobQueue, workerQueue } from "./boss";
import { runSlaWatch } from "./sla-watch";

/**
 * Starts the background jobs inside the app server (called from instrumentation.ts). Every instance
 * runs workers; pg-boss gives each job to one of them and fires each schedule once across instances.
 */
export async function startJobs(): Promise<void> {
  // Next already skips register() during `next build`; checked here too, since a build must never take jobs.
  if (process.env.JOBS_DISABLED === "1" || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return;
  try {
    await startWorkers();
  } catch (error) {
    // Like a failed configuration check: an instance that cannot reach its queue stops, and says why.
    console.error(`El portal no se inicia: no pudo abrir la cola de trabajos (${error instanceof Error ? error.message : String(error)}).`);
    process.exit(1);
  }
}

async function startWorkers(): Promise<void> {
  const boss = await workerQueue();

  if (mailConfigured()) {
    const mailer = smtpMailer();
    // What a handler returns is kept as the job's output: "sent" or "skipped" here, the counts below.
    await boss.work<SendEmailJob>(QUEUES.sendEmail.name, async ([job]) => ({ outcome: await deliverNotificationEmail(db, mailer, job.data) }));
  } else {
    console.warn("[jobs] SMTP_URL no está definida: los correos quedan en cola hasta que una instancia con servidor de correo los envíe.");
  }

  // A tick every 10 minutes needs no 2-second polling.
  await boss.work(QUEUES.slaWatch.name, { pollingIntervalSeconds: 30 }, () => runSlaWatch(db));
  await boss.work(QUEUES.anonymiseExpired.name, { pollingIntervalSeconds: 60 }, () => runAnonymisation(db, fileStore(), { months: retentionMonths(), trigger: "schedule" }));
  if (schedulesEnabled()) {
    // SLA_WATCH_CRON lets the reliability test watch several ticks across instances in minutes, not hours.
    await boss.schedule(QUEUES.slaWatch.name, process.env.SLA_WATCH_CRON || "*/10 * * * *", {}, { tz: "America/Santiago" });
    // At night, when nobody is working on cases.
    await boss.schedule(QUEUES.anonymiseExpired.name, "30 3 * * *", {}, { tz: "America/Santiago" });
  }

  // Best effort: Next exits on these signals on its own; this stops taking jobs in the meantime.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stopJobQueue());
}
