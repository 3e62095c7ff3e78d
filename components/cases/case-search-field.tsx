import { FilterInput } from "@/components/ui/filter-fields";

/** The search box of the case lists (inbox and /casos): what lib/cases/search.ts finds. */
export function CaseSearchField({ defaultValue, error }: { defaultValue?: string; error?: string }) {
  return <FilterInput name="q" label="Buscar por folio, nombre o texto" defaultValue={defaultValue} placeholder="Por ejemplo: 72, Pérez o arriendo" error={error} />;
}
