import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { setDefaultSavedViewAction } from "@/lib/cases/saved-view-actions";

/** Makes a view the one the inbox opens with; without a view, the inbox opens on "Abiertos" again. */
export function DefaultViewButton({ view }: { view?: { id: string; name: string } }) {
  return (
    <ActionForm action={setDefaultSavedViewAction} className="inline-block">
      <input type="hidden" name="id" value={view?.id ?? ""} />
      <SubmitButton variant="secondary" pendingLabel="Guardando…">
        {view ? (
          <>
            Abrir la bandeja con esta vista<span className="sr-only"> «{view.name}»</span>
          </>
        ) : (
          "Abrir la bandeja sin vista predeterminada"
        )}
      </SubmitButton>
    </ActionForm>
  );
}
