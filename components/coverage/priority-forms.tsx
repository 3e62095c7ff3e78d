"use client";

import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { SelectField, TextArea } from "@/components/ui/form-fields";
import { prioritiseComunaAction, unprioritiseComunaAction } from "@/lib/coverage/actions";

export function PrioritiseForm({ options }: { options: { value: string; label: string }[] }) {
  return (
    <ActionForm action={prioritiseComunaAction} successMessage="La comuna quedó marcada como prioritaria." className="space-y-4 rounded-xl bg-white p-5 shadow-sm">
      <SelectField name="comunaCode" label="Comuna adherida" options={[{ value: "", label: "Elija una comuna" }, ...options]} />
      <TextArea name="reason" label="Motivo" hint="Por qué SERMIG la prioriza en sus acciones nacionales (entre 10 y 500 caracteres). Queda en la auditoría." />
      <SubmitButton>Marcar como prioritaria</SubmitButton>
    </ActionForm>
  );
}

export function UnprioritiseForm({ code, name }: { code: string; name: string }) {
  return (
    <ActionForm action={unprioritiseComunaAction} confirm={{
        title: `¿Quitar ${name} de las comunas prioritarias?`,
        body: "Deja de aparecer como prioritaria en el tablero nacional y se pierde el motivo registrado; para volver a priorizarla habrá que escribirlo de nuevo. El cambio queda en la auditoría.",
        confirmLabel: "Quitar de las prioritarias",
      }} className="inline">
      <input type="hidden" name="comunaCode" value={code} />
      <SubmitButton variant="secondary" pendingLabel="Quitando…">
        Quitar<span className="sr-only"> {name} de las prioritarias</span>
      </SubmitButton>
    </ActionForm>
  );
}
