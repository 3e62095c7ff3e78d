import { AppLink } from "@/components/ui/app-link";
import type { ReactNode } from "react";
import { CASE_TYPES } from "@/lib/cases/catalogue";
import type { InboxRow } from "@/lib/cases/inbox";
import { formatDateTime } from "@/lib/format";
import { CaseStatusBadge, PriorityText } from "./case-badges";
import { DeadlineState } from "./deadline-state";

/** Due moments are the end of a day in Chile, so the date must be read in Chile too (not UTC). */
const chileDate = (date: Date) => formatDateTime(date).slice(0, 10);

function Standing({ row }: { row: InboxRow }) {
  return (
    <>
      <CaseStatusBadge status={row.status} />
      <span className="mt-1 block text-xs whitespace-nowrap">
        Prioridad <PriorityText priority={row.priority} />
      </span>
    </>
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
  /** The inbox's query string (without «?»): the case page then offers previous/next in this list and the way back to it. */
  inboxQuery?: string;
};

/** A case's page, opened from a list: with the list's query, so the page can step through it and return to it. */
export function caseHref(id: string, inboxQuery?: string) {
  return inboxQuery === undefined ? `/casos/${id}` : `/casos/${id}?bandeja=${encodeURIComponent(inboxQuery)}`;
}

/** The case list of the inbox and of the document search: what a case is, where it stands, and the deadline that governs it. */
export function InboxTable({ rows, showRegion, selectionForm, caption, selectAll, inboxQuery }: Props) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-slate-200 bg-slate-50">
        <tr>
          {selectionForm && (
            <th scope="col" className="cell w-10">
              {selectAll}
            </th>
          )}
          <th scope="col" className="cell">
            Caso
          </th>
          <th scope="col" className="cell">
            Estado y plazo
          </th>
          <th scope="col" className="cell-lg">
            Municipalidad
          </th>
          <th scope="col" className="cell-lg">
            Responsable
          </th>
          <th scope="col" className="cell-lg">
            Ingresado
          </th>
        </tr>
      </thead>
      {/* The keyboard shortcuts (components/keyboard) move through the rows of the list that can be selected. */}
      <tbody data-shortcut-rows={selectionForm ? "" : undefined}>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-slate-100 align-top last:border-0 focus-within:bg-sermig-blue-light">
            {selectionForm && (
              <td className="cell">
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
            <td className="cell md:min-w-56">
              <AppLink href={caseHref(row.id, inboxQuery)} data-case-link="" className="font-medium whitespace-nowrap">
                {row.folio}
              </AppLink>
              <span className="hint">{CASE_TYPES[row.type].label}</span>
              <span className="mt-1 block">{row.summary ?? <span className="text-muted italic">Resumen reservado (caso sensible)</span>}</span>
              {/* On narrow screens the columns on the right are hidden and their content shows here instead. */}
              <p className="mt-2 text-xs text-muted lg:hidden">
                {row.municipalityName}
                {showRegion && `, ${row.regionName}`} · {row.assigneeName ?? "Sin asignar"} · ingresado el {chileDate(row.submittedAt)}
              </p>
            </td>
            <td className="cell">
              <Standing row={row} />
              <DeadlineState fields={row} />
            </td>
            <td className="cell-lg">
              {row.municipalityName}
              {showRegion && <span className="hint">{row.regionName}</span>}
            </td>
            <td className="cell-lg">{row.assigneeName ?? <span className="text-muted">Sin asignar</span>}</td>
            <td className="cell-lg whitespace-nowrap">{chileDate(row.submittedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
