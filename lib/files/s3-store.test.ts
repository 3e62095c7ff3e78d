import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localStoreDir } from "./local-store";
import { S3FileStore, type S3StoreConfig } from "./s3-store";
import { fileStore, readFileStoreConfig } from "./store";

const BUCKET = "sello-archivos";
// s3rver's fixed credentials: it checks request signatures against them.
const CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
const S3_ENV = {
  FILE_STORE: "s3",
  S3_BUCKET: BUCKET,
  S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
  S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
  S3_PREFIX: "/adjuntos/",
};

let dir: string;
let server: S3rver;
let endpoint: string;
const previous = Object.fromEntries([...Object.keys(S3_ENV), "S3_ENDPOINT"].map((name) => [name, process.env[name]]));

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "sello-s3-"));
  server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: dir, configureBuckets: [{ name: BUCKET, configs: [] }] });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  // Set before the first fileStore() call: the store reads the environment once.
  Object.assign(process.env, S3_ENV, { S3_ENDPOINT: endpoint });
});

afterAll(async () => {
  for (const [name, value] of Object.entries(previous)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;
const storeAt = (url: string, change: Partial<S3StoreConfig> = {}) =>
  new S3FileStore({ bucket: BUCKET, region: "us-east-1", endpoint: url, forcePathStyle: true, credentials: CREDENTIALS, prefix: "", ...change });
const bytesOf = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());

describe("S3 file store", () => {
  it("returns the exact bytes stored, under S3_PREFIX in the bucket", async () => {
    const key = randomUUID();
    // Every byte value, including what would break a text round trip.
    const bytes = new Uint8Array([...Array.from({ length: 256 }, (_, i) => i), ...randomBytes(4096)]);
    await fileStore().put(key, bytes);

    const stream = await fileStore().get(key);
    expect(stream).not.toBeNull();
    expect(await bytesOf(stream!)).toEqual(bytes);

    const raw = new S3Client({ region: "us-east-1", endpoint, forcePathStyle: true, credentials: CREDENTIALS });
    try {
      const { Body } = await raw.send(new GetObjectCommand({ Bucket: BUCKET, Key: `adjuntos/${key}` }));
      expect(new Uint8Array(await Body!.transformToByteArray())).toEqual(bytes);
    } finally {
      raw.destroy();
    }
  });

  it("answers null for a key that was never stored", async () => {
    expect(await fileStore().get(randomUUID())).toBeNull();
  });

  it("answers null once deleted, and deleting again is not an error", async () => {
    const key = randomUUID();
    await fileStore().put(key, new Uint8Array([1, 2, 3]));
    await fileStore().delete(key);
    expect(await fileStore().get(key)).toBeNull();
    await expect(fileStore().delete(key)).resolves.toBeUndefined();
  });

  it("fails, rather than answering null, when the bucket does not exist", async () => {
    await expect(storeAt(endpoint, { bucket: "no-existe" }).get(randomUUID())).rejects.toMatchObject({ name: "NoSuchBucket" });
  });

  it("refuses any key that is not a UUID without sending a request", async () => {
    let requests = 0;
    const counter: Server = createServer((_, response) => {
      requests += 1;
      response.writeHead(500).end();
    });
    await new Promise<void>((resolve) => counter.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = counter.address() as AddressInfo;
      const store = storeAt(`http://127.0.0.1:${port}`);
      const keys = ["../escape", "", "not-a-uuid", `${randomUUID()}/x`, `../${randomUUID()}`, randomUUID().toUpperCase()];
      for (const key of keys) {
        await expect(store.put(key, new Uint8Array([1]))).rejects.toThrow(/UUID/);
        await expect(store.get(key)).rejects.toThrow(/UUID/);
        await expect(store.delete(key)).rejects.toThrow(/UUID/);
      }
      expect(requests).toBe(0);
    } finally {
      counter.closeAllConnections();
      await new Promise((resolve) => counter.close(resolve));
    }
  });
});

describe("file store configuration", () => {
  it("is the local store in the data directory when FILE_STORE is unset", () => {
    expect(readFileStoreConfig(env({ DATA_DIR: "/srv/sello" }))).toEqual({ kind: "local", dir: localStoreDir(env({ DATA_DIR: "/srv/sello" })) });
    expect(readFileStoreConfig(env({ FILE_STORE: "" }))).toMatchObject({ kind: "local" });
  });

  it("reads S3 with an endpoint as path-style, with defaults for what is optional", () => {
    expect(readFileStoreConfig(env({ FILE_STORE: "s3", S3_BUCKET: "b", S3_ENDPOINT: "http://minio:9000", S3_PREFIX: "/a/b/" }))).toEqual({
      kind: "s3",
      bucket: "b",
      region: "us-east-1",
      endpoint: "http://minio:9000",
      forcePathStyle: true,
      credentials: undefined,
      prefix: "a/b/",
    });
    expect(readFileStoreConfig(env({ FILE_STORE: "s3", S3_BUCKET: "b", S3_REGION: "sa-east-1" }))).toMatchObject({
      region: "sa-east-1",
      endpoint: undefined,
      forcePathStyle: false,
      prefix: "",
    });
  });

  it("refuses an S3 configuration without a bucket, half a key pair, or an unknown store", () => {
    expect(() => readFileStoreConfig(env({ FILE_STORE: "s3" }))).toThrow(/^Falta S3_BUCKET/);
    expect(() => readFileStoreConfig(env({ FILE_STORE: "s3", S3_BUCKET: " " }))).toThrow(/^Falta S3_BUCKET/);
    expect(() => readFileStoreConfig(env({ FILE_STORE: "s3", S3_BUCKET: "b", S3_ACCESS_KEY_ID: "x" }))).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(() => readFileStoreConfig(env({ FILE_STORE: "disco" }))).toThrow(/FILE_STORE debe ser "local" o "s3"/);
  });
});
