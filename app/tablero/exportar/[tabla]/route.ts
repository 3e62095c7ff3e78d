import type { NextRequest } from "next/server";
import { recordAudit } from "@/lib/audit/record";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { getViewer } from "@/lib/auth/viewer";
import { COVERAGE_TABLES, coverageCsv, type CoverageTable } from "@/lib/coverage/export";
import { dashboardQuerySchema } from "@/lib/coverage/query";
import { coverageScope } from "@/lib/coverage/scope";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseQuery } from "@/lib/query/parse";

const notFound = () => new Response("No encontrado", { status: 404, headers: { "Cache-Control": "no-store" } });

/** Every dashboard table as CSV, for exactly the viewer and region the page would show. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ tabla: string }> }) {
  const { tabla } = await params;
  const viewer = await getViewer();
  let scope;
  try {
    scope = coverageScope(viewer, parseQuery(dashboardQuerySchema, request.nextUrl.searchParams).values.region);
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
  if (!(COVERAGE_TABLES as readonly string[]).includes(tabla)) return notFound();
  const { body, rows } = await coverageCsv(tabla as CoverageTable, scope);
  await recordAudit(db, viewer, clientIpFrom(request.headers), {
    action: "coverage.export",
    entity: "Coverage",
    after: { tabla, region: scope.regionCode, filas: rows },
    regionCode: scope.regionCode,
  });
  const stamp = new Date().toISOString().slice(0, 10);
  const place = scope.regionCode ? `region-${scope.regionCode}` : "pais";
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="tablero-${tabla}-${place}-${stamp}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
