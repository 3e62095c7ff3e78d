import "server-only";
import { STATUS_LABELS } from "@/lib/adhesion/lifecycle";
import { CASE_TYPES, STATUS_LABELS as CASE_STATUS_LABELS } from "@/lib/cases/catalogue";
import { csvRow, CSV_BOM } from "@/lib/csv";
import { isoDay } from "@/lib/format";
import { COMMITMENT_LINES } from "@/lib/programme/commitment-lines";
import { shares } from "./region-sort";
import type { CoverageScope } from "./scope";
import { adhesionTimeline, casesByMonth, casesByTypeAndStatus, comunaStatuses, priorityComunas, regionRows, workPlanProgress } from "./service";

export const COVERAGE_TABLES = ["regiones", "evolucion", "casos-por-tipo", "casos-por-estado", "casos-por-mes", "planes", "prioritarias", "comunas"] as const;
export type CoverageTable = (typeof COVERAGE_TABLES)[number];

const day = (date: Date | null) => isoDay(date) ?? "";
/** Shares as numbers a spreadsheet reads (0.4235), empty when there is nothing to divide. */
const ratio = (value: number | null) => (value === null ? "" : Math.round(value * 10_000) / 10_000);

/** The header and rows of one dashboard table, for the same scope the page shows. */
async function tableRows(table: CoverageTable, scope: CoverageScope): Promise<unknown[][]> {
  switch (table) {
    case "regiones": {
      const rows = await regionRows(scope);
      return [
        ["codigo_region", "region", "municipalidades", "adheridas", "con_sello", "en_evaluacion", "revalidaciones_por_vencer", "comunas", "comunas_adheridas", "proporcion_comunas",
          "extranjeros_estimados", "extranjeros_en_comunas_adheridas", "de_ellos_por_reparto_del_resto_nacional", "proporcion_extranjeros", "casos_abiertos", "casos_vencidos",
          "casos_resueltos", "resueltos_en_plazo", "proporcion_en_plazo"],
        ...rows.map((r) => [r.code, r.name, r.municipalities, r.adhered, r.certified, r.inEvaluation, r.revalidationsDue, r.comunas, r.adheredComunas, ratio(shares.comunas(r)),
          Math.round(r.foreigners), Math.round(r.foreignersCovered), Math.round(r.foreignersCoveredAttributed), ratio(shares.foreigners(r)), r.openCases, r.overdueCases,
          r.finishedCases, r.finishedOnTime, ratio(shares.sla(r))]),
      ];
    }
    case "evolucion":
      return [["mes", "municipalidades_adheridas"], ...(await adhesionTimeline(scope)).map((p) => [p.month, p.adhered])];
    case "casos-por-tipo":
    case "casos-por-estado": {
      const rows = await casesByTypeAndStatus(scope);
      const byType = table === "casos-por-tipo";
      const totals = new Map<string, number>();
      for (const r of rows) totals.set(byType ? r.type : r.status, (totals.get(byType ? r.type : r.status) ?? 0) + r.count);
      const label = (key: string) => (byType ? CASE_TYPES[key as keyof typeof CASE_TYPES].label : CASE_STATUS_LABELS[key as keyof typeof CASE_STATUS_LABELS]);
      return [[byType ? "tipo" : "estado", "nombre", "casos"], ...[...totals.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, n]) => [key, label(key), n])];
    }
    case "casos-por-mes":
      return [["mes", "casos_ingresados"], ...(await casesByMonth(scope)).map((m) => [m.month, m.count])];
    case "planes": {
      const lines = new Map((await workPlanProgress(scope)).map((l) => [l.line, l]));
      return [
        ["linea", "nombre", "municipalidades_con_acciones", "acciones", "aprobadas", "por_revisar"],
        ...COMMITMENT_LINES.map((line) => {
          const l = lines.get(line.code as never);
          return [line.code, line.title, l?.municipalities ?? 0, l?.actions ?? 0, l?.approved ?? 0, l?.pending ?? 0];
        }),
      ];
    }
    case "prioritarias":
      return [
        ["codigo_comuna", "comuna", "region", "estado", "motivo", "marcada_por", "fecha"],
        ...(await priorityComunas(scope)).map((p) => [p.code, p.name, p.regionName, p.status ? STATUS_LABELS[p.status] : "Sin adhesión", p.reason, p.markedByName, day(p.markedAt)]),
      ];
    case "comunas":
      return [
        ["codigo_comuna", "comuna", "codigo_region", "codigo_municipalidad", "estado", "prioritaria"],
        ...(await comunaStatuses(scope)).map((c) => [c.code, c.name, c.regionCode, c.municipalityCode, c.status ? STATUS_LABELS[c.status] : "Sin adhesión", c.prioritised ? "si" : "no"]),
      ];
  }
}

export async function coverageCsv(table: CoverageTable, scope: CoverageScope): Promise<{ body: string; rows: number }> {
  const rows = await tableRows(table, scope);
  return { body: CSV_BOM + rows.map(csvRow).join(""), rows: rows.length - 1 };
}
