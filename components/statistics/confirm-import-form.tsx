"use client";

import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { confirmStatImportAction } from "@/lib/statistics/actions";

/** Step 2: the server re-reads the stored file (by its hash) and imports it in one transaction. */
export function ConfirmImportForm({ importId, sha256, what, details }: { importId: string; sha256: string; what: string; details: string[] }) {
  return (
    <ActionForm
      action={confirmStatImportAction}
      confirm={{
        title: `¿Importar las cifras de «${what}»?`,
        body: "Las cifras reemplazan a las actuales en las páginas de las comunas. Para corregirlas después habrá que importar otro archivo.",
        details,
        confirmLabel: "Importar",
        tone: "primary",
      }}
      className="mt-4 space-y-3"
    >
      <input type="hidden" name="importId" value={importId} />
      <input type="hidden" name="sha256" value={sha256} />
      <SubmitButton pendingLabel="Importando…">Confirmar e importar</SubmitButton>
    </ActionForm>
  );
}
