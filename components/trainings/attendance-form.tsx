import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { recordAttendanceAction } from "@/lib/trainings/actions";

type Registration = { id: string; name: string; position: string; municipalityName: string; attended: boolean | null };

/** One checkbox per registrant; unchecked means did not attend. Saving again corrects the record. */
export function AttendanceForm({ sessionId, version, registrations }: { sessionId: string; version: number; registrations: Registration[] }) {
  return (
    <ActionForm action={recordAttendanceAction} className="mt-3 space-y-3" successMessage="Asistencia registrada. Se sumó a la línea 2 del plan de trabajo de cada municipalidad.">
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
