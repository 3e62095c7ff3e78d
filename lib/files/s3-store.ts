import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import type { FileStore } from "./store-config";
import { assertStorageKey } from "./storage-key";


export type S3StoreConfig = {
  bucket: string;
  region: string;
  /** Set for an S3-compatible server (MinIO, Ceph…). */
  endpoint?: string;
  /** <endpoint>/<bucket>/<key> rather than the SDK's default <bucket>.<endpoint>/<key>. */
  forcePathStyle: boolean;
  /** Absent: the SDK's default chain (environment, shared files, instance or task role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Empty, or ends in "/". */
  prefix: string;
};

// A missing bucket is a misconfiguration and must surface, even though it also answers 404.
function isMissingKey(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  return error.name === "NoSuchKey" || (error.$metadata.httpStatusCode === 404 && error.name !== "NoSuchBucket");
}

/** Objects in one bucket, named by the prefix and their key; several portal instances can share it. */
export class S3FileStore implements FileStore {
  private readonly client: S3Client;

  constructor(private readonly config: S3StoreConfig) {
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: config.credentials,
    });
  }

  private objectKey(key: string): string {
    assertStorageKey(key);
    return this.config.prefix + key;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const Key = this.objectKey(key);
    await this.client.send(
      new PutObjectCommand({ Bucket: this.config.bucket, Key, Body: bytes, ContentLength: bytes.byteLength }),
    );
  }

  async get(key: string): Promise<ReadableStream<Uint8Array> | null> {
    const Key = this.objectKey(key);
    try {
      const { Body } = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key }));
      if (!Body) throw new Error(`El almacenamiento S3 respondió sin contenido para el archivo ${key}.`);
      return Body.transformToWebStream() as ReadableStream<Uint8Array>;
    } catch (error) {
      if (isMissingKey(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const Key = this.objectKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key }));
  }
}
