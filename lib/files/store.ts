import "server-only";
import { type FileStore, openFileStore, readFileStoreConfig } from "./store-config";

export { type FileStore, type FileStoreConfig, readFileStoreConfig } from "./store-config";

let configured: FileStore | undefined;

/** The portal's file store, chosen from the environment on first use. */
export function fileStore(): FileStore {
  configured ??= openFileStore(readFileStoreConfig(process.env));
  return configured;
}
