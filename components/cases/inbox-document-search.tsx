"use client";

import { TableFrame } from "@/components/ui/table-frame";
import type { InboxRow } from "@/lib/cases/inbox";
import { searchByDocumentAction } from "@/lib/cases/triage-actions";
import { DocumentSearch } from "./document-search";
import { InboxTable } from "./inbox-table";

/** The inbox's search by document (see DocumentSearch), with its matches in the inbox's table. */
export function InboxDocumentSearch({ showRegion }: { showRegion: boolean }) {
  return (
    <DocumentSearch<InboxRow>
      action={searchByDocumentAction}
      scopeLabel="su territorio"
      renderRows={(rows) => (
        <TableFrame label="Casos con ese documento">
          <InboxTable rows={rows} showRegion={showRegion} caption="Casos en que participa una persona con ese documento" />
        </TableFrame>
      )}
    />
  );
}
