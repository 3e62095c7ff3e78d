"use client";

import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { RadioChoice } from "@/components/ui/radio-choice";
import { setEmailPreferenceAction } from "@/lib/notifications/actions";

export function EmailPreferenceForm({ enabled }: { enabled: boolean }) {
  return (
    <ActionForm action={setEmailPreferenceAction} successMessage="Guardamos su preferencia.">
      <RadioChoice
        name="email"
        legend="Avisos por correo electrónico"
        options={[
          { value: "si", label: "Sí, enviarme un correo con cada aviso", checked: enabled },
          { value: "no", label: "No, solo verlos en el portal", checked: !enabled },
        ]}
      />
      <SubmitButton>Guardar preferencia de correo</SubmitButton>
    </ActionForm>
  );
}
