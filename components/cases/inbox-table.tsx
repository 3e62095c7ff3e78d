import Link from "next/link";
import type { ReactNode } from "react";
import { CASE_TYPES } from "@/lib/cases/catalogue";
import type { InboxRow } from "@/lib/cases/inbox";
import { formatDateTime } from "@/lib/format";
import { CaseStatusBadge, PriorityText } from "./case-badges";

/** Due moments are the end of a day in Chile, so the date must be read in Chile too (not UTC). */
const chileDate = (date: Date) => formatDateTime(date).slice(0, 10);

function Deadline({ row }: { row: InboxRow }) {
  if (!row.nextDueAt) return <span className="text-muted">—</span>;
  const which = row.firstResponseAt ? "Resolución" : "1.ª respuesta";
  const flag = row.overdue
    ? { text: "Vencido", tone: "bg-red-100 text-red-900" }
    : row.status === "REQUIERE_INFO"
      ? { text: "En pausa", tone: "bg-slate-100 text-slate-800" }
      : row.dueSoon
        ? { text: "Vence en 24 h", tone: "bg-amber-100 text-amber-900" }
        : null;
  return (
    <span className="whitespace-nowrap">
      <span className="block text-xs text-muted">{which}</span>
      {chileDate(row.nextDueAt)}
      {flag && <span className={`ml-1 inline-block rounded px-1.5 text-xs font-bold ${flag.tone}`}>{flag.text}</span>}
    </span>
  );
}

function Standing({ row }: { row: InboxRow }) {
  return (
    <span>
      <CaseStatusBadge status={row.status} />
      <span className="mt-1 block text-xs whitespace-nowrap">
        Prioridad <PriorityText priority={row.priority} />
      </span>
    </span>
  );
}

type Props = {
  rows: InboxRow[];
  /** National admins see cases of every region. */
  showRegion: boolean;
  /** The bulk form the row checkboxes belong to; no checkboxes without it. */
  selectionForm?: string;
  caption: string;
  /** Header cell of the checkbox column (the "select the whole page" box). */
  selectAll?: ReactNode;
};

/** The case list of the inbox and of the document search: what a case is, where it stands, and its next deadline. */
export function InboxTable({ rows, showRegion, selectionForm, caption, selectAll }: Props) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-slate-200 bg-slate-50">
        <tr>
          {selectionForm && (
            <th scope="col" className="w-10 px-3 py-3">
              {selectAll}
            </th>
          )}
          <th scope="col" className="px-3 py-3">
            Caso
          </th>
          <th scope="col" className="hidden px-3 py-3 md:table-cell">
            Estado
          </th>
          <th scope="col" className="hidden px-3 py-3 md:table-cell">
            Plazo
          </th>
          <th scope="col" className="hidden px-3 py-3 lg:table-cell">
            Municipalidad
          </th>
          <th scope="col" className="hidden px-3 py-3 lg:table-cell">
            Responsable
          </th>
          <th scope="col" className="hidden px-3 py-3 lg:table-cell">
            Ingresado
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-slate-100 align-top last:border-0">
            {selectionForm && (
              <td className="px-3 py-3">
                <input
                  type="checkbox"
                  name="casos"
                  value={`${row.id}:${row.version}`}
                  form={selectionForm}
                  aria-label={`Seleccionar ${row.folio}`}
                  className="h-5 w-5 accent-sermig-blue"
                />
              </td>
            )}
            <td className="px-3 py-3 md:min-w-56">
              <Link href={`/casos/${row.id}`} className="font-medium whitespace-nowrap">
                {row.folio}
              </Link>
              <span className="block text-xs text-muted">{CASE_TYPES[row.type].label}</span>
              <span className="mt-1 block">{row.summary ?? <span className="text-muted italic">Resumen reservado (caso sensible)</span>}</span>
              {/* On narrow screens the columns on the right are hidden and their content shows here instead. */}
              <div className="mt-2 flex flex-wrap items-start gap-x-4 gap-y-2 md:hidden">
                <Standing row={row} />
                <Deadline row={row} />
              </div>
              <p className="mt-2 text-xs text-muted lg:hidden">
                {row.municipalityName}
                {showRegion && `, ${row.regionName}`} · {row.assigneeName ?? "Sin asignar"} · ingresado el {chileDate(row.submittedAt)}
              </p>
            </td>
            <td className="hidden px-3 py-3 md:table-cell">
              <Standing row={row} />
            </td>
            <td className="hidden px-3 py-3 md:table-cell">
              <Deadline row={row} />
            </td>
            <td className="hidden px-3 py-3 lg:table-cell">
              {row.municipalityName}
              {showRegion && <span className="block text-xs text-muted">{row.regionName}</span>}
            </td>
            <td className="hidden px-3 py-3 lg:table-cell">{row.assigneeName ?? <span className="text-muted">Sin asignar</span>}</td>
            <td className="hidden px-3 py-3 whitespace-nowrap lg:table-cell">{chileDate(row.submittedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
