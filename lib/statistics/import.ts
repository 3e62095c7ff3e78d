import "server-only";
import { createHash } from "node:crypto";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { NotFoundError, RuleError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeCsv, ImportFileError, MAX_IMPORT_BYTES, previewCsv, type ComunaMatcher, type ImportPreview } from "./csv-import";
import { INDICATOR_LABELS } from "./indicators";
import type { confirmImportSchema, previewImportSchema } from "./schemas";

type Reader = Pick<Prisma.TransactionClient, "comuna" | "comunaAlias">;

/** Official names first, then the known alternative spellings of comuna_alias (both as search keys). */
async function loadMatcher(tx: Reader = db): Promise<ComunaMatcher> {
  const comunas = await tx.comuna.findMany({ select: { code: true, name: true, searchName: true } });
  const aliases = await tx.comunaAlias.findMany({ select: { searchAlias: true, comuna: { select: { code: true, name: true } } } });
  const byKey = new Map<string, { code: string; name: string }>();
  for (const a of aliases) byKey.set(a.searchAlias, a.comuna);
  for (const c of comunas) byKey.set(c.searchName, { code: c.code, name: c.name });
  return (key) => byKey.get(key);
}

function readPreview(content: string, columns: { nameColumn: string; valueColumn: string }, match: ComunaMatcher): ImportPreview {
  try {
    return previewCsv(content, columns, match);
  } catch (error) {
    if (error instanceof ImportFileError) throw new RuleError(error.message, error.field);
    throw error;
  }
}

const NOT_TEXT =
  "El archivo no es un CSV de texto. Si es una planilla Excel, ábrala y guárdela como «CSV UTF-8 (delimitado por comas)» antes de cargarla.";

/**
 * Reads the upload and keeps its text with its hash, so the preview page and the confirmation both
 * re-parse the same bytes on the server. Nothing is written to the statistics here.
 */
export async function previewImport(viewer: Viewer, ip: string | null, input: z.output<typeof previewImportSchema>): Promise<{ id: string }> {
  const file = input.archivo;
  if (file.size === 0) throw new RuleError("Adjunte el archivo CSV.", "archivo");
  if (file.size > MAX_IMPORT_BYTES) throw new RuleError("El archivo supera 1 MB. Un archivo de 346 comunas pesa mucho menos: revise que sea el correcto.", "archivo");
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.includes(0) || (bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new RuleError(NOT_TEXT, "archivo");
  const content = decodeCsv(bytes);
  const columns = { nameColumn: input.nameColumn, valueColumn: input.valueColumn };
  readPreview(content, columns, await loadMatcher());
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return db.$transaction(async (tx) => {
    const created = await tx.statImport.create({
      data: {
        indicator: input.indicator,
        year: input.year,
        title: input.title,
        publisher: input.publisher,
        notes: input.notes,
        fileName: file.name.slice(0, 200) || "archivo.csv",
        ...columns,
        sha256,
        content,
        createdById: viewer.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, viewer, ip, {
      action: "statistics.previewImport",
      entity: "StatImport",
      entityId: created.id,
      after: { indicator: input.indicator, year: input.year, fileName: file.name.slice(0, 200), sha256 },
    });
    return created;
  });
}

async function existingFigures(tx: Pick<Prisma.TransactionClient, "comunaStat">, indicator: ImportRecord["indicator"], year: number) {
  const rows = await tx.comunaStat.groupBy({ by: ["datasetId"], where: { indicator, year }, _count: { _all: true } });
  return rows.map((r) => ({ datasetId: r.datasetId, rows: r._count._all }));
}

type ImportRecord = Awaited<ReturnType<typeof findImport>>;

async function findImport(id: string) {
  const record = await db.statImport.findUnique({ where: { id } });
  if (!record) throw new NotFoundError();
  return record;
}

/** What the preview page shows: the upload re-read now, and the figures an import would replace. */
export async function getImportPreview(id: string) {
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new NotFoundError();
  const { content, ...record } = await findImport(id);
  const preview = readPreview(content, record, await loadMatcher());
  const replaced = await existingFigures(db, record.indicator, record.year);
  const datasets = await db.statDataset.findMany({ where: { id: { in: replaced.map((r) => r.datasetId) } }, select: { id: true, title: true } });
  const comunas = await db.comuna.count();
  return {
    record,
    preview,
    replaced: replaced.map((r) => ({ ...r, title: datasets.find((d) => d.id === r.datasetId)?.title ?? r.datasetId })),
    absentComunas: comunas - preview.matched.length,
  };
}

export async function listImports() {
  return db.statImport.findMany({
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, indicator: true, year: true, title: true, fileName: true, status: true, createdAt: true, importedAt: true, importedRows: true },
  });
}

/**
 * Writes one indicator and year for every comuna in one transaction: the figures of the file, and
 * "not published" (NULL) for comunas the file leaves out. Any problem in any row refuses the whole
 * file, so the statistics are never half old and half new.
 */
export async function confirmImport(viewer: Viewer, ip: string | null, input: z.output<typeof confirmImportSchema>) {
  return db.$transaction(async (tx) => {
    const record = await tx.statImport.findUnique({ where: { id: input.importId } });
    if (!record) throw new NotFoundError();
    if (record.sha256 !== input.sha256) throw new RuleError("La carga no corresponde a la vista previa. Vuelva a cargar el archivo.");
    const claimed = await tx.statImport.updateMany({ where: { id: record.id, status: "PREVIEW" }, data: { status: "IMPORTED", importedAt: new Date() } });
    if (claimed.count === 0) throw new RuleError("Este archivo ya fue importado.");
    const { matched, problems } = readPreview(record.content, record, await loadMatcher(tx));
    if (problems.length > 0) {
      throw new RuleError(
        `No se importó nada: ${problems.length === 1 ? "una fila tiene" : `${problems.length} filas tienen`} problemas. Corrija el archivo y cárguelo de nuevo.`,
      );
    }
    if (matched.length === 0) throw new RuleError("No se importó nada: el archivo no trae comunas.");

    const before = await existingFigures(tx, record.indicator, record.year);
    const datasetId = `import-${record.id}`;
    await tx.statDataset.create({ data: { id: datasetId, title: record.title, publisher: record.publisher, notes: record.notes } });
    await tx.$executeRaw`
      INSERT INTO comuna_stat (comuna_code, indicator, year, value, dataset_id)
      SELECT c.code, ${record.indicator}::"StatIndicator", ${record.year}::int, v.value, ${datasetId}
        FROM comuna c
        LEFT JOIN unnest(${matched.map((m) => m.code)}::text[], ${matched.map((m) => m.value)}::int[]) AS v(code, value) ON v.code = c.code
      ON CONFLICT (comuna_code, indicator, year) DO UPDATE SET value = EXCLUDED.value, dataset_id = EXCLUDED.dataset_id`;
    const published = matched.filter((m) => m.value !== null).length;
    await tx.statImport.update({ where: { id: record.id }, data: { datasetId, importedRows: matched.length } });
    await recordAudit(tx, viewer, ip, {
      action: "statistics.import",
      entity: "StatDataset",
      entityId: datasetId,
      before: before.length ? { replaced: before } : undefined,
      after: {
        indicator: record.indicator,
        indicatorLabel: INDICATOR_LABELS[record.indicator],
        year: record.year,
        title: record.title,
        publisher: record.publisher,
        fileName: record.fileName,
        sha256: record.sha256,
        rows: matched.length,
        published,
      },
    });
    return { datasetId, rows: matched.length, published };
  });
}
