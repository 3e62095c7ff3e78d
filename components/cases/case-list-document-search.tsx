"use client";

import { TableFrame } from "@/components/ui/table-frame";
import { searchCaseListByDocumentAction } from "@/lib/cases/actions";
import type { CaseListRow } from "@/lib/cases/queries";
import { CaseTable } from "./case-table";
import { DocumentSearch } from "./document-search";

/** The case list's search by document (see DocumentSearch), with its matches in the list's table. */
export function CaseListDocumentSearch({ officer }: { officer: boolean }) {
  return (
    <DocumentSearch<CaseListRow>
      action={searchCaseListByDocumentAction}
      scopeLabel={officer ? "su municipalidad" : "su territorio"}
      renderRows={(rows) => (
        <TableFrame label="Casos con ese documento">
          <CaseTable rows={rows} showMunicipality={!officer} />
        </TableFrame>
      )}
    />
  );
}
