import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { TextArea } from "@/components/ui/form-fields";
import { setLegalHoldAction } from "@/lib/privacy/actions";

type Props = { caseId: string; hold: { legalHold: boolean; legalHoldReason: string | null; anonymisedAt: Date | null }; canManage: boolean };

/** On the case page, for SERMIG staff: whether the case is kept from anonymisation, and (admins) the switch. */
export function LegalHoldPanel({ caseId, hold, canManage }: Props) {
  if (hold.anonymisedAt) {
    return (
      <section aria-labelledby="legal-hold" className="rounded-xl border border-slate-300 bg-white p-4">
        <h2 id="legal-hold" className="text-lg font-bold">Datos personales</h2>
        <p className="mt-1">Este caso fue anonimizado al cumplirse el plazo de conservación: sus datos personales, relatos y archivos ya no existen.</p>
      </section>
    );
  }
  if (!hold.legalHold && !canManage) return null;
  return (
    <section aria-labelledby="legal-hold" className={`rounded-xl border p-4 ${hold.legalHold ? "border-amber-700 bg-amber-50" : "border-slate-300 bg-white"}`}>
      <h2 id="legal-hold" className="text-lg font-bold">Retención legal</h2>
      {hold.legalHold ? (
        <p className="mt-1">
          Este caso no se anonimizará mientras tenga retención legal. Motivo: <span className="font-medium">{hold.legalHoldReason}</span>
        </p>
      ) : (
        <p className="mt-1 text-muted">Sin retención: al cumplirse el plazo de conservación después del cierre, el caso se anonimizará.</p>
      )}
      {canManage && (
        <ActionForm
          action={setLegalHoldAction}
          className="mt-3 space-y-3"
          successMessage="Retención legal actualizada."
          confirm={
            // Lifting the hold is what lets the nightly run erase the case; putting one on takes nothing away.
            hold.legalHold
              ? {
                  title: "¿Quitar la retención legal?",
                  body: "Si el caso ya cumplió el plazo de conservación, la próxima anonimización nocturna eliminará para siempre sus datos personales, relatos y archivos.",
                  confirmLabel: "Quitar retención legal",
                }
              : undefined
          }
        >
          <input type="hidden" name="caseId" value={caseId} />
          <input type="hidden" name="hold" value={hold.legalHold ? "0" : "1"} />
          <TextArea name="reason" label={hold.legalHold ? "Motivo para quitar la retención" : "Motivo de la retención (causa, oficio, solicitud)"} />
          <SubmitButton variant={hold.legalHold ? "danger" : "secondary"}>{hold.legalHold ? "Quitar retención legal" : "Poner retención legal"}</SubmitButton>
        </ActionForm>
      )}
    </section>
  );
}
