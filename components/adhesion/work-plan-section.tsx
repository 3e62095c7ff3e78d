import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { FileField, SelectField, TextArea, TextField } from "@/components/ui/form-fields";
import { ProgressBar } from "@/components/ui/progress-bar";
import { addEvidenceAction, createCommitmentAction, reviewCommitmentAction, updateCommitmentAction } from "@/lib/adhesion/actions";
import type { MunicipalityProfile } from "@/lib/adhesion/profile";
import type { Viewer } from "@/lib/auth/viewer";
import { planIsOpen } from "@/lib/adhesion/lifecycle";
import { formatDate } from "@/lib/format";
import { ANCHOR_CLASS, ANCHOR_HEADING, ANCHORS } from "./anchors";

const STATUS_OPTIONS = [
  { value: "PLANNED", label: "Planificada" },
  { value: "IN_PROGRESS", label: "En curso" },
  { value: "DONE", label: "Realizada" },
];
const STATUS_LABEL = Object.fromEntries(STATUS_OPTIONS.map((o) => [o.value, o.label]));
const REVIEW_LABEL = { DRAFT: "Sin medios de verificación", PENDING: "Esperando revisión", APPROVED: "Aprobada", RETURNED: "Devuelta con comentario" } as const;
const REVIEW_TONE = { DRAFT: "text-slate-700", PENDING: "text-amber-800", APPROVED: "text-green-800", RETURNED: "text-red-800" } as const;

type Line = MunicipalityProfile["lines"][number];
type Action = Line["actions"][number];

const iso = (date: Date) => date.toISOString().slice(0, 10);

function ActionFields({ action, title }: { action?: Action; title?: string }) {
  return (
    <>
      <TextField name="title" label="Título" defaultValue={action?.title ?? title} />
      <TextArea name="description" label="Descripción" defaultValue={action?.description} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="responsibleUnit" label="Unidad responsable" defaultValue={action?.responsibleUnit} />
        <SelectField name="status" label="Estado" defaultValue={action?.status ?? "PLANNED"} options={STATUS_OPTIONS} />
        <TextField name="startsOn" label="Inicio" type="date" defaultValue={action && iso(action.startsOn)} />
        <TextField name="dueOn" label="Término" type="date" defaultValue={action && iso(action.dueOn)} />
      </div>
    </>
  );
}

