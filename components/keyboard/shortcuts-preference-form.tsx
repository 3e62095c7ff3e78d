"use client";

import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { RadioChoice } from "@/components/ui/radio-choice";
import { setKeyboardShortcutsAction } from "@/lib/preferences/actions";

export function ShortcutsPreferenceForm({ enabled }: { enabled: boolean }) {
  return (
    <ActionForm action={setKeyboardShortcutsAction} successMessage="Guardamos su preferencia.">
      <RadioChoice
        name="atajos"
        legend="Atajos de una tecla en la bandeja y en los casos"
        options={[
          { value: "si", label: "Sí, usar los atajos", checked: enabled },
          { value: "no", label: "No, desactivarlos", checked: !enabled },
        ]}
      />
      <SubmitButton>Guardar preferencia de atajos</SubmitButton>
    </ActionForm>
  );
}
