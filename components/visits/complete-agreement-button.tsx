import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { completeAgreementAction } from "@/lib/visits/actions";

export function CompleteAgreementButton({ agreementId }: { agreementId: string }) {
  return (
    <ActionForm action={completeAgreementAction} className="inline-block" confirm="¿Marcar este acuerdo como cumplido?">
      <input type="hidden" name="agreementId" value={agreementId} />
      <SubmitButton variant="secondary" pendingLabel="Marcando…">
        Marcar cumplido
      </SubmitButton>
    </ActionForm>
  );
}
