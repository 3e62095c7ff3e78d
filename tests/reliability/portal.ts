/**
 * Production servers for the reliability tests: the build in .next served as in production
 * (scripts/serve.mjs, one worker each, so two instances share the two cores), each on its own loopback port, with their output kept so a test can find a reference id in the log.
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";

export type Instance = { origin: string; port: number; log: () => string; stop: () => Promise<void> };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startInstance(env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["scripts/serve.mjs", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, NODE_ENV: "production", WEB_CONCURRENCY: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const origin = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`El portal terminó al iniciar:\n${output}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() - started > 60_000) throw new Error(`El portal no respondió en 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    origin,
    port,
    log: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        process.kill(-child.pid!, "SIGTERM");
      }),
  };
}
