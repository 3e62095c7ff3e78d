import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { TableFrame } from "@/components/ui/table-frame";
import { evaluateTrainingAction } from "@/lib/trainings/actions";

type Registration = { id: string; name: string; position: string; email: string; municipalityName: string; attended: boolean | null; score: number | null; comment: string | null };

const ATTENDED = (value: boolean | null) => (value === null ? "Por registrar" : value ? "Asistió" : "No asistió");
const SCORES = [7, 6, 5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: String(n) }));

/** Who is registered; the officer evaluates each attendee (1–7) once attendance is in. */
export function RegistrationsTable({ registrations, canEvaluate, showMunicipality }: { registrations: Registration[]; canEvaluate: boolean; showMunicipality: boolean }) {
  if (registrations.length === 0) return <p className="mt-3 text-muted">Aún no hay personas inscritas.</p>;
  return (
    <TableFrame label="Personas inscritas">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Personas inscritas y su asistencia</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className="px-3 py-2">Persona</th>
            {showMunicipality && <th scope="col" className="px-3 py-2">Municipalidad</th>}
            <th scope="col" className="px-3 py-2">Asistencia</th>
            <th scope="col" className="px-3 py-2">Evaluación</th>
          </tr>
        </thead>
        <tbody>
          {registrations.map((r) => (
            <tr key={r.id} className="border-b border-slate-100 align-top last:border-0">
              <td className="px-3 py-2">
                <span className="font-medium">{r.name}</span>
                <span className="block text-xs text-muted">
                  {r.position} · {r.email}
                </span>
              </td>
              {showMunicipality && <td className="px-3 py-2">{r.municipalityName}</td>}
              <td className="px-3 py-2">{ATTENDED(r.attended)}</td>
              <td className="px-3 py-2">
                {r.score !== null && (
                  <p>
                    Nota {r.score}
                    {r.comment && <span className="block whitespace-pre-line text-xs text-muted">{r.comment}</span>}
                  </p>
                )}
                {canEvaluate && r.attended && (
                  <details className="mt-1">
                    <summary className="cursor-pointer font-medium text-sermig-blue-dark">{r.score === null ? "Evaluar" : "Cambiar evaluación"}</summary>
                    <ActionForm action={evaluateTrainingAction} className="mt-2 space-y-2" successMessage="Evaluación guardada.">
                      <input type="hidden" name="registrationId" value={r.id} />
                      <SelectField name="score" label={`Nota de ${r.name} (1 a 7)`} defaultValue={String(r.score ?? 7)} options={SCORES} />
                      <TextField name="comment" label="Comentario (opcional)" defaultValue={r.comment ?? undefined} />
                      <SubmitButton variant="secondary">Guardar evaluación</SubmitButton>
                    </ActionForm>
                  </details>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
