import { createHmac } from "node:crypto";
import { documentKeyOf } from "@/lib/cases/schemas";
import { localSecret } from "@/lib/local-secret";

/** A key shorter than the digest would make the pseudonym easier to attack than SHA-256 itself. */
export const MIN_LOOKUP_KEY_BYTES = 32;

type Env = Record<string, string | undefined>;

function checked(name: string, value: string): string {
  if (Buffer.byteLength(value, "utf8") < MIN_LOOKUP_KEY_BYTES) {
    throw new Error(`${name} debe tener al menos ${MIN_LOOKUP_KEY_BYTES} bytes (por ejemplo, la salida de «openssl rand -base64 32»).`);
  }
  return value;
}

/**
 * The keys of the audit's document pseudonym: AUDIT_LOOKUP_KEY writes and searches; during a rotation
 * AUDIT_LOOKUP_KEY_PREVIOUS is searched too, so rows written before it are still found. Production
 * must set the key (a RUN has only some tens of millions of values: without a secret, anyone who reads
 * the audit can recompute every digest); elsewhere one is generated and kept under DATA_DIR.
 */
export function auditLookupKeys(env: Env = process.env): string[] {
  const current = env.AUDIT_LOOKUP_KEY?.trim();
  const previous = env.AUDIT_LOOKUP_KEY_PREVIOUS?.trim();
  if (!current && env.APP_ENV === "production") {
    throw new Error("Falta AUDIT_LOOKUP_KEY: la auditoría necesita una clave secreta para seudonimizar los documentos buscados.");
  }
  const keys = [current ? checked("AUDIT_LOOKUP_KEY", current) : localSecret("audit-lookup-key", env)];
  if (previous && previous !== keys[0]) keys.push(checked("AUDIT_LOOKUP_KEY_PREVIOUS", previous));
  return keys;
}

const digestWith = (key: string, documentNumber: string) => createHmac("sha256", key).update(documentKeyOf(documentNumber)).digest("hex");

/** The pseudonym of a document number in the audit trail: the same number always gives the same digest. */
export function subjectDigest(documentNumber: string, keys: string[] = auditLookupKeys()): string {
  return digestWith(keys[0], documentNumber);
}

/** Every digest a row about this document may carry: with the current key and, while rotating, the previous one. */
export function subjectDigests(documentNumber: string, keys: string[] = auditLookupKeys()): string[] {
  return keys.map((key) => digestWith(key, documentNumber));
}
