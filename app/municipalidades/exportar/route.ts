import type { NextRequest } from "next/server";
import { municipalitiesCsv, municipalitiesXlsx } from "@/lib/adhesion/export";
import { listMunicipalities, overviewExportSchema } from "@/lib/adhesion/overview";
import { recordAudit } from "@/lib/audit/record";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { hasPermission } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { parseQuery } from "@/lib/query/parse";

export async function GET(request: NextRequest) {
  const viewer = await getViewer();
  if (!viewer || !hasPermission(viewer.role, "adhesion.export")) return new Response("No encontrado", { status: 404, headers: { "Cache-Control": "no-store" } });
  const { formato, ...filters } = parseQuery(overviewExportSchema, request.nextUrl.searchParams).values;
  const excel = formato === "xlsx";
  const rows = await listMunicipalities(viewer, filters);
  await recordAudit(db, viewer, clientIpFrom(request.headers), { action: "adhesion.export", entity: "Adhesion", after: { ...filters, formato: excel ? "xlsx" : "csv", filas: rows.length } });
  const stamp = new Date().toISOString().slice(0, 10);
  const body = excel ? Buffer.from(await municipalitiesXlsx(rows)) : municipalitiesCsv(rows);
  return new Response(body, {
    headers: {
      "Content-Type": excel ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="municipalidades-${stamp}.${excel ? "xlsx" : "csv"}"`,
      "Cache-Control": "no-store",
    },
  });
}
