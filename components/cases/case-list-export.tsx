import type { CaseListFilters } from "@/lib/cases/schemas";

const linkClass = "rounded-lg border border-sermig-blue px-4 py-2 font-medium text-sermig-blue-dark no-underline hover:bg-sermig-blue-light";

/** Downloads of the list under its current filters (all pages), without any case's narrative. */
export function CaseListExport({ filters }: { filters: CaseListFilters }) {
  const href = (formato: "csv" | "xlsx") => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
    params.set("formato", formato);
    return `/casos/exportar?${params}`;
  };
  return (
    <div className="flex flex-wrap gap-2">
      <a href={href("csv")} className={linkClass}>
        Descargar CSV
      </a>
      <a href={href("xlsx")} className={linkClass}>
        Descargar Excel
      </a>
    </div>
  );
}
