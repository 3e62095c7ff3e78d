"use client";

import { useState, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import { inputClass } from "@/components/ui/field";

type Props = {
  vista: string;
  q?: string;
  /** parseQuery()'s message for a malformed search in the URL. */
  qError?: string;
  /** How many filters of the panel are in use, shown on its button. */
  activeFilters: number;
  /** Open on arrival when a filter of the URL was malformed, so its message is seen. */
  filtersOpen: boolean;
  /** The fields of the filter panel; they belong to the same GET form as the search box. */
  filters: ReactNode;
  /** The document search, a POST form of its own, so it sits outside the GET form. */
  documentSearch: ReactNode;
};

const toggleClass = (open: boolean) => buttonClass("secondary", `px-3 py-2 ${open ? "bg-sermig-blue-light" : ""}`);

/**
 * The search box with the filters and the document search folded under it: the list of cases stays
 * above the fold, and each panel opens with a button that says whether it is open.
 */
export function InboxSearchBar({ vista, q, qError, activeFilters, filtersOpen, filters, documentSearch }: Props) {
  const [showFilters, setShowFilters] = useState(filtersOpen);
  const [showDocument, setShowDocument] = useState(false);
  return (
    <div className="mt-4">
      <form method="get" role="search" aria-label="Buscar y filtrar casos" className="rounded-xl bg-white p-2 shadow-sm">
        <input type="hidden" name="vista" value={vista} />
        <div className="flex flex-wrap items-end gap-2">
          <label htmlFor="q" className="sr-only">
            Buscar por folio, nombre o texto
          </label>
          <div className="min-w-0 flex-1 basis-56">
          <input
            id="q"
            name="q"
            type="search"
            data-shortcut="search"
            defaultValue={q}
            maxLength={120}
            placeholder="Folio, nombre o texto (por ejemplo: 72 o Pérez)"
            aria-invalid={qError ? true : undefined}
            aria-describedby={qError ? "q-error" : undefined}
            className={inputClass}
          />
          </div>
          <button type="submit" className={buttonClass("primary")}>
            Buscar
          </button>
          <button type="button" aria-expanded={showFilters} aria-controls="panel-filtros" onClick={() => setShowFilters(!showFilters)} className={toggleClass(showFilters)}>
            Filtros{activeFilters > 0 ? ` (${activeFilters})` : ""}
          </button>
          <button type="button" aria-expanded={showDocument} aria-controls="panel-documento" onClick={() => setShowDocument(!showDocument)} className={toggleClass(showDocument)}>
            Por documento
          </button>
        </div>
        {qError && (
          <p id="q-error" className="mt-1 text-sm font-medium text-red-800">
            {qError}
          </p>
        )}
        <div id="panel-filtros" hidden={!showFilters} className="mt-3 border-t border-slate-200 pt-3">
          {filters}
        </div>
      </form>
      <div id="panel-documento" hidden={!showDocument}>
        {documentSearch}
      </div>
    </div>
  );
}
