import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RuleError } from "@/lib/errors";
import { fileStore } from "./store";
import { stageStoredKey } from "./transaction";

const FIELD = "archivo";
const MB = 1024 * 1024;
const MAX_NAME_LENGTH = 200;

/** The formats the portal accepts, keyed by what `file-type` detects from the content. */
const FORMATS = {
  pdf: { label: "PDF", mime: "application/pdf", extensions: ["pdf"] },
  jpg: { label: "JPG", mime: "image/jpeg", extensions: ["jpg", "jpeg"] },
  png: { label: "PNG", mime: "image/png", extensions: ["png"] },
  docx: { label: "Word", mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"] },
  xlsx: { label: "Excel", mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: ["xlsx"] },
} as const;

type Format = keyof typeof FORMATS;

export type UploadPolicy = {
  formats: readonly Format[];
  maxBytes: number;
  /** Shown when the content is not one of `formats`. */
  wrongTypeMessage: string;
};

export const LETTER_POLICY: UploadPolicy = {
  formats: ["pdf"],
  maxBytes: 10 * MB,
  wrongTypeMessage: "Solo se aceptan archivos PDF.",
};

export const EVIDENCE_POLICY: UploadPolicy = {
  formats: ["pdf", "jpg", "png", "docx", "xlsx"],
  maxBytes: 10 * MB,
  wrongTypeMessage: "El contenido del archivo no corresponde a un PDF, una imagen JPG o PNG, ni a un documento Word o Excel.",
};

// Browsers send an empty or generic type when the operating system does not know the extension.
const UNINFORMATIVE_TYPES = new Set(["", "application/octet-stream"]);

type Writer = { storedFile: Prisma.TransactionClient["storedFile"] };

/**
 * The name as metadata: the last path segment (some browsers send the whole client path), without
 * control or invisible formatting characters (a right-to-left override can disguise an extension),
 * trimmed and cut to 200 characters keeping the extension.
 */
function cleanName(raw: string): { name: string; extension: string } {
  const base = raw.split(/[/\\]/).pop() ?? "";
  const name = base.replace(/[\p{Cc}\p{Cf}]/gu, "").trim();
  const dot = name.lastIndexOf(".");
  const extension = dot === -1 ? "" : name.slice(dot + 1).toLowerCase();
  const chars = Array.from(name);
  if (chars.length <= MAX_NAME_LENGTH) return { name, extension };
  const suffix = dot === -1 ? [] : Array.from(name.slice(dot));
  return { name: chars.slice(0, MAX_NAME_LENGTH - suffix.length).join("").trimEnd() + suffix.join(""), extension };
}

function isFormat(policy: UploadPolicy, ext: string | undefined): ext is Format {
  return policy.formats.some((format) => format === ext);
}

/** A file that passed its policy's checks, ready to be stored. */
export type CheckedUpload = { checked: true; bytes: Uint8Array; name: string; contentType: string };

/**
 * Checks an uploaded file against `policy` without storing anything: size, content (sniffed, not the
 * declared type), extension and declared type. Throws `RuleError` (field "archivo") when it is refused.
 * A form that saves more than a file checks it before anything else, so a refused file refuses the save.
 */
export async function checkUpload(file: File, policy: UploadPolicy): Promise<CheckedUpload> {
  // Size first, from the part's metadata, so an oversize file is never read into memory here.
  if (file.size === 0) throw new RuleError("El archivo está vacío.", FIELD);
  if (file.size > policy.maxBytes) throw new RuleError(`El archivo supera ${policy.maxBytes / MB} MB.`, FIELD);

  const bytes = new Uint8Array(await file.arrayBuffer());
  const detected = (await fileTypeFromBuffer(bytes))?.ext;
  if (!isFormat(policy, detected)) throw new RuleError(policy.wrongTypeMessage, FIELD);
  const format = FORMATS[detected];

  const { name, extension } = cleanName(file.name);
  if (!(format.extensions as readonly string[]).includes(extension)) {
    const allowed = format.extensions.map((ext) => `.${ext}`).join(" o ");
    throw new RuleError(`El archivo es ${format.label}: su nombre debe terminar en ${allowed}.`, FIELD);
  }
  if (!UNINFORMATIVE_TYPES.has(file.type) && file.type !== format.mime) {
    throw new RuleError(`El tipo declarado del archivo no corresponde a su contenido (${format.label}).`, FIELD);
  }
  return { checked: true, bytes, name, contentType: format.mime };
}

/**
 * Checks an uploaded file against `policy` (unless `checkUpload` already did), stores its bytes under
 * a fresh UUID and creates its `StoredFile` row with `tx`. Throws `RuleError` (field "archivo") when
 * the file is refused; nothing is stored then.
 */
export async function storeUpload(
  tx: Writer,
  file: File | CheckedUpload,
  policy: UploadPolicy,
  uploader: { id: string },
  ownerType: "AdhesionLetter" | "Evidence" | "CaseAttachment" | "GoodPractice" | "BulletinAttachment" | "Material",
): Promise<{ id: string }> {
  const { bytes, name, contentType } = file instanceof File ? await checkUpload(file, policy) : file;
  const storageKey = randomUUID();
  // Bytes before row, so a row never points at missing bytes. Inside `transactionWithFiles` a rollback
  // deletes them again; elsewhere a rollback leaves a blob without a row, which no download can reach.
  await fileStore().put(storageKey, bytes);
  stageStoredKey(storageKey);
  return tx.storedFile.create({
    data: {
      storageKey,
      originalName: name,
      contentType,
      size: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      ownerType,
      uploadedById: uploader.id,
    },
    select: { id: true },
  });
}
