/**
 * Demo files go where uploads go: bytes in the portal's file store (FILE_STORE: a local directory or
 * S3) under a UUID key, and a `stored_file` row with the checksum and the owner type, so the download
 * route serves and authorises them like any upload (lib/files/upload.ts does the same for people's files).
 */
import { createHash } from "node:crypto";
import type pg from "pg";
import { openFileStore, readFileStoreConfig } from "../../../lib/files/store-config";
import { insertMissing } from "../demo-adhesion/insert";
import { demoId } from "../demo-adhesion/random";

export type DemoFile = {
  key: string;
  name: string;
  contentType: "application/pdf" | "image/png";
  bytes: Uint8Array;
  ownerType: "BulletinAttachment" | "Material";
  uploadedById: string;
  uploadedAt: string;
};

export const fileIdOf = (key: string) => demoId("file", key);

/**
 * Writes the rows that are missing and, for those, their bytes. Inside the seed's transaction the new
 * rows stay invisible until it commits, by which time the bytes are stored; a rollback leaves bytes
 * without a row, which nothing can reach. Returns the ids of the new rows.
 */
export async function storeDemoFiles(client: pg.Client, files: DemoFile[]): Promise<Set<string>> {
  const rows = files.map((f) => ({
    id: fileIdOf(f.key),
    storage_key: demoId("file-bytes", f.key),
    original_name: f.name,
    content_type: f.contentType,
    size: f.bytes.byteLength,
    sha256: createHash("sha256").update(f.bytes).digest("hex"),
    owner_type: f.ownerType,
    uploaded_by_id: f.uploadedById,
    uploaded_at: f.uploadedAt,
  }));
  const inserted = new Set(
    await insertMissing(
      client,
      "stored_file",
      ["id"],
      { id: "text", storage_key: "text", original_name: "text", content_type: "text", size: "int", sha256: "text", owner_type: "text", uploaded_by_id: "text", uploaded_at: "timestamp(3)" },
      rows,
    ),
  );
  if (inserted.size > 0) {
    const store = openFileStore(readFileStoreConfig(process.env));
    for (const [i, row] of rows.entries()) if (inserted.has(row.id)) await store.put(row.storage_key, files[i].bytes);
  }
  return inserted;
}
