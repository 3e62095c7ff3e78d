import type { NextRequest } from "next/server";
import { recordAudit } from "@/lib/audit/record";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { getViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { findDownloadableFile } from "@/lib/files/access";
import { attachmentDisposition, downloadQuerySchema } from "@/lib/files/disposition";
import { fileStore } from "@/lib/files/store";
import { logError } from "@/lib/log";
import { parsePathParam, parseQuery } from "@/lib/query/parse";
import { recordId } from "@/lib/query/fields";

/** Types the browser may show itself (`?vista=1`): its PDF viewer and images. Content was checked at upload. */
const VIEWABLE_TYPES = new Set(["application/pdf", "image/png", "image/jpeg"]);

// The same answer for "no session", "not yours" and "does not exist", so ids cannot be probed.
const notFound = () => new Response("No encontrado", { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return notFound();
  const id = parsePathParam(recordId, (await params).id);
  if (!id) return notFound();
  const file = await findDownloadableFile(viewer, id);
  if (!file) return notFound();

  const body = await fileStore().get(file.storageKey);
  if (!body) {
    logError("files.download", new Error(`El archivo ${file.id} tiene fila pero no contenido en el almacén.`));
    return notFound();
  }
  try {
    await recordAudit(db, viewer, clientIpFrom(request.headers), {
      action: "file.download",
      entity: "StoredFile",
      entityId: file.id,
      municipalityCode: file.municipalityCode,
      regionCode: file.regionCode,
    });
  } catch (error) {
    // No audit row, no download: release the open file before failing.
    await body.cancel();
    throw error;
  }

  return new Response(body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": attachmentDisposition(
        file.originalName,
        parseQuery(downloadQuerySchema, request.nextUrl.searchParams).values.vista && VIEWABLE_TYPES.has(file.contentType) ? "inline" : "attachment",
      ),
      "Content-Length": String(file.size),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
