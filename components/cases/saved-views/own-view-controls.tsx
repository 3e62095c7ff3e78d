import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/form-fields";
import type { Viewer } from "@/lib/auth/viewer";
import { deleteSavedViewAction, moveSavedViewAction, updateSavedViewAction } from "@/lib/cases/saved-view-actions";
import type { SavedViewItem } from "@/lib/cases/saved-views";
import { AudienceField } from "./audience-field";
import { DefaultViewButton } from "./default-view-button";

type Props = { viewer: Viewer; view: SavedViewItem; first: boolean; last: boolean; isDefault: boolean };

/** What the owner can do with one of her views: order, default, rename or reshare, delete. */
export function OwnViewControls({ viewer, view, first, last, isDefault }: Props) {
  const named = <span className="sr-only"> «{view.name}»</span>;
  return (
    <div className="mt-3 space-y-3">
      <div className="flex flex-wrap items-start gap-2">
        {!first && (
          <ActionForm action={moveSavedViewAction} className="inline-block">
            <input type="hidden" name="id" value={view.id} />
            <input type="hidden" name="direction" value="up" />
            <SubmitButton variant="secondary" pendingLabel="Moviendo…">
              Subir{named}
            </SubmitButton>
          </ActionForm>
        )}
        {!last && (
          <ActionForm action={moveSavedViewAction} className="inline-block">
            <input type="hidden" name="id" value={view.id} />
            <input type="hidden" name="direction" value="down" />
            <SubmitButton variant="secondary" pendingLabel="Moviendo…">
              Bajar{named}
            </SubmitButton>
          </ActionForm>
        )}
        {!isDefault && <DefaultViewButton view={view} />}
        <ActionForm action={deleteSavedViewAction} className="inline-block" confirm={`¿Eliminar la vista «${view.name}»? Esta acción no se puede deshacer.`}>
          <input type="hidden" name="id" value={view.id} />
          <SubmitButton variant="danger" pendingLabel="Eliminando…">
            Eliminar{named}
          </SubmitButton>
        </ActionForm>
      </div>
      <details>
        <summary className="cursor-pointer text-sm font-medium text-sermig-blue-dark">
          Cambiar nombre o quién la ve{named}
        </summary>
        <ActionForm action={updateSavedViewAction} successMessage="Se guardaron los cambios de la vista." className="mt-3 grid max-w-xl gap-3">
          <input type="hidden" name="id" value={view.id} />
          <TextField key={view.name} name="name" label="Nombre de la vista" defaultValue={view.name} />
          <AudienceField viewer={viewer} defaultValue={view.audience} />
          <div>
            <SubmitButton>Guardar cambios</SubmitButton>
          </div>
        </ActionForm>
      </details>
    </div>
  );
}
