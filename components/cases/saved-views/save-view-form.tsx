import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/form-fields";
import type { Viewer } from "@/lib/auth/viewer";
import { createSavedViewAction } from "@/lib/cases/saved-view-actions";
import { AudienceField } from "./audience-field";

/** Saves the inbox's current filters and sort (its fixed view included) under a name. */
export function SaveViewForm({ viewer, query }: { viewer: Viewer; query: string }) {
  return (
    <ActionForm action={createSavedViewAction} successMessage="Se guardó la vista. Ya aparece entre sus vistas guardadas." className="mt-3 grid max-w-xl gap-3">
      <input type="hidden" name="query" value={query} />
      <TextField name="name" label="Nombre de la vista" hint="Por ejemplo: «Urgentes sin asignar de Melipilla»." />
      <AudienceField viewer={viewer} />
      <div>
        <SubmitButton pendingLabel="Guardando…">Guardar vista</SubmitButton>
      </div>
    </ActionForm>
  );
}
