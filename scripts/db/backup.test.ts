import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { baseDatabaseUrl } from "@/tests/helpers/scratch-db";
import { backupDatabase, clientMajor } from "./backup";

describe("client version check", () => {
  const dirs: string[] = [];
  afterEach(() => {
    delete process.env.PG_BIN_DIR;
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("reads the major version from the tool's banner", () => {
    expect(clientMajor("pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)")).toBe(15);
    expect(clientMajor("pg_dump (PostgreSQL) 9.6.24")).toBe(9);
    expect(clientMajor("something else")).toBeNull();
  });

  it("refuses a pg_dump of another major version than the server, and writes no file", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fake-pg-"));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, "pg_dump"), "#!/bin/sh\necho 'pg_dump (PostgreSQL) 14.11'\n", { mode: 0o755 });
    process.env.PG_BIN_DIR = dir;
    const out = path.join(dir, "out.dump");
    await expect(backupDatabase(baseDatabaseUrl(), out)).rejects.toThrow("pg_dump es de PostgreSQL 14 y el servidor es PostgreSQL 15");
    expect(fs.existsSync(out)).toBe(false);
  });
});
