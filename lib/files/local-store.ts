import { randomUUID } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { FileStore } from "./store-config";
import { assertStorageKey } from "./storage-key";


/** FILE_STORE_DIR, else `files` in the data directory: never under public/, so nothing is served without the route's check. */
export function localStoreDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.FILE_STORE_DIR ?? path.join(env.DATA_DIR ?? ".data", "files"));
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === "ENOENT";
}

/** Files in one directory, named by their key. */
export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    assertStorageKey(key);
    return path.join(this.root, key);
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(this.root, { recursive: true });
    // Write beside the target and rename: a reader (or a crash) never sees half a file. The temp file
    // is in the same directory so the rename stays on one file system and is atomic.
    const temp = path.join(this.root, `.${key}.${randomUUID()}.tmp`);
    try {
      const handle = await open(temp, "wx");
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<ReadableStream<Uint8Array> | null> {
    const target = this.pathOf(key);
    try {
      const handle = await open(target, "r");
      return Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
