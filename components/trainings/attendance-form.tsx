"use client";

import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import type { Confirmation } from "@/components/ui/confirm-dialog";
import { recordAttendanceAction } from "@/lib/trainings/actions";

type Registration = { id: string; name: string; position: string; municipalityName: string; attended: boolean | null; score: number | null };

/** Unmarking someone who was evaluated erases the evaluation (an absent person has none): ask first. */
function erasedEvaluations(registrations: Registration[]) {
  return (data: FormData): Confirmation | undefined => {
    const attended = new Set(data.getAll("attended"));
    const erased = registrations.filter((r) => r.score !== null && !attended.has(r.id));
    if (erased.length === 0) return undefined;
    return {
      title: erased.length === 1 ? "¿Borrar una evaluación?" : `¿Borrar ${erased.length} evaluaciones?`,
      body: "Quien queda como ausente pierde su nota y su comentario; volver a marcar su asistencia no los recupera.",
      details: erased.map((r) => `${r.name} (${r.municipalityName}): nota ${r.score}`),
      confirmLabel: "Guardar y borrar",
    };
  };
}

/** One checkbox per registrant; unchecked means did not attend. Saving again corrects the record. */
export function AttendanceForm({ sessionId, version, registrations }: { sessionId: string; version: number; registrations: Registration[] }) {
  return (
    <ActionForm
      action={recordAttendanceAction}
      className="mt-3 space-y-3"
      successMessage="Asistencia registrada. Se sumó a la línea 2 del plan de trabajo de cada municipalidad."
      confirm={erasedEvaluations(registrations)}
    >
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="version" value={version} />
      <fieldset>
        <legend className="font-medium">Marque a quienes asistieron</legend>
        <ul className="mt-2 space-y-1">
          {registrations.map((r) => (
            <li key={r.id}>
              <label className="flex items-center gap-2">
                <input type="checkbox" name="attended" value={r.id} defaultChecked={r.attended ?? false} className="size-4" />
                <span>
                  {r.name} <span className="text-sm text-muted">({r.position}, {r.municipalityName})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <SubmitButton>Guardar asistencia</SubmitButton>
    </ActionForm>
  );
}
