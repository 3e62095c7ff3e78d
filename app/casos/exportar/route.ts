import type { NextRequest } from "next/server";
import { recordAudit } from "@/lib/audit/record";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { hasPermission } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { caseListCsv, caseListExportCount, caseListXlsx } from "@/lib/cases/list-export";
import { caseListExportSchema } from "@/lib/cases/schemas";
import { db } from "@/lib/db";
import { CSV_TYPE, csvBody, XLSX_TYPE } from "@/lib/export/table";
import { parseQuery } from "@/lib/query/parse";

const notFound = () => new Response("No encontrado", { status: 404, headers: { "Cache-Control": "no-store" } });

/** The municipality's case list under its current filters, as a file: any number of rows, never cut short. */
export async function GET(request: NextRequest) {
  const viewer = await getViewer();
  if (!viewer || !hasPermission(viewer.role, "cases.exportList")) return notFound();
  const { formato, ...filters } = parseQuery(caseListExportSchema, request.nextUrl.searchParams).values;
  const excel = formato === "xlsx";
  const rows = await caseListExportCount(viewer, filters);
  await recordAudit(db, viewer, clientIpFrom(request.headers), {
    action: "case.exportList",
    entity: "Case",
    after: { ...filters, formato: excel ? "xlsx" : "csv", filas: rows },
    municipalityCode: viewer.municipalityCode,
    regionCode: viewer.regionCode,
  });

  const headers = {
    "Content-Disposition": `attachment; filename="casos-municipalidad-${new Date().toISOString().slice(0, 10)}.${excel ? "xlsx" : "csv"}"`,
    "Cache-Control": "no-store",
  };
  if (excel) return new Response(caseListXlsx(viewer, filters), { headers: { ...headers, "Content-Type": XLSX_TYPE } });
  return new Response(csvBody(caseListCsv(viewer, filters)), { headers: { ...headers, "Content-Type": CSV_TYPE } });
}
