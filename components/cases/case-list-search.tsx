"use client";

import { type FormEvent, useState } from "react";
import { AppLink } from "@/components/ui/app-link";
import { FilterSelect } from "@/components/ui/filter-fields";
import { looksLikeDocument } from "@/lib/cases/search-terms";
import { CaseSearchField } from "./case-search-field";

const DOCUMENT_IN_URL = "Parece un número de documento: búsquelo en «Buscar por documento», más abajo, para que no quede en la dirección de la página.";

type Props = {
  q?: string;
  estado?: string;
  statuses: { value: string; label: string }[];
  /** parseQuery()'s message for a search in the URL that was malformed and ignored. */
  error?: string;
};

/**
 * The case list's search and status filter, in the URL (a GET form) so a search can be bookmarked.
 * A document number is kept out of it: this form refuses one before it is sent.
 */
export function CaseListSearch({ q, estado, statuses, error }: Props) {
  const [documentTyped, setDocumentTyped] = useState(false);
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
      className="mt-6 grid gap-4 rounded-xl bg-white p-5 shadow-sm sm:grid-cols-[minmax(0,1fr)_minmax(0,16rem)] lg:grid-cols-[minmax(0,1fr)_minmax(0,16rem)_auto] lg:items-end"
    >
      <CaseSearchField defaultValue={q} error={documentTyped ? DOCUMENT_IN_URL : error} />
      <FilterSelect name="estado" label="Estado" allLabel="Todos" defaultValue={estado} options={statuses} />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white hover:bg-sermig-blue-dark">
          Buscar
        </button>
        {(q || estado) && <AppLink href="/casos">Quitar filtros</AppLink>}
      </div>
    </form>
  );
}
