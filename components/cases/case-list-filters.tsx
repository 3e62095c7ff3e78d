"use client";

import { type FormEvent, useState } from "react";
import { AppLink } from "@/components/ui/app-link";
import { buttonClass } from "@/components/ui/button-styles";
import { FilterInput, FilterSelect } from "@/components/ui/filter-fields";
import { CASE_TYPES, STATUS_LABELS } from "@/lib/cases/catalogue";
import type { CaseListFilters } from "@/lib/cases/schemas";
import { looksLikeDocument } from "@/lib/cases/search-terms";
import { CaseSearchField } from "./case-search-field";

const DOCUMENT_IN_URL = "Parece un número de documento: búsquelo en «Buscar por documento», más abajo, para que no quede en la dirección de la página.";

type Props = {
  filters: CaseListFilters;
  /** parseQuery()'s message for each filter that was malformed and ignored. */
  invalid: Partial<Record<keyof CaseListFilters, string>>;
  /** Drafts are the municipality's alone: SERMIG never sees one, so it gets no such option. */
  showDrafts: boolean;
};

const TYPE_OPTIONS = Object.entries(CASE_TYPES).map(([value, entry]) => ({ value, label: entry.label }));

/**
 * The search and filters of /casos, in the URL (a GET form) so a search can be bookmarked. A document
 * number is kept out of it: the form refuses one before it is sent and points to the POST search.
 */
export function CaseFilters({ filters, invalid, showDrafts }: Props) {
  const [documentTyped, setDocumentTyped] = useState(false);
  const statuses = Object.entries(STATUS_LABELS)
    .filter(([value]) => showDrafts || value !== "BORRADOR")
    .map(([value, label]) => ({ value, label }));
  const filtered = Boolean(filters.q || filters.tipo || filters.estado || filters.desde || filters.hasta);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const field = event.currentTarget.elements.namedItem("q");
    if (field instanceof HTMLInputElement && looksLikeDocument(field.value)) {
      event.preventDefault();
      setDocumentTyped(true);
      field.focus();
    }
  };
  return (
    <form
      method="get"
      role="search"
      aria-label="Buscar y filtrar casos"
      onSubmit={onSubmit}
      onChange={() => setDocumentTyped(false)}
      className="mt-6 grid grid-cols-2 gap-4 rounded-xl bg-white p-4 shadow-sm sm:p-5 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto] lg:items-start"
    >
      <div className="col-span-2 lg:col-span-5">
        <CaseSearchField defaultValue={filters.q} error={documentTyped ? DOCUMENT_IN_URL : invalid.q} />
      </div>
      <FilterSelect name="tipo" label="Tipo" allLabel="Todos" defaultValue={filters.tipo} options={TYPE_OPTIONS} />
      <FilterSelect name="estado" label="Estado" allLabel="Todos" defaultValue={filters.estado} options={statuses} />
      <FilterInput name="desde" type="date" label="Ingresado desde" defaultValue={filters.desde} error={invalid.desde} />
      <FilterInput name="hasta" type="date" label="Ingresado hasta" defaultValue={filters.hasta} error={invalid.hasta} />
      <div className="col-span-2 flex flex-wrap items-center gap-4 lg:col-span-1 lg:mt-6">
        <button type="submit" className={buttonClass("primary")}>
          Buscar
        </button>
        {filtered && <AppLink href="/casos">Quitar filtros</AppLink>}
      </div>
    </form>
  );
}
