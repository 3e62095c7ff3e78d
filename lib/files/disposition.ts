import { z } from "zod";
import { flag } from "@/lib/query/fields";

/**
 * `Content-Disposition: attachment` (or `inline`, for the browser's own viewer) for a stored file's name (RFC 6266). `filename*` carries the real
 * name in UTF-8; `filename` is an ASCII stand-in for clients that ignore `filename*`, with anything
 * that could break out of the quoted string or be read as an escape replaced.
 */
export function attachmentDisposition(originalName: string, kind: "attachment" | "inline" = "attachment"): string {
  const fallback = originalName.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^\x20-\x7e]|["\\%]/g, "_").trim() || "archivo";
  // encodeURIComponent leaves ' ( ) * as they are, but RFC 8187 attr-char does not allow them.
  const encoded = encodeURIComponent(originalName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** ?vista=1 asks for the browser's own viewer instead of a download. */
export const downloadQuerySchema = z.object({ vista: flag() });
