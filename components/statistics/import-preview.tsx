import { AppLink } from "@/components/ui/app-link";
import { TableFrame } from "@/components/ui/table-frame";
import { formatDateTime, formatNumber } from "@/lib/format";
import type { getImportPreview } from "@/lib/statistics/import";
import { INDICATOR_LABELS, unpublishedLabel } from "@/lib/statistics/indicators";
import { ConfirmImportForm } from "./confirm-import-form";

type Preview = Awaited<ReturnType<typeof getImportPreview>>;

const th = "px-3 py-2 font-semibold";
const td = "px-3 py-2";

function ProblemTable({ problems }: { problems: Preview["preview"]["problems"] }) {
  return (
    <TableFrame label="Filas con problemas">
      <table className="w-full text-left text-sm">
        <caption className="px-3 pt-3 text-left font-semibold text-red-900">Filas que no se pueden importar ({formatNumber(problems.length)})</caption>
        <thead className="border-b-2 border-slate-200">
          <tr>
            <th scope="col" className={th}>Línea</th>
            <th scope="col" className={th}>Comuna en el archivo</th>
            <th scope="col" className={th}>Cifra en el archivo</th>
            <th scope="col" className={th}>Problema</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p) => (
            <tr key={p.line} className="border-t border-slate-100" data-testid="fila-problema">
              <td className={`${td} tabular-nums`}>{p.line}</td>
              <td className={td}>{p.name || <span className="italic text-muted">(vacía)</span>}</td>
              <td className={`${td} tabular-nums`}>{p.raw || <span className="italic text-muted">(vacía)</span>}</td>
              <td className={`${td} text-red-900`}>{p.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

function MatchedTable({ matched, indicator }: { matched: Preview["preview"]["matched"]; indicator: Preview["record"]["indicator"] }) {
  return (
    <TableFrame label="Filas reconocidas">
      <table className="w-full text-left text-sm">
        <caption className="px-3 pt-3 text-left font-semibold">Filas reconocidas ({formatNumber(matched.length)})</caption>
        <thead className="border-b-2 border-slate-200">
          <tr>
            <th scope="col" className={th}>Línea</th>
            <th scope="col" className={th}>Comuna en el archivo</th>
            <th scope="col" className={th}>Código</th>
            <th scope="col" className={th}>Comuna oficial</th>
            <th scope="col" className={`${th} text-right`}>Cifra</th>
          </tr>
        </thead>
        <tbody>
          {matched.map((m) => (
            <tr key={m.line} className="border-t border-slate-100" data-testid="fila-reconocida">
              <td className={`${td} tabular-nums`}>{m.line}</td>
              <td className={td}>{m.name}</td>
              <td className={`${td} tabular-nums`}>{m.code}</td>
              <td className={td}>{m.comunaName}</td>
              <td className={`${td} text-right tabular-nums`}>{m.value === null ? <span className="italic text-muted">{unpublishedLabel(indicator)}</span> : formatNumber(m.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

/** What the file would change, and the only way forward: import all of it, or fix the file. */
export function ImportPreview({ data }: { data: Preview }) {
  const { record, preview, replaced, absentComunas } = data;
  const what = `${INDICATOR_LABELS[record.indicator]}, ${record.year}`;
  const published = preview.matched.filter((m) => m.value !== null).length;
  const blocked = preview.problems.length > 0 || preview.matched.length === 0;

  return (
    <div className="space-y-6">
      <dl className="grid gap-3 rounded-xl bg-white p-5 text-sm shadow-sm sm:grid-cols-2">
        <div>
          <dt className="text-muted">Indicador y año</dt>
          <dd className="font-medium">{what}</dd>
        </div>
        <div>
          <dt className="text-muted">Conjunto de datos</dt>
          <dd className="font-medium">
            {record.publisher}, «{record.title}»
          </dd>
        </div>
        <div>
          <dt className="text-muted">Archivo</dt>
          <dd className="break-all">
            {record.fileName} · columnas «{record.nameColumn}» y «{record.valueColumn}»
          </dd>
        </div>
        <div>
          <dt className="text-muted">Cargado</dt>
          <dd>
            {formatDateTime(record.createdAt)} · huella SHA-256 <span className="font-mono text-xs">{record.sha256.slice(0, 12)}…</span>
          </dd>
        </div>
      </dl>

      {record.status === "IMPORTED" ? (
        <div role="status" className="rounded-xl border border-green-700 bg-green-50 p-5 text-green-900">
          <p className="font-semibold">Importación completa.</p>
          <p className="mt-1">
            Se guardaron {formatNumber(record.importedRows ?? 0)} cifras de «{what}» el {record.importedAt ? formatDateTime(record.importedAt) : ""}. Las minutas
            y las páginas de las comunas ya muestran las cifras nuevas.
          </p>
          <p className="mt-2">
            <AppLink href="/admin/estadisticas/importar">Importar otro archivo</AppLink>
          </p>
        </div>
      ) : blocked ? (
        <div role="alert" className="rounded-xl border border-sermig-red-dark bg-red-50 p-5 text-red-900">
          <p className="font-semibold">No se puede importar este archivo: no se ha importado nada.</p>
          <p className="mt-1">
            {preview.matched.length === 0
              ? "El archivo no trae ninguna comuna reconocible."
              : `${preview.problems.length === 1 ? "Una fila no se puede" : `${formatNumber(preview.problems.length)} filas no se pueden`} leer o no corresponde${preview.problems.length === 1 ? "" : "n"} a una comuna.`}{" "}
            El portal no adivina: corrija esas filas en el archivo (escriba el nombre oficial de la comuna, o quite las filas de totales como «Otras comunas» o
            «Total país») y vuelva a cargarlo.
          </p>
          <p className="mt-2">
            <AppLink href="/admin/estadisticas/importar" className="text-red-900">
              Cargar el archivo corregido
            </AppLink>
          </p>
        </div>
      ) : (
        <div className="rounded-xl border border-sermig-blue bg-sermig-blue-light p-5">
          <p className="font-semibold">Todas las filas se reconocieron. Revise las cifras y confirme.</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            <li>
              Se guardarán {formatNumber(preview.matched.length)} cifras: {formatNumber(published)} con valor y {formatNumber(preview.matched.length - published)} como
              «no publicado».
            </li>
            {absentComunas > 0 && <li>{formatNumber(absentComunas)} comunas no aparecen en el archivo: quedarán como «no publicado» para este año (nunca como cero).</li>}
            {replaced.map((r) => (
              <li key={r.datasetId}>
                Reemplaza {formatNumber(r.rows)} cifras de {record.year} de «{r.title}».
              </li>
            ))}
            <li>Se importa todo junto o nada: si algo falla, las cifras actuales quedan como están.</li>
          </ul>
          <ConfirmImportForm
            importId={record.id}
            sha256={record.sha256}
            what={what}
            details={[
              `${formatNumber(preview.matched.length)} cifras: ${formatNumber(published)} con valor y ${formatNumber(preview.matched.length - published)} como «no publicado»`,
              ...(absentComunas > 0 ? [`${formatNumber(absentComunas)} comunas sin cifra en el archivo quedan como «no publicado»`] : []),
              ...replaced.map((r) => `Reemplaza ${formatNumber(r.rows)} cifras de ${record.year} de «${r.title}»`),
            ]}
          />
        </div>
      )}

      {preview.problems.length > 0 && <ProblemTable problems={preview.problems} />}
      {preview.matched.length > 0 && <MatchedTable matched={preview.matched} indicator={record.indicator} />}
    </div>
  );
}
