import { AppLink } from "@/components/ui/app-link";
import { TableFrame } from "@/components/ui/table-frame";
import { formatDate } from "@/lib/format";
import type { PracticeRow } from "@/lib/practices/service";
import { COMMITMENT_LINES } from "@/lib/programme/commitment-lines";
import { PracticeStatusBadge } from "./status-badge";

const LINE_TITLE = Object.fromEntries(COMMITMENT_LINES.map((l) => [l.code, l.title]));

export function PracticeTable({ rows, label, showStatus }: { rows: PracticeRow[]; label: string; showStatus: boolean }) {
  return (
    <TableFrame label={label}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{label}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className="px-3 py-3">Práctica</th>
            <th scope="col" className="px-3 py-3">Línea</th>
            <th scope="col" className="px-3 py-3">Municipalidad</th>
            <th scope="col" className="px-3 py-3">{showStatus ? "Estado" : "Publicada"}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id} className="border-b border-slate-100 last:border-0">
              <td className="px-3 py-2">
                <AppLink href={`/buenas-practicas/${p.id}`} className="font-medium">
                  {p.title}
                </AppLink>
              </td>
              <td className="px-3 py-2">{LINE_TITLE[p.line]}</td>
              <td className="px-3 py-2">
                {p.municipalityName}
                <span className="block text-xs text-muted">{p.regionName}</span>
              </td>
              <td className="whitespace-nowrap px-3 py-2">{showStatus ? <PracticeStatusBadge status={p.status} /> : p.publishedAt && formatDate(p.publishedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
