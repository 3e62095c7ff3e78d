import { AppLink } from "@/components/ui/app-link";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { TextArea } from "@/components/ui/form-fields";
import { decideActivityRequestAction } from "@/lib/activities/actions";
import { REQUEST_STATUS_LABELS, TYPE_LABELS } from "@/lib/activities/schemas";
import type { ActivityRequestKind, ActivityRequestStatus, ActivityType } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";

type Request = {
  id: string;
  kind: ActivityRequestKind;
  activityType: ActivityType | null;
  activity?: { id: string; type: ActivityType; startsAt: Date } | null;
  municipalityName: string;
  message: string;
  status: ActivityRequestStatus;
  response: string | null;
  createdAt: Date;
};

const TONES: Record<ActivityRequestStatus, string> = { PENDING: "bg-amber-100 text-amber-900", ACCEPTED: "bg-green-100 text-green-900", DECLINED: "bg-red-100 text-red-900" };

/** Requests to take part in or host an activity; SERMIG of the region answers the pending ones. */
export function RequestList({ requests, canDecide }: { requests: Request[]; canDecide: boolean }) {
  if (requests.length === 0) return <p className="mt-2 text-muted">No hay solicitudes.</p>;
  return (
    <ul className="mt-3 divide-y divide-slate-100">
      {requests.map((r) => (
        <li key={r.id} className="py-3">
          <div className="flex flex-wrap items-center gap-3">
            <span className="font-medium">
              {r.municipalityName} · {r.kind === "HOST" ? `pide acoger: ${TYPE_LABELS[r.activityType!]}` : "pide participar"}
            </span>
            {r.activity && (
              <AppLink href={`/dispositivos/${r.activity.id}`} className="text-sm">
                {TYPE_LABELS[r.activity.type]} del {formatDate(r.activity.startsAt)}
              </AppLink>
            )}
            <span className={`rounded-full px-3 py-0.5 text-sm font-medium ${TONES[r.status]}`}>{REQUEST_STATUS_LABELS[r.status]}</span>
            <span className="text-sm text-muted">{formatDate(r.createdAt)}</span>
          </div>
          <p className="mt-1 whitespace-pre-line break-words">{r.message}</p>
          {r.response && (
            <p className="mt-1 text-sm whitespace-pre-line break-words">
              <span className="font-medium">Respuesta de SERMIG:</span> {r.response}
            </p>
          )}
          {canDecide && r.status === "PENDING" && (
            <details className="mt-2 rounded-lg bg-slate-50 p-3">
              <summary className="cursor-pointer font-medium text-sermig-blue-dark">Responder a {r.municipalityName}</summary>
              <div className="mt-3 grid gap-4 md:grid-cols-2">
                <ActionForm action={decideActivityRequestAction} className="space-y-2" successMessage="Solicitud aceptada.">
                  <input type="hidden" name="id" value={r.id} />
                  <input type="hidden" name="decision" value="ACCEPT" />
                  <TextArea name="response" label="Mensaje (opcional)" />
                  <SubmitButton>Aceptar</SubmitButton>
                </ActionForm>
                <ActionForm action={decideActivityRequestAction} className="space-y-2" confirm={{
                    title: `¿Rechazar la solicitud de ${r.municipalityName}?`,
                    body: "La municipalidad verá la solicitud como rechazada, con el motivo que escriba. La decisión no se puede cambiar después.",
                    confirmLabel: "Rechazar la solicitud",
                  }} successMessage="Solicitud rechazada.">
                  <input type="hidden" name="id" value={r.id} />
                  <input type="hidden" name="decision" value="DECLINE" />
                  <TextArea name="response" label="Motivo del rechazo" />
                  <SubmitButton variant="danger">Rechazar</SubmitButton>
                </ActionForm>
              </div>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
