import type { NextRequest } from "next/server";
import { recordAudit } from "@/lib/audit/record";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { hasPermission } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { inboxCsv, inboxXlsx } from "@/lib/cases/export";
import { inboxCounts, inboxExportSchema } from "@/lib/cases/inbox";
import { auditSensitiveMatches } from "@/lib/cases/search";
import { searchKindOf } from "@/lib/cases/search-terms";
import { db } from "@/lib/db";
import { CSV_TYPE, csvBody, XLSX_TYPE } from "@/lib/export/table";
import { parseQuery } from "@/lib/query/parse";

const notFound = () => new Response("No encontrado", { status: 404, headers: { "Cache-Control": "no-store" } });

/** The inbox's current view and filters as a file, streamed: any number of rows, never cut short. */
export async function GET(request: NextRequest) {
  const viewer = await getViewer();
  if (!viewer || !hasPermission(viewer.role, "cases.export")) return notFound();
  const { formato, ...filters } = parseQuery(inboxExportSchema, request.nextUrl.searchParams).values;
  const excel = formato === "xlsx";
  const now = new Date();
  const rows = (await inboxCounts(viewer, filters, now))[filters.vista];
  const ip = clientIpFrom(request.headers);
  await recordAudit(db, viewer, ip, {
    action: "case.export",
    entity: "Case",
    // The view and filters exported; the page on screen does not limit the file. What was searched
    // may be a person's name or document, so only its kind is kept.
    after: { ...filters, q: undefined, busqueda: filters.q && searchKindOf(filters.q), pagina: undefined, formato: excel ? "xlsx" : "csv", filas: rows },
    regionCode: viewer.regionCode,
  });
  if (filters.q) await auditSensitiveMatches(viewer, ip, filters.q);

  const stamp = now.toISOString().slice(0, 10);
  const headers = {
    "Content-Disposition": `attachment; filename="casos-${stamp}.${excel ? "xlsx" : "csv"}"`,
    "Cache-Control": "no-store",
  };
  if (excel) {
    return new Response(inboxXlsx(viewer, filters, now), {
      headers: { ...headers, "Content-Type": XLSX_TYPE },
    });
  }
  return new Response(csvBody(inboxCsv(viewer, filters, now)), { headers: { ...headers, "Content-Type": CSV_TYPE } });
}
