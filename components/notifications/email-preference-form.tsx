"use client";

import { useId } from "react";
import { ActionForm, SubmitButton, useFieldError } from "@/components/ui/action-form";
import { setEmailPreferenceAction } from "@/lib/notifications/actions";

function EmailChoice({ enabled }: { enabled: boolean }) {
  const id = useId();
  const { error } = useFieldError("email", id);
  const options = [
    { value: "si", label: "Sí, enviarme un correo con cada aviso", checked: enabled },
    { value: "no", label: "No, solo verlos en el portal", checked: !enabled },
  ];
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-medium">Avisos por correo electrónico</legend>
      <div className="mt-2 space-y-2">
        {options.map((option) => (
          <div key={option.value} className="flex items-center gap-2">
            <input id={`${id}-${option.value}`} type="radio" name="email" value={option.value} defaultChecked={option.checked} className="h-4 w-4" />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function EmailPreferenceForm({ enabled }: { enabled: boolean }) {
  return (
    <ActionForm action={setEmailPreferenceAction} successMessage="Guardamos su preferencia.">
      <EmailChoice enabled={enabled} />
      <SubmitButton>Guardar preferencia</SubmitButton>
    </ActionForm>
  );
}
