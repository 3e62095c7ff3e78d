import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { SelectField, TextArea, TextField } from "@/components/ui/form-fields";
import { TableFrame } from "@/components/ui/table-frame";
import { formatDate } from "@/lib/format";
import { answerSubjectRequestAction, eraseSubjectAction, registerSubjectRequestAction } from "@/lib/privacy/actions";
import { deadlineText, type answeredRequests, type dueRequests } from "@/lib/privacy/requests";
import { OUTCOME_LABELS, REQUEST_TYPE_LABELS } from "@/lib/privacy/schemas";

type Due = Awaited<ReturnType<typeof dueRequests>>;
type Answered = Awaited<ReturnType<typeof answeredRequests>>;

const typeOptions = Object.entries(REQUEST_TYPE_LABELS).map(([value, label]) => ({ value, label }));
const outcomeOptions = Object.entries(OUTCOME_LABELS).map(([value, label]) => ({ value, label }));

/** The form that records a request as it arrives. */
export function RegisterRequest({ today }: { today: string }) {
  return (
    <ActionForm action={registerSubjectRequestAction} successMessage="Solicitud registrada. Su plazo de respuesta aparece en la lista." className="grid gap-4 md:grid-cols-2">
      <SelectField name="type" label="Derecho que se ejerce" options={typeOptions} />
      <TextField name="receivedOn" type="date" label="Fecha de ingreso" defaultValue={today} hint="El plazo es de 30 días corridos desde esta fecha." />
      <TextField name="documentNumber" label="Número de documento de la persona" />
      <TextField name="requesterName" label="Nombre de quien presenta la solicitud" />
      <TextField name="purpose" label="Finalidad a la que se opone (solo oposición)" hint="Por ejemplo: envío de comunicaciones del programa." />
      <TextArea name="detail" label="Detalle de la solicitud (opcional)" />
      <div className="md:col-span-2">
        <SubmitButton pendingLabel="Registrando…">Registrar la solicitud</SubmitButton>
      </div>
    </ActionForm>
  );
}

/** Open requests, soonest deadline first, each with its deadline in words and the way to answer it. */
export function DueRequests({ requests, today }: { requests: Due; today: Date }) {
  if (requests.length === 0) return <p className="text-muted">No hay solicitudes pendientes de respuesta.</p>;
  return (
    <TableFrame label="Lista de solicitudes por responder">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Solicitudes por responder, la que vence antes primero</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">Plazo</th>
            <th scope="col" className="px-3 py-2">Solicitud</th>
            <th scope="col" className="px-3 py-2">Persona</th>
            <th scope="col" className="px-3 py-2">Responder</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((request) => {
            const deadline = deadlineText(request.dueOn, today);
            return (
              <tr key={request.id} className="border-t border-slate-200 align-top">
                <td className="px-3 py-2 whitespace-nowrap">
                  <span className={deadline.overdue ? "font-bold text-sermig-red-dark" : "font-medium"}>{deadline.text}</span>
                  <span className="block text-muted">vence el {formatDate(request.dueOn)}</span>
                  <span className="block text-muted">ingresó el {formatDate(request.receivedOn)}</span>
                </td>
                <td className="min-w-40 px-3 py-2">
                  <span className="font-medium">{REQUEST_TYPE_LABELS[request.type]}</span>
                  {request.purpose && <span className="block">Finalidad: {request.purpose}</span>}
                  {request.detail && <span className="block text-muted">{request.detail}</span>}
                </td>
                <td className="px-3 py-2">
                  {request.requesterName}
                  <span className="block text-muted">Documento {request.documentNumber}</span>
                </td>
                <td className="min-w-72 space-y-4 px-3 py-2">
                  {request.type === "SUPRESION" && (
                    <ActionForm
                      action={eraseSubjectAction}
                      successMessage="Los datos de la persona fueron suprimidos y la solicitud quedó respondida."
                      confirm={`¿Suprimir los datos de ${request.requesterName}? Se anonimizarán todos los casos en que figura (nombres, documento, contacto y relato). No se puede deshacer.`}
                      className="space-y-2"
                    >
                      <input type="hidden" name="requestId" value={request.id} />
                      <SubmitButton variant="danger" pendingLabel="Suprimiendo…">
                        Suprimir los datos
                      </SubmitButton>
                    </ActionForm>
                  )}
                  <ActionForm action={answerSubjectRequestAction} successMessage="Respuesta registrada." className="space-y-2">
                    <input type="hidden" name="id" value={request.id} />
                    <SelectField name="outcome" label="Resultado" options={outcomeOptions} />
                    <TextArea name="note" label="Respuesta dada a la persona" />
                    <SubmitButton variant="secondary" pendingLabel="Guardando…">
                      Registrar la respuesta
                    </SubmitButton>
                  </ActionForm>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableFrame>
  );
}

export function AnsweredRequests({ requests }: { requests: Answered }) {
  if (requests.length === 0) return null;
  return (
    <TableFrame label="Solicitudes respondidas">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Últimas solicitudes respondidas</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">Solicitud</th>
            <th scope="col" className="px-3 py-2">Ingreso y plazo</th>
            <th scope="col" className="px-3 py-2">Resultado</th>
            <th scope="col" className="px-3 py-2">Respondida por</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((request) => (
            <tr key={request.id} className="border-t border-slate-200 align-top">
              <td className="px-3 py-2">
                <span className="font-medium">{REQUEST_TYPE_LABELS[request.type]}</span>
                <span className="block text-muted">{request.requesterName}</span>
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                {formatDate(request.receivedOn)}
                <span className="block text-muted">vencía el {formatDate(request.dueOn)}</span>
              </td>
              <td className="px-3 py-2">
                {request.outcome ? OUTCOME_LABELS[request.outcome] : "—"}
                {request.answeredOn && <span className="block text-muted">el {formatDate(request.answeredOn)}</span>}
              </td>
              <td className="px-3 py-2">{request.handledByName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
