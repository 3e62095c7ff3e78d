import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { TextArea } from "@/components/ui/form-fields";
import { reviewPracticeAction } from "@/lib/practices/actions";

export function ReviewForm({ id, version }: { id: string; version: number }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <ActionForm action={reviewPracticeAction} className="space-y-3" confirm={{
          title: "¿Publicar esta buena práctica?",
          body: "Todas las municipalidades adheridas podrán verla, con el nombre de la municipalidad y sus contactos. La publicación no se puede retirar desde el portal.",
          confirmLabel: "Publicar",
          tone: "primary",
        }} successMessage="Práctica publicada.">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="decision" value="PUBLISH" />
        <TextArea name="comment" label="Comentario para la municipalidad (opcional)" />
        <SubmitButton>Publicar</SubmitButton>
      </ActionForm>
      <ActionForm action={reviewPracticeAction} className="space-y-3" successMessage="Práctica devuelta con comentarios.">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="decision" value="RETURN" />
        <TextArea name="comment" label="Qué debe corregir" />
        <SubmitButton variant="danger">Devolver con comentarios</SubmitButton>
      </ActionForm>
    </div>
  );
}
