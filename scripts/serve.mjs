// The production server: the Next.js build served by one worker process per CPU core on one port.
// `next start` is a single Node thread, so on a 2-core machine it used half of it; rendering a page
// is CPU work, and under load requests queued behind each other while the second core sat idle.
//
//   node scripts/serve.mjs [-H host] [-p port]      (or HOST / PORT; WEB_CONCURRENCY workers)
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import { parseArgs } from "node:util";
import { actionBodyLimits, bodyRefusal, refuse } from "./action-body-gate.mjs";

const { values } = parseArgs({ options: { hostname: { type: "string", short: "H" }, port: { type: "string", short: "p" } } });
const hostname = values.hostname ?? process.env.HOST ?? "0.0.0.0";
const port = Number(values.port ?? process.env.PORT ?? 3000);
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY) || os.availableParallelism());

if (cluster.isPrimary && workers > 1) {
  let stopping = false;
  const served = new Set();
  const stop = (signal, exitCode) => {
    stopping = true;
    process.exitCode = exitCode;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => process.exit(), 10_000).unref();
  };
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("listening", (worker) => served.add(worker.id));
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
      return;
    }
    // A worker that never served (a refused configuration, no database) stops the portal as `next start`
    // would, for the process manager to report; one that dies later is replaced.
    if (!served.has(worker.id)) return stop("SIGTERM", code || 1);
    console.error(`El proceso ${worker.process.pid} terminó (${signal ?? `código ${code}`}); se reemplaza.`);
    cluster.fork();
  });
  for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => stop(signal, 0));
} else {
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const bodyLimits = actionBodyLimits();
  const server = http.createServer((request, response) => {
    const refusal = bodyRefusal(request, bodyLimits);
    if (refusal) return refuse(request, response, refusal);
    return handle(request, response);
  });
  server.listen(port, hostname, () => console.log(`Sello Migrante en http://${hostname}:${server.address().port} (proceso ${process.pid})`));
  // Requests under way may finish; a load balancer has already stopped sending new ones.
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.once(signal, () => {
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), 5_000).unref();
    });
  }
}
