import "server-only";
import { ADHERED, STATUS_LABELS } from "@/lib/adhesion/lifecycle";
import { csvRow, CSV_BOM } from "@/lib/csv";
import { isoDay } from "@/lib/format";
import { db } from "@/lib/db";

/**
 * Open data: the adhered municipalities with their region, status and dates. Public information about
 * institutions only: no people, no observations, no resolutions' contents.
 */
export const OPEN_DATA_COLUMNS = ["codigo_municipalidad", "municipalidad", "codigo_region", "region", "estado", "fecha_carta_compromiso", "fecha_certificacion", "fecha_revalidacion"] as const;

const day = (date: Date | null) => isoDay(date) ?? "";

export async function adheredMunicipalitiesCsv(): Promise<string> {
  const rows = await db.adhesion.findMany({
    where: { status: { in: ADHERED } },
    orderBy: { municipalityCode: "asc" },
    select: {
      municipalityCode: true,
      status: true,
      letterSignedOn: true,
      certifiedOn: true,
      revalidationDueOn: true,
      municipality: { select: { name: true, region: { select: { code: true, name: true } } } },
    },
  });
  return (
    CSV_BOM +
    csvRow([...OPEN_DATA_COLUMNS]) +
    rows
      .map((r) =>
        csvRow([r.municipalityCode, r.municipality.name, r.municipality.region.code, r.municipality.region.name, STATUS_LABELS[r.status], day(r.letterSignedOn), day(r.certifiedOn), day(r.revalidationDueOn)]),
      )
      .join("")
  );
}
