import type { NextRequest } from "next/server";
import { recordAudit } from "@/lib/audit/record";
import { auditFilterSchema } from "@/lib/audit/schemas";
import { auditCsv } from "@/lib/audit/service";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { hasPermission } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { parseQuery } from "@/lib/query/parse";

const notFound = () => new Response("No encontrado", { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(request: NextRequest) {
  const viewer = await getViewer();
  if (!viewer || !hasPermission(viewer.role, "audit.read")) return notFound();
  const filters = parseQuery(auditFilterSchema, request.nextUrl.searchParams).values;
  await recordAudit(db, viewer, clientIpFrom(request.headers), { action: "audit.export", entity: "AuditEvent", after: filters });

  const rows = auditCsv(viewer, filters);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await rows.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="auditoria-${stamp}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
