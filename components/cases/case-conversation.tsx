import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { FileField, TextArea } from "@/components/ui/form-fields";
import { CASE_TEXT_LIMITS } from "@/lib/cases/limits";
import { addCaseAttachmentAction, addCaseNoteAction, answerCaseInfoAction } from "@/lib/cases/actions";
import type { CaseView } from "@/lib/cases/queries";
import { formatDateTime } from "@/lib/format";

const ACCEPT = ".pdf,.jpg,.jpeg,.png,.docx,.xlsx";
const FILE_HINT = "PDF, imagen JPG o PNG, Word o Excel, hasta 10 MB.";

function InternalCheckbox() {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name="internal" value="1" className="h-4 w-4" />
      Interno: solo lo verá SERMIG
    </label>
  );
}

/** SERMIG's question: the first shared note written since the case began to wait. */
function pendingQuestion(view: CaseView): string | null {
  const since = view.waitingSince?.getTime();
  if (since === undefined) return null;
  const note = view.timeline.find((item) => item.kind === "note" && !item.internal && item.at.getTime() >= since);
  return note?.kind === "note" ? note.body : null;
}

/** SERMIG asked the municipality for information: the officer's answer sends the case back to review. */
export function InfoRequestAnswer({ view }: { view: CaseView }) {
  const question = pendingQuestion(view);
  return (
    <section aria-labelledby="responder" className="rounded-2xl border-2 border-amber-500 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="responder" className="text-xl font-bold">
        SERMIG pidió información
      </h2>
      {question && <blockquote className="mt-3 whitespace-pre-line break-words border-l-4 border-slate-300 pl-4">{question}</blockquote>}
      <p className="mt-3 text-sm text-muted">
        {view.waitingSince ? `Preguntado el ${formatDateTime(view.waitingSince).slice(0, 10)}. ` : ""}El plazo de SERMIG está en pausa hasta que usted responda.
      </p>
      {/* On success the page opens again with the confirmation on top: this section leaves with the request. */}
      <ActionForm action={answerCaseInfoAction} className="mt-4 space-y-4">
        <input type="hidden" name="caseId" value={view.id} />
        <input type="hidden" name="version" value={view.version} />
        <TextArea name="body" label="Respuesta" maxLength={CASE_TEXT_LIMITS.message} rows={4} />
        <FileField name="archivo" label="Archivo (opcional)" hint={FILE_HINT} accept={ACCEPT} />
        <SubmitButton pendingLabel="Enviando respuesta…">Enviar respuesta</SubmitButton>
      </ActionForm>
    </section>
  );
}

/** Notes and files for the shared conversation; SERMIG staff may keep a file internal. */
export function CaseConversation({ view, staff }: { view: CaseView; staff: boolean }) {
  if (view.status === "CERRADO") {
    return <p className="rounded-2xl bg-white p-4 text-muted shadow-sm sm:p-6">El caso está cerrado: ya no recibe notas ni archivos.</p>;
  }
  return (
    <section aria-labelledby="conversacion" className="rounded-2xl bg-white p-4 shadow-sm sm:p-6">
      <h2 id="conversacion" className="text-xl font-bold">
        {staff ? "Escribir en el caso" : "Escribir a SERMIG"}
      </h2>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <ActionForm action={addCaseNoteAction} className="space-y-3" successMessage="Nota agregada al historial.">
          <input type="hidden" name="caseId" value={view.id} />
          <TextArea
            name="body"
            label="Nota"
            hint={staff ? "La municipalidad verá esta nota. Las notas internas se escriben en la gestión SERMIG." : "La verá la coordinación regional de SERMIG."}
            maxLength={CASE_TEXT_LIMITS.message}
          />
          <SubmitButton pendingLabel="Agregando nota…">Agregar nota</SubmitButton>
        </ActionForm>
        <ActionForm action={addCaseAttachmentAction} className="space-y-3" successMessage="Archivo agregado al historial.">
          <input type="hidden" name="caseId" value={view.id} />
          <FileField name="archivo" label="Archivo" hint={FILE_HINT} accept={ACCEPT} />
          {staff && <InternalCheckbox />}
          <SubmitButton pendingLabel="Adjuntando archivo…">Adjuntar archivo</SubmitButton>
        </ActionForm>
      </div>
    </section>
  );
}
