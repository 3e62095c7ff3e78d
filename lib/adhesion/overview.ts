import "server-only";
import { z } from "zod";
import { municipalityWhere, territoryWhere } from "@/lib/auth/scope";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { choice, exportFormat, regionCode, text } from "@/lib/query/fields";
import type { AdhesionStatus, CommitmentLine } from "@/lib/generated/prisma/enums";
import { AdhesionStatus as Statuses } from "@/lib/generated/prisma/enums";
import { searchKey } from "@/lib/text";
import { ADHERED } from "./lifecycle";
import { share, type Progress } from "./profile";

/** The query string of /municipalidades and its export, read with parseQuery(). */
export const overviewFilterSchema = z.object({
  q: text(80).optional(),
  estado: choice([...Object.values(Statuses), "ADHERIDAS", "SIN_ADHESION", "CON_SELLO", "REVALIDACION_PROXIMA"]).optional(),
  orden: choice(["nombre", "estado", "avance", "revision", "revalidacion"]).default("nombre"),
  region: regionCode.optional(),
});
export type OverviewFilters = z.output<typeof overviewFilterSchema>;

/** The export of the overview: the same filters, and the file format. */
export const overviewExportSchema = overviewFilterSchema.extend({ formato: exportFormat });

const LINE_ORDER: CommitmentLine[] = ["INSTITUCIONALIDAD", "CAPACITACIONES", "POLITICAS_LOCALES", "REGULARIDAD_MIGRATORIA", "ASOCIATIVIDAD_PARTICIPACION"];

export type OverviewRow = {
  code: string;
  name: string;
  regionName: string;
  status: AdhesionStatus | null;
  letterSignedOn: Date | null;
  certifiedOn: Date | null;
  revalidationDueOn: Date | null;
  /** Whether the revalidation is past due or falls due within 90 days. */
  revalidationAlert: "vencida" | "vence pronto" | null;
  lines: Record<CommitmentLine, Progress>;
  overall: Progress;
  pendingReview: number;
};

/**
 * The municipalities of the viewer's territory with their adhesion and work-plan progress. Counting
 * is done by PostgreSQL (one grouped query); only the per-municipality totals come back.
 */
export async function listMunicipalities(viewer: Viewer, filters: OverviewFilters): Promise<OverviewRow[]> {
  const [municipalities, counts] = await Promise.all([
    db.municipality.findMany({
      where: { ...municipalityWhere(viewer), ...(filters.region && { regionCode: filters.region }) },
      select: {
        code: true,
        name: true,
        region: { select: { name: true } },
        adhesion: { select: { status: true, letterSignedOn: true, certifiedOn: true, revalidationDueOn: true } },
      },
    }),
    db.commitmentAction.groupBy({ by: ["municipalityCode", "line", "review"], where: territoryWhere(viewer), _count: { _all: true } }),
  ]);

  const progress = new Map<string, { lines: Record<CommitmentLine, Progress>; pending: number }>();
  for (const row of counts) {
    const entry =
      progress.get(row.municipalityCode) ??
      { lines: Object.fromEntries(LINE_ORDER.map((l) => [l, { approved: 0, total: 0 }])) as Record<CommitmentLine, Progress>, pending: 0 };
    entry.lines[row.line].total += row._count._all;
    if (row.review === "APPROVED") entry.lines[row.line].approved += row._count._all;
    if (row.review === "PENDING") entry.pending += row._count._all;
    progress.set(row.municipalityCode, entry);
  }

  const key = filters.q ? searchKey(filters.q) : "";
  const now = Date.now();
  const alert = (due: Date | null | undefined): OverviewRow["revalidationAlert"] =>
    !due ? null : due.getTime() < now ? "vencida" : due.getTime() - now < 90 * 86_400_000 ? "vence pronto" : null;
  const rows: OverviewRow[] = municipalities
    .map((m) => {
      const p = progress.get(m.code);
      const lines = p?.lines ?? (Object.fromEntries(LINE_ORDER.map((l) => [l, { approved: 0, total: 0 }])) as Record<CommitmentLine, Progress>);
      const overall = Object.values(lines).reduce((sum, l) => ({ approved: sum.approved + l.approved, total: sum.total + l.total }), { approved: 0, total: 0 });
      return {
        code: m.code,
        name: m.name,
        regionName: m.region.name,
        status: m.adhesion?.status ?? null,
        letterSignedOn: m.adhesion?.letterSignedOn ?? null,
        certifiedOn: m.adhesion?.certifiedOn ?? null,
        revalidationDueOn: m.adhesion?.revalidationDueOn ?? null,
        revalidationAlert: alert(m.adhesion?.revalidationDueOn),
        lines,
        overall,
        pendingReview: p?.pending ?? 0,
      };
    })
    .filter((row) => !key || searchKey(row.name).includes(key))
    .filter((row) => {
      if (!filters.estado) return true;
      if (filters.estado === "ADHERIDAS") return row.status !== null && ADHERED.includes(row.status);
      if (filters.estado === "SIN_ADHESION") return row.status === null;
      // The coverage dashboard's groups (lib/coverage/service.ts SEALED and the revalidation window).
      if (filters.estado === "CON_SELLO") return row.status === "CERTIFICADA" || row.status === "REVALIDADA" || row.status === "EN_REVALIDACION";
      if (filters.estado === "REVALIDACION_PROXIMA") return row.status !== null && ADHERED.includes(row.status) && row.revalidationAlert !== null;
      return row.status === filters.estado;
    });

  const collator = new Intl.Collator("es-CL");
  const byName = (a: OverviewRow, b: OverviewRow) => collator.compare(a.name, b.name);
  const sorters: Record<OverviewFilters["orden"], (a: OverviewRow, b: OverviewRow) => number> = {
    nombre: byName,
    estado: (a, b) => (a.status ?? "").localeCompare(b.status ?? "") || byName(a, b),
    avance: (a, b) => share(b.overall) - share(a.overall) || byName(a, b),
    revision: (a, b) => b.pendingReview - a.pendingReview || byName(a, b),
    revalidacion: (a, b) => (a.revalidationDueOn?.getTime() ?? Infinity) - (b.revalidationDueOn?.getTime() ?? Infinity) || byName(a, b),
  };
  return rows.sort(sorters[filters.orden]);
}

export { LINE_ORDER };
