import "server-only";
import { LocalFileStore, localStoreDir } from "./local-store";

/**
 * Where uploaded bytes live. Deliberately small, so another backend (object storage) can sit behind
 * it: callers only ever hand over a server-generated key, never a path or a user's file name.
 */
export interface FileStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** Null when nothing is stored under the key. */
  get(key: string): Promise<ReadableStream<Uint8Array> | null>;
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
}

let configured: FileStore | undefined;

/** The portal's file store, chosen from the environment on first use. */
export function fileStore(): FileStore {
  configured ??= new LocalFileStore(localStoreDir());
  return configured;
}
