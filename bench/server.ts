/** The production server under test: the `next build` output served as in production (scripts/serve.mjs) on loopback. */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function buildProduction(log: (line: string) => void): number {
  const started = performance.now();
  log("Compilando la versión de producción (next build)…");
  const result = spawnSync("npx", ["next", "build"], { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) {
    process.stdout.write(result.stdout);
    throw new Error("next build falló.");
  }
  return Math.round(performance.now() - started);
}

function newestSource(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestSource(path.join(entry, name))));
}

/** A build newer than every source file it is made from (the quick mode reuses it instead of rebuilding). */
export function hasFreshBuild(): boolean {
  const built = fs.statSync(path.resolve(".next", "BUILD_ID"), { throwIfNoEntry: false });
  if (!built) return false;
  const sources = ["app", "components", "lib", "proxy.ts", "instrumentation.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs"];
  return sources.every((entry) => newestSource(path.resolve(entry)) < built.mtimeMs);
}

export type RunningServer = { origin: string; stop: () => Promise<void>; logs: () => string; cpuMs: () => number };

const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/**
 * CPU time (user + system) spent so far by every process of a process group, from /proc. Divided by
 * the requests served it gives the server's CPU cost per request, which other load on the machine
 * barely changes, unlike latencies.
 */
export function groupCpuMs(pgid: number): number {
  let ticks = 0;
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue;
    }
    // Fields after the command name (which may hold spaces) start at state: pgrp is the 3rd, utime the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / CLOCK_TICKS;
}

/**
 * Starts the production server (one worker per core) bound to 127.0.0.1 in its own process group, against the benchmark database,
 * and waits until /api/health answers. The server keeps no session of its own: the benchmark inserts
 * them in the database.
 */
export async function startServer(databaseUrl: string, port: number): Promise<RunningServer> {
  const origin = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["scripts/serve.mjs", "-H", "127.0.0.1", "-p", String(port)], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      AUTH_URL: origin,
      AUTH_SECRET: randomBytes(32).toString("base64"),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  let output = "";
  child.stdout!.on("data", (d) => (output = (output + d).slice(-20_000)));
  child.stderr!.on("data", (d) => (output = (output + d).slice(-20_000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(-child.pid!, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGKILL");
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`El servidor terminó con código ${child.exitCode}:\n${output}`);
    const ok = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { origin, stop, logs: () => output, cpuMs: () => groupCpuMs(child.pid!) };
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`El servidor no respondió en 60 s:\n${output}`);
}
