import { LocalFileStore, localStoreDir } from "./local-store";
import { S3FileStore, type S3StoreConfig } from "./s3-store";

// No "server-only" marker here or in the backends: the demo seed, a plain Node script, stores its files
// through them too. The app reaches them through store.ts, which keeps the marker.

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

export type FileStoreConfig = { kind: "local"; dir: string } | ({ kind: "s3" } & S3StoreConfig);

/** FILE_STORE and its S3_* companions; an empty variable counts as unset. */
export function readFileStoreConfig(env: NodeJS.ProcessEnv): FileStoreConfig {
  const read = (name: string) => env[name]?.trim() || undefined;
  const kind = read("FILE_STORE") ?? "local";
  if (kind === "local") return { kind, dir: localStoreDir(env) };
  if (kind !== "s3") throw new Error(`FILE_STORE debe ser "local" o "s3" (se recibió "${kind}").`);

  const bucket = read("S3_BUCKET");
  if (!bucket) throw new Error("Falta S3_BUCKET: con FILE_STORE=s3 hay que indicar el bucket donde se guardan los archivos.");
  const accessKeyId = read("S3_ACCESS_KEY_ID");
  const secretAccessKey = read("S3_SECRET_ACCESS_KEY");
  // Half a key pair would silently fall back to the default chain and its other identity.
  if (!accessKeyId !== !secretAccessKey) {
    throw new Error("S3_ACCESS_KEY_ID y S3_SECRET_ACCESS_KEY deben definirse juntas (o ninguna de las dos).");
  }
  const endpoint = read("S3_ENDPOINT");
  const prefix = (read("S3_PREFIX") ?? "").replace(/^\/+|\/+$/g, "");
  return {
    kind,
    bucket,
    region: read("S3_REGION") ?? "us-east-1",
    endpoint,
    // Compatible servers rarely have the wildcard DNS that <bucket>.<host> addressing needs.
    forcePathStyle: endpoint !== undefined,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    prefix: prefix && `${prefix}/`,
  };
}

/** The backend a configuration names. */
export function openFileStore(config: FileStoreConfig): FileStore {
  return config.kind === "local" ? new LocalFileStore(config.dir) : new S3FileStore(config);
}
