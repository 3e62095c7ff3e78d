import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/form-fields";
import { setCaseReferenceAction } from "@/lib/cases/actions";
import { REFERENCE_HINT } from "@/lib/cases/reference-hint";

/**
 * The municipality's own label of the case: the officer edits it; SERMIG reads it, so both sides can
 * name a reserved case without its summary.
 */
export function CaseReference({ caseId, reference, editable }: { caseId: string; reference: string | null; editable: boolean }) {
  if (!editable) {
    if (!reference) return null;
    return (
      <p className="rounded-2xl bg-white p-4 shadow-sm sm:px-6">
        <span className="block text-sm text-muted">Referencia municipal</span>
        <span className="font-medium">{reference}</span>
      </p>
    );
  }
  return (
    <section aria-labelledby="referencia" className="rounded-2xl bg-white p-4 shadow-sm sm:p-6">
      <h2 id="referencia" className="text-xl font-bold">
        Referencia municipal
      </h2>
      <ActionForm action={setCaseReferenceAction} className="mt-3 max-w-xl space-y-3" successMessage="Referencia guardada.">
        <input type="hidden" name="caseId" value={caseId} />
        {/* Keyed by the saved value: after a save the field shows what was stored, trimmed. */}
        <TextField key={reference ?? ""} name="municipalReference" label="Referencia (solo para su municipalidad y SERMIG)" hint={REFERENCE_HINT} defaultValue={reference ?? ""} />
        <SubmitButton>Guardar referencia</SubmitButton>
      </ActionForm>
    </section>
  );
}