function ActionCard({ action, viewer }: { action: Action; viewer: Viewer }) {
  const canEdit = viewer.role === "MUNICIPAL_OFFICER";
  const canReview = viewer.role === "REGIONAL_COORDINATOR" && action.review === "PENDING";
  return (
    <li className="rounded-lg border border-slate-200 p-3 sm:p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h4 className="font-bold">{action.title}</h4>
        <span className={`text-sm font-medium ${REVIEW_TONE[action.review]}`}>{REVIEW_LABEL[action.review]}</span>
      </div>
      <p className="mt-1 whitespace-pre-line text-sm">{action.description}</p>
      <p className="mt-1 text-sm text-muted">
        {action.responsibleUnit} · {formatDate(action.startsOn)} a {formatDate(action.dueOn)} · {STATUS_LABEL[action.status]}
      </p>
      {action.review === "RETURNED" && action.reviewComment && (
        <p role="note" className="mt-2 rounded bg-red-50 px-3 py-2 text-sm text-red-900">
          Comentario de SERMIG: {action.reviewComment}
        </p>
      )}
      {action.evidence.length > 0 && (
        <div className="mt-3">
          <p className="text-sm font-medium">Medios de verificación</p>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {action.evidence.map((evidence) => (
              <li key={evidence.id}>
                {evidence.description}:{" "}
                {evidence.file ? (
                  <a href={`/archivos/${evidence.file.id}`}>{evidence.file.originalName}</a>
                ) : (
                  <a href={evidence.url ?? undefined} rel="noopener noreferrer nofollow" target="_blank" className="break-all">
                    {evidence.url}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {canEdit && (
        <div className="mt-3 flex flex-wrap gap-3">
          <details className="w-full rounded-lg bg-slate-50 p-3">
            <summary className="cursor-pointer font-medium text-sermig-blue-dark">Agregar medio de verificación</summary>
            <ActionForm action={addEvidenceAction} className="mt-3 space-y-3" successMessage="Medio de verificación agregado; la coordinación regional lo revisará.">
              <input type="hidden" name="actionId" value={action.id} />
              <TextField name="description" label="Qué demuestra" hint="Por ejemplo: decreto de nombramiento, lista de asistencia." />
              <FileField name="archivo" label="Archivo (PDF, imagen, Word o Excel, hasta 10 MB)" accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx" />
              <TextField name="url" label="O un enlace" type="url" hint="Deje vacío si adjunta un archivo." />
              <SubmitButton>Agregar</SubmitButton>
            </ActionForm>
          </details>
          <details className="w-full rounded-lg bg-slate-50 p-3">
            <summary className="cursor-pointer font-medium text-sermig-blue-dark">Editar la acción</summary>
            <ActionForm action={updateCommitmentAction} className="mt-3 space-y-3" successMessage="Cambios guardados.">
              <input type="hidden" name="id" value={action.id} />
              <input type="hidden" name="version" value={action.version} />
              <ActionFields action={action} />
              <SubmitButton>Guardar cambios</SubmitButton>
            </ActionForm>
          </details>
        </div>
      )}
      {canReview && (
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <ActionForm action={reviewCommitmentAction} className="space-y-2">
            <input type="hidden" name="actionId" value={action.id} />
            <input type="hidden" name="version" value={action.version} />
            <input type="hidden" name="decision" value="APPROVE" />
            <SubmitButton>Aprobar «{action.title}»</SubmitButton>
          </ActionForm>
          <ActionForm action={reviewCommitmentAction} className="space-y-2">
            <input type="hidden" name="actionId" value={action.id} />
            <input type="hidden" name="version" value={action.version} />
            <input type="hidden" name="decision" value="RETURN" />
            <TextArea name="comment" label="Comentario para la municipalidad" />
            <SubmitButton variant="danger">Devolver «{action.title}»</SubmitButton>
          </ActionForm>
        </div>
      )}
    </li>
  );
}

function LineSection({ line, index, viewer, municipalityCode, open }: { line: Line; index: number; viewer: Viewer; municipalityCode: string; open: boolean }) {
  const canEdit = viewer.role === "MUNICIPAL_OFFICER" && open;
  return (
    <section aria-labelledby={ANCHORS.line(line.code)} className="rounded-xl border border-slate-200 p-3 sm:p-5">
      <h3 id={ANCHORS.line(line.code)} {...ANCHOR_HEADING} className={`text-xl font-bold ${ANCHOR_CLASS}`}>
        {index + 1}. {line.title}
      </h3>
      <p className="mt-1 text-sm text-muted">{line.description}</p>
      <div className="mt-3">
        <ProgressBar label={`Avance de ${line.title}`} approved={line.progress.approved} total={line.progress.total} />
      </div>
      {line.actions.length === 0 ? (
        <p className="mt-4 text-sm text-muted">Aún no hay acciones en esta línea.</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {line.actions.map((action) => (
            <ActionCard key={action.id} action={action} viewer={viewer} />
          ))}
        </ul>
      )}
      {canEdit && (
        <details className="mt-4 rounded-lg bg-sermig-blue-light p-4">
          <summary className="cursor-pointer font-medium text-sermig-blue-dark">Agregar una acción a {line.title}</summary>
          <p className="mt-3 text-sm">Ideas del programa (puede usar una como título):</p>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {line.examples.map((example) => (
              <li key={example}>{example}</li>
            ))}
          </ul>
          <ActionForm action={createCommitmentAction} className="mt-3 space-y-3" successMessage="Acción agregada al plan de trabajo.">
            <input type="hidden" name="municipalityCode" value={municipalityCode} />
            <input type="hidden" name="line" value={line.code} />
            <ActionFields title={line.examples[0]} />
            <SubmitButton>Agregar acción</SubmitButton>
          </ActionForm>
        </details>
      )}
    </section>
  );
}

export function WorkPlanSection({ profile, viewer }: { profile: MunicipalityProfile; viewer: Viewer }) {
  const open = planIsOpen(profile.adhesion?.status);
  return (
    <section aria-labelledby={ANCHORS.plan} className="rounded-2xl bg-white p-4 shadow-sm sm:p-6">
      <h2 id={ANCHORS.plan} {...ANCHOR_HEADING} className={`text-2xl font-bold ${ANCHOR_CLASS}`}>
        Plan de trabajo
      </h2>
      {!open ? (
        <p className="mt-2 text-muted">El plan de trabajo se abre cuando la municipalidad envía su carta de compromiso.</p>
      ) : (
        <>
          <div className="mt-3">
            <ProgressBar label="Avance total" approved={profile.overall.approved} total={profile.overall.total} />
          </div>
          <div className="mt-6 space-y-5">
            {profile.lines.map((line, i) => (
              <LineSection key={line.code} line={line} index={i} viewer={viewer} municipalityCode={profile.municipality.code} open={open} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
