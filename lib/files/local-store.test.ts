import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileStore } from "./store";

let dir: string;
const previous = process.env.FILE_STORE_DIR;

beforeAll(async () => {
  // Set before the first fileStore() call: the store reads its directory once.
  dir = await mkdtemp(path.join(tmpdir(), "sello-files-"));
  process.env.FILE_STORE_DIR = dir;
});

afterAll(async () => {
  if (previous === undefined) delete process.env.FILE_STORE_DIR;
  else process.env.FILE_STORE_DIR = previous;
  await rm(dir, { recursive: true, force: true });
});

const text = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

describe("local file store", () => {
  it("returns what was stored, and nothing once deleted", async () => {
    const key = randomUUID();
    await fileStore().put(key, new TextEncoder().encode("contenido de prueba"));
    const stream = await fileStore().get(key);
    expect(stream).not.toBeNull();
    expect(await text(stream!)).toBe("contenido de prueba");

    await fileStore().delete(key);
    expect(await fileStore().get(key)).toBeNull();
    await expect(fileStore().delete(key)).resolves.toBeUndefined();
  });

  it("writes the file under FILE_STORE_DIR, named by its key, with no temp file left behind", async () => {
    const key = randomUUID();
    await fileStore().put(key, new Uint8Array([1, 2, 3]));
    expect(await readFile(path.join(dir, key))).toEqual(Buffer.from([1, 2, 3]));
    expect((await readdir(dir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses any key that is not a UUID, before touching the disk", async () => {
    const outside = path.join(path.dirname(dir), `${path.basename(dir)}-escape`);
    const keys = ["../escape", `../${path.basename(outside)}`, "/etc/passwd", "", "not-a-uuid", `${randomUUID()}/x`, `.${randomUUID()}.tmp`];
    for (const key of keys) {
      await expect(fileStore().put(key, new Uint8Array([1]))).rejects.toThrow(/UUID/);
      await expect(fileStore().get(key)).rejects.toThrow(/UUID/);
      await expect(fileStore().delete(key)).rejects.toThrow(/UUID/);
    }
    await expect(readFile(outside)).rejects.toMatchObject({ code: "ENOENT" });
  });
});
