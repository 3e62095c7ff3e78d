import { AppLink } from "@/components/ui/app-link";
import { TableFrame } from "@/components/ui/table-frame";
import { formatDateTime, formatNumber } from "@/lib/format";
import type { listImports } from "@/lib/statistics/import";
import { INDICATOR_LABELS } from "@/lib/statistics/indicators";

export function ImportHistory({ imports }: { imports: Awaited<ReturnType<typeof listImports>> }) {
  if (imports.length === 0) return <p className="mt-2 text-muted">Aún no se han cargado archivos. Las cifras actuales son las de los archivos de referencia del portal.</p>;
  return (
    <TableFrame label="Cargas recientes">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Últimas 20 cargas de estadísticas</caption>
        <thead className="border-b-2 border-slate-200">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">Cargado</th>
            <th scope="col" className="px-3 py-2 font-semibold">Indicador y año</th>
            <th scope="col" className="px-3 py-2 font-semibold">Conjunto de datos</th>
            <th scope="col" className="px-3 py-2 font-semibold">Estado</th>
          </tr>
        </thead>
        <tbody>
          {imports.map((i) => (
            <tr key={i.id} className="border-t border-slate-100">
              <td className="px-3 py-2 tabular-nums">{formatDateTime(i.createdAt)}</td>
              <td className="px-3 py-2">
                {INDICATOR_LABELS[i.indicator]}, {i.year}
              </td>
              <td className="px-3 py-2">
                <AppLink href={`/admin/estadisticas/importar?carga=${i.id}`}>{i.title}</AppLink>
                <span className="block text-xs text-muted">{i.fileName}</span>
              </td>
              <td className="px-3 py-2">
                {i.status === "IMPORTED" ? `Importado (${formatNumber(i.importedRows ?? 0)} cifras)` : "Vista previa, sin importar"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
