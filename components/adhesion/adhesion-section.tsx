import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { FileField, TextArea, TextField } from "@/components/ui/form-fields";
import { adhesionTransitionAction, submitLetterAction } from "@/lib/adhesion/actions";
import { transitionConfirmation } from "@/lib/adhesion/confirmations";
import { availableTransitions, nextStatus, nextStepFor, STATUS_LABELS, transitionNeeds } from "@/lib/adhesion/lifecycle";
import type { MunicipalityProfile } from "@/lib/adhesion/profile";
import type { Viewer } from "@/lib/auth/viewer";
import { formatDate, formatDateTime } from "@/lib/format";
import { ANCHOR_CLASS, ANCHOR_HEADING, ANCHORS } from "./anchors";
import { StatusBadge } from "./status-badge";

const BUTTON_LABELS = {
  acceptLetter: "Aceptar la carta",
  returnWithObservations: "Devolver con observaciones",
  requestEvaluation: "Pedir la evaluación",
  sendToEvaluation: "Enviar a evaluación",
  certify: "Certificar",
  openRevalidation: "Abrir la revalidación",
  withdraw: "Marcar como retirada",
} as const;

function Detail({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <div>
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="font-medium">{value}</dd>
    </div>
  );
}

export function AdhesionSection({ profile, viewer }: { profile: MunicipalityProfile; viewer: Viewer }) {
  const { adhesion, municipality } = profile;
  const status = adhesion?.status ?? null;
  const canSubmitLetter = viewer.role === "MUNICIPAL_OFFICER" && (status === null || status === "INTERESADA");
  const steps = status ? availableTransitions(status, viewer.role) : [];

  return (
    <section aria-labelledby={ANCHORS.adhesion} className="rounded-2xl bg-white p-4 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id={ANCHORS.adhesion} {...ANCHOR_HEADING} className={`text-2xl font-bold ${ANCHOR_CLASS}`}>
          Adhesión al Sello Migrante
        </h2>
        <StatusBadge status={status} />
      </div>
      <p className="mt-2 text-muted">{nextStepFor(status)}</p>

      {adhesion?.observations && (
        <div role="note" className="mt-4 rounded-lg border-l-4 border-amber-500 bg-amber-50 px-4 py-3">
          <p className="text-sm font-bold">Observaciones de SERMIG</p>
          <p className="mt-1 whitespace-pre-line">{adhesion.observations}</p>
        </div>
      )}

      {adhesion && (
        <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Detail label="Carta firmada el" value={adhesion.letterSignedOn && formatDate(adhesion.letterSignedOn)} />
          <Detail label="Alcaldesa o alcalde" value={adhesion.mayorName} />
          <Detail
            label="Acuerdo del concejo municipal"
            value={adhesion.councilAgreementNumber && `${adhesion.councilAgreementNumber}${adhesion.councilAgreementDate ? ` del ${formatDate(adhesion.councilAgreementDate)}` : ""}`}
          />
          <Detail label="Resolución de certificación" value={adhesion.certificationResolution && `${adhesion.certificationResolution}${adhesion.certifiedOn ? ` del ${formatDate(adhesion.certifiedOn)}` : ""}`} />
          <Detail label="Revalidación antes del" value={adhesion.revalidationDueOn && formatDate(adhesion.revalidationDueOn)} />
        </dl>
      )}

      {adhesion && adhesion.letters.length > 0 && (
        <div className="mt-4">
          <h3 className="font-bold">Carta de compromiso</h3>
          <ul className="mt-1 space-y-1">
            {adhesion.letters.map((letter, i) => (
              <li key={letter.id}>
                <a href={`/archivos/${letter.file.id}`}>{letter.file.originalName}</a>{" "}
                <span className="text-sm text-muted">
                  versión {letter.version}, subida el {formatDateTime(letter.uploadedAt)}
                  {i > 0 ? " (reemplazada)" : ""}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}

      {canSubmitLetter && (
        <div className="mt-6 border-t border-slate-200 pt-6">
          <h3 className="text-lg font-bold">Enviar la carta de compromiso firmada</h3>
          <ActionForm action={submitLetterAction} className="mt-4 grid gap-4 sm:grid-cols-2" successMessage="La carta fue enviada a la coordinación regional de SERMIG.">
            <input type="hidden" name="municipalityCode" value={municipality.code} />
            <TextField name="letterSignedOn" label="Fecha de firma de la carta" type="date" />
            <TextField name="mayorName" label="Nombre de la alcaldesa o el alcalde" />
            <TextField name="councilAgreementNumber" label="N° del acuerdo del concejo municipal" />
            <TextField name="councilAgreementDate" label="Fecha del acuerdo del concejo" type="date" />
            <div className="sm:col-span-2">
              <FileField name="archivo" label="Carta firmada (PDF, hasta 10 MB)" accept="application/pdf,.pdf" />
            </div>
            <div className="sm:col-span-2">
              <SubmitButton pendingLabel="Enviando…">Enviar carta</SubmitButton>
            </div>
          </ActionForm>
        </div>
      )}

      {adhesion && steps.length > 0 && (
        <div className="mt-6 space-y-4 border-t border-slate-200 pt-6">
          <h3 className="text-lg font-bold">Siguiente paso</h3>
          {steps.map((step) => {
            const needs = transitionNeeds(step);
            const to = nextStatus(step, adhesion.status, viewer.role);
            const confirmation = transitionConfirmation(step, {
              municipalityName: municipality.name,
              to,
              lines: profile.lines,
              hasOfficial: Boolean(profile.official),
              trainings: profile.trainings.length,
            });
            return (
              <ActionForm
                key={step}
                action={adhesionTransitionAction}
                className="space-y-3 rounded-lg border border-slate-200 p-4"
                confirm={confirmation}
              >
                <input type="hidden" name="municipalityCode" value={municipality.code} />
                <input type="hidden" name="version" value={adhesion.version} />
                <input type="hidden" name="transition" value={step} />
                {needs.reason && <TextArea name="reason" label={step === "withdraw" ? "Motivo del retiro" : "Observaciones para la municipalidad"} />}
                {needs.resolution && (
                  <div className="grid gap-3 sm:grid-cols-2">
                    <TextField name="resolution" label="N° de resolución" hint="Por ejemplo: Res. Ex. N° 1234" />
                    <TextField name="resolutionDate" label="Fecha de la resolución" type="date" />
                  </div>
                )}
                <SubmitButton variant={step === "withdraw" || step === "returnWithObservations" ? "danger" : "primary"}>{BUTTON_LABELS[step as keyof typeof BUTTON_LABELS]}</SubmitButton>
                <p className="text-sm text-muted">La adhesión pasará a «{STATUS_LABELS[to]}».</p>
              </ActionForm>
            );
          })}
        </div>
      )}

      {adhesion && adhesion.events.length > 0 && (
        <div className="mt-6 border-t border-slate-200 pt-6">
          <h3 className="text-lg font-bold">Historial</h3>
          <ol className="mt-3 space-y-3 border-l-2 border-slate-200 pl-4">
            {adhesion.events.map((event) => (
              <li key={event.id}>
                <p className="font-medium">
                  {event.fromStatus ? `${STATUS_LABELS[event.fromStatus]} → ` : ""}
                  {STATUS_LABELS[event.toStatus]}
                </p>
                <p className="text-sm text-muted">
                  {formatDateTime(event.at)} · {event.actorName}
                </p>
                {event.reason && <p className="mt-1 whitespace-pre-line text-sm">{event.reason}</p>}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
