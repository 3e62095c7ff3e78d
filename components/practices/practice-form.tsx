import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { FileField, SelectField, TextArea, TextField } from "@/components/ui/form-fields";
import { submitPracticeAction, updatePracticeAction } from "@/lib/practices/actions";
import { COMMITMENT_LINES } from "@/lib/programme/commitment-lines";

type Existing = { id: string; version: number; title: string; line: string; description: string; results: string; contact: string };

/** The same fields to submit a practice and to correct one that was returned. */
export function PracticeForm({ practice }: { practice?: Existing }) {
  return (
    <ActionForm
      action={practice ? updatePracticeAction : submitPracticeAction}
      className="space-y-4 rounded-2xl bg-white p-6 shadow-sm"
      successMessage={practice ? "Cambios enviados a revisión." : "Práctica enviada. La coordinación regional de SERMIG la revisará antes de publicarla."}
    >
      {practice && (
        <>
          <input type="hidden" name="id" value={practice.id} />
          <input type="hidden" name="version" value={practice.version} />
        </>
      )}
      <TextField name="title" label="Título" defaultValue={practice?.title} />
      <SelectField name="line" label="Línea de acción" defaultValue={practice?.line} options={COMMITMENT_LINES.map((l, i) => ({ value: l.code, label: `${i + 1}. ${l.title}` }))} />
      <TextArea name="description" label="Descripción" hint="Qué se hizo, con quiénes y cómo." defaultValue={practice?.description} />
      <TextArea name="results" label="Resultados" hint="Qué cambió: cifras, testimonios, aprendizajes." defaultValue={practice?.results} />
      <TextField name="contact" label="Contacto" hint="Unidad, persona y correo para quien quiera replicarla." defaultValue={practice?.contact} />
      <FileField name="archivo" label="Archivo de apoyo (opcional)" hint="PDF, Word, Excel, JPG o PNG, hasta 10 MB." accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png" />
      <SubmitButton>{practice ? "Enviar cambios" : "Enviar a revisión"}</SubmitButton>
    </ActionForm>
  );
}
