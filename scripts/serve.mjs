// The production server: the Next.js build served by one worker process per CPU core on one port.
// `next start` is a single Node thread, so on a 2-core machine it used half of it; rendering a page
// is CPU work, and under load requests queued behind each other while the second core sat idle.
//
//   node scripts/serve.mjs [-H host] [-p port]      (or HOST / PORT; WEB_CONCURRENCY workers)
import cluster from "node:cluster";
import { randomBytes, timingSafeEqual } from "node:crypto";
import http from "node:http";
import os from "node:os";
import { parseArgs } from "node:util";
import { FORWARDING_HEADERS, PEER_HEADER, ProxyConfigurationError, normaliseAddress, trustedProxies } from "../lib/auth/trusted-proxies.mjs";
import { actionBodyLimits, bodyRefusal, refuse } from "./action-body-gate.mjs";

const { values } = parseArgs({ options: { hostname: { type: "string", short: "H" }, port: { type: "string", short: "p" } } });
const hostname = values.hostname ?? process.env.HOST ?? "0.0.0.0";
const port = Number(values.port ?? process.env.PORT ?? 3000);
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY) || os.availableParallelism());
// A server action that redirects makes Next fetch the destination page from this same server, passing
// on the action request's headers. This secret, inherited by every worker, tells that request apart
// from a client's, so the page it renders keeps the real client's address instead of our own.
const RELAY_HEADER = "x-sello-relay";
process.env.SELLO_RELAY_TOKEN ||= randomBytes(32).toString("hex");

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
  const relayToken = Buffer.from(process.env.SELLO_RELAY_TOKEN);
  delete process.env.SELLO_RELAY_TOKEN;
  const relayedByNext = (request) => {
    const claimed = Buffer.from(String(request.headers[RELAY_HEADER] ?? ""));
    return claimed.length === relayToken.length && timingSafeEqual(claimed, relayToken);
  };
  let proxies;
  try {
    proxies = trustedProxies();
  } catch (error) {
    if (!(error instanceof ProxyConfigurationError)) throw error;
    console.error(`El portal no se inicia. ${error.message}`);
    process.exit(1);
  }
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const bodyLimits = actionBodyLimits();
  const server = http.createServer((request, response) => {
    // Next has no way to give app code the socket's address, and fills X-Forwarded-For with it only
    // when the client sent none; so the peer travels in a header of our own, overwritten here.
    if (!relayedByNext(request)) request.headers[PEER_HEADER] = normaliseAddress(request.socket.remoteAddress) ?? "";
    request.headers[RELAY_HEADER] = relayToken.toString();
    const viaProxy = proxies.trusts(request.headers[PEER_HEADER]);
    // From anyone but a declared proxy these are the client's own claims: gone before Next, which would
    // otherwise build the request's URL and the server actions' origin check on X-Forwarded-Host.
    if (!viaProxy) for (const name of FORWARDING_HEADERS) delete request.headers[name];
    if (crossOriginPost(request, viaProxy)) {
      response.writeHead(403, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
      response.end("Solicitud no permitida: viene de otro sitio.");
      return;
    }
    // A path Next cannot decode gets the Spanish 404 here, in-process. proxy.ts does the same for
    // `next dev`, but its rewrite makes this server fetch the 404 page from itself over HTTP (the
    // request's Host is not the address it listens on), and that fetch's socket was sometimes reset: a 500.
    if (undecodablePath(request.url)) request.url = "/no-encontrado";
    // Sizes are read from the headers, before Next reads (and decodes) a byte of the body.
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

/** Percent-escapes in the path that are not UTF-8 (/casos/%ED%A0%80): no address of the portal looks like that. */
function undecodablePath(url = "/") {
  try {
    decodeURIComponent(url.split("?")[0]);
    return false;
  } catch {
    return true;
  }
}

/**
 * A POST to a page is a server action. A browser says where the form or script that sent it came from
 * (Origin); one from another site would carry the session cookie along. Next refuses it too, but with a
 * 500 whose log reads like a fault; this answers 403. The portal declares no extra allowed origins
 * (serverActions.allowedOrigins), so the only one is the host the request was addressed to, as the
 * declared proxy reports it. Route handlers under /api/ (Auth.js) check their own CSRF token.
 */
function crossOriginPost(request, viaProxy) {
  if (request.method !== "POST" || request.url?.startsWith("/api/")) return false;
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  const forwardedHost = viaProxy ? request.headers["x-forwarded-host"]?.split(",")[0].trim() : undefined;
  const host = forwardedHost || request.headers.host;
  try {
    return origin === "null" || !host || new URL(origin).host !== host.toLowerCase();
  } catch {
    return true;
  }
}
