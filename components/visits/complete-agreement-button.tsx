import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { completeAgreementAction } from "@/lib/visits/actions";

export function CompleteAgreementButton({ agreementId }: { agreementId: string }) {
  return (
    <ActionForm action={completeAgreementAction} className="inline-block" confirm={{
        title: "¿Marcar el acuerdo como cumplido?",
        body: "Deja de figurar entre los acuerdos abiertos de la municipalidad y no se puede volver a abrir.",
        confirmLabel: "Marcar cumplido",
        tone: "primary",
      }}>
      <input type="hidden" name="agreementId" value={agreementId} />
      <SubmitButton variant="secondary" pendingLabel="Marcando…">
        Marcar cumplido
      </SubmitButton>
    </ActionForm>
  );
}
