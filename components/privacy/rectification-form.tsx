"use client";

import { ParticipantFields, type ParticipantOptions } from "@/components/cases/participant-fields";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { TextArea } from "@/components/ui/form-fields";
import type { ParticipantFormValues } from "@/lib/cases/schemas";
import { rectifyParticipantAction } from "@/lib/privacy/actions";

type Props = { id: string; version: number; initial: ParticipantFormValues; options: ParticipantOptions };

/**
 * The case form's person fields, plus the reason the law asks for. After a save the page refreshes: the
 * hidden version follows its value and the fields, reset, show the rectified data.
 */
export function RectificationForm({ id, version, initial, options }: Props) {
  return (
    <ActionForm action={rectifyParticipantAction} successMessage="Datos rectificados. El cambio quedó en el historial." confirm={{
        title: "¿Guardar la rectificación?",
        body: "Los datos de la persona se reemplazan en el caso. El cambio y su motivo quedan en el historial, que no se puede borrar.",
        confirmLabel: "Guardar la rectificación",
        tone: "primary",
      }}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <ParticipantFields index={0} initial={initial} options={options} />
      <TextArea name="reason" label="Motivo de la rectificación" hint="Por ejemplo: la persona presentó su cédula y el nombre estaba mal escrito. Queda en el historial." />
      <SubmitButton>Guardar rectificación</SubmitButton>
    </ActionForm>
  );
}
