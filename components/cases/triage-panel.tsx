import type { ReactNode } from "react";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { SelectField, TextArea, TextField } from "@/components/ui/form-fields";
import type { Viewer } from "@/lib/auth/viewer";
import { PRIORITY_LABELS, STATUS_LABELS } from "@/lib/cases/catalogue";
import type { CaseView } from "@/lib/cases/queries";
import { slaStateOf } from "@/lib/cases/sla";
import { CASE_TRANSITIONS, OUTCOMES, transitionNeeds, type CaseTransitionName } from "@/lib/cases/status-machine";
import { triagePanelData } from "@/lib/cases/triage";
import { addInternalNoteAction, assignCaseAction, changeCasePriorityAction, changeCaseStatusAction } from "@/lib/cases/triage-actions";
import { formatDateTime } from "@/lib/format";
import { CaseStatusBadge, PriorityText, SlaBadge } from "./case-badges";
import { RegionalDuplicates } from "./regional-duplicates";

/** Due moments are the end of a day in Chile: show that day, read in Chile. */
const chileDate = (date: Date) => formatDateTime(date).slice(0, 10);

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}

const STEP_HINTS: Partial<Record<CaseTransitionName, string>> = {
  requestInfo: "La pregunta llega a la municipalidad por la conversación del caso. El plazo queda en pausa hasta que responda o usted retome la revisión.",
  refer: "El caso sigue abierto y con plazo mientras la otra institución lo atiende.",
  reopen: "El caso vuelve a revisión con un plazo nuevo, contado desde hoy.",
};

function StepFields({ name }: { name: CaseTransitionName }) {
  switch (transitionNeeds(name)) {
    case "question":
      return <TextArea name="question" label="Pregunta para la municipalidad" />;
    case "derivedTo":
      return <TextField name="derivedTo" label="Institución a la que se deriva" hint="Por ejemplo: Defensoría de la Niñez, Fiscalía, OPD de la comuna." />;
    case "resolution":
      return (
        <>
          <SelectField name="outcome" label="Cómo se resolvió" defaultValue="" options={[{ value: "", label: "Elija una opción" }, ...Object.entries(OUTCOMES).map(([value, label]) => ({ value, label }))]} />
          <TextArea name="resolutionText" label="Resolución" hint="Qué se hizo y qué debe saber la municipalidad." />
        </>
      );
    case "reason":
      return <TextArea name="reason" label="Motivo de la reapertura" />;
    default:
      return null;
  }
}

/**
 * SERMIG's side of a case: who handles it, how urgent it is, where it stands and its deadlines, with
 * the steps the status table allows now. The case page renders it, with the case it has read, for
 * people with `cases.triage`.
 */
export async function TriagePanel({ viewer, view: found }: { viewer: Viewer; view: CaseView }) {
  const { coordinators, transitions } = await triagePanelData(viewer, found);
  const { assigneeName } = found;
  const finished = found.status === "RESUELTO" || found.status === "CERRADO";
  const sla = slaStateOf(found);
  const ref = (
    <>
      <input type="hidden" name="caseId" value={found.id} />
      <input type="hidden" name="version" value={found.version} />
    </>
  );
  const isCoordinatorHere = viewer.role === "REGIONAL_COORDINATOR" && viewer.regionCode === found.regionCode;

  return (
    <section aria-labelledby="gestion" className="rounded-2xl border-2 border-sermig-blue-light bg-white p-6 shadow-sm">
      <h2 id="gestion" className="text-2xl font-bold">
        Gestión SERMIG
      </h2>
      {/* Announced when it changes, so a step whose form goes away after success still says what happened. */}
      <dl aria-live="polite" className="mt-4 grid grid-cols-2 gap-4 lg:grid-cols-3">
        <Fact label="Estado">
          <CaseStatusBadge status={found.status} />
        </Fact>
        <Fact label="Prioridad">
          <PriorityText priority={found.priority} />
        </Fact>
        <Fact label="Responsable">{assigneeName ?? "Sin asignar"}</Fact>
        <Fact label="Primera respuesta">
          {found.firstResponseAt ? `Dada el ${formatDateTime(found.firstResponseAt)}` : found.firstResponseDueAt ? `Vence el ${chileDate(found.firstResponseDueAt)}` : "—"}
        </Fact>
        <Fact label="Resolución">
          {found.resolvedAt ? `Resuelto el ${formatDateTime(found.resolvedAt)}` : found.resolutionDueAt ? `Vence el ${chileDate(found.resolutionDueAt)}` : "—"}
        </Fact>
        <Fact label="Plazo">{sla ? <SlaBadge state={sla} /> : "Sin plazo en curso"}</Fact>
        {found.derivedTo && <Fact label="Derivado a">{found.derivedTo}</Fact>}
        {found.outcome && <Fact label="Resultado">{OUTCOMES[found.outcome as keyof typeof OUTCOMES] ?? found.outcome}</Fact>}
      </dl>
      {found.possibleDuplicates && <RegionalDuplicates duplicates={found.possibleDuplicates} />}

      <div className="mt-6 grid gap-6 border-t border-slate-200 pt-6 lg:grid-cols-2">
        {found.status !== "CERRADO" && (
          <div className="space-y-3">
            <h3 className="text-lg font-bold">Responsable</h3>
            {isCoordinatorHere && found.assigneeId !== viewer.id && (
              <div data-shortcut="take">
                <ActionForm action={assignCaseAction} successMessage="Ahora el caso es suyo.">
                  {ref}
                  <input type="hidden" name="assigneeId" value={viewer.id} />
                  <SubmitButton pendingLabel="Asignando…">Asignármelo</SubmitButton>
                </ActionForm>
              </div>
            )}
            <ActionForm action={assignCaseAction} successMessage="Se cambió la persona responsable." className="space-y-3">
              {ref}
              <SelectField
                // A select keeps the choice it was mounted with; a new assignee mounts it afresh.
                key={found.assigneeId ?? "nadie"}
                name="assigneeId"
                label="Asignar a"
                defaultValue={found.assigneeId ?? ""}
                options={[{ value: "", label: "Sin asignar" }, ...coordinators.map((c) => ({ value: c.id, label: c.id === viewer.id ? `${c.name} (usted)` : c.name }))]}
              />
              <SubmitButton variant="secondary" pendingLabel="Asignando…">
                Cambiar responsable
              </SubmitButton>
            </ActionForm>
          </div>
        )}

        {!finished && (
          <div className="space-y-3">
            <h3 className="text-lg font-bold">Prioridad</h3>
            <ActionForm action={changeCasePriorityAction} successMessage="Se cambió la prioridad y se recalcularon los plazos." className="space-y-3">
              {ref}
              <SelectField key={found.priority} name="priority" label="Nueva prioridad" defaultValue={found.priority} options={Object.entries(PRIORITY_LABELS).map(([value, label]) => ({ value, label }))} />
              <SubmitButton variant="secondary">Cambiar prioridad</SubmitButton>
            </ActionForm>
          </div>
        )}
      </div>

      {transitions.length > 0 && (
        <div className="mt-6 border-t border-slate-200 pt-6">
          <h3 className="text-lg font-bold">Estado del caso</h3>
          <div className="mt-3 space-y-3">
            {transitions.map((name) => {
              const step = CASE_TRANSITIONS[name];
              const to = STATUS_LABELS[(step.moves as Record<string, keyof typeof STATUS_LABELS>)[found.status]];
              const form = (
                <ActionForm action={changeCaseStatusAction} successMessage={`El caso quedó «${to}».`} className="space-y-3">
                  {ref}
                  <input type="hidden" name="transition" value={name} />
                  <StepFields name={name} />
                  {STEP_HINTS[name] && <p className="text-sm text-muted">{STEP_HINTS[name]}</p>}
                  <SubmitButton variant={name === "reopen" ? "secondary" : "primary"}>{step.button}</SubmitButton>
                </ActionForm>
              );
              // Steps that need text open on demand, so the panel stays short.
              return transitionNeeds(name) ? (
                <details key={name} data-shortcut={name === "requestInfo" ? "request-info" : undefined} className="rounded-lg border border-slate-200 p-4">
                  <summary className="cursor-pointer font-medium text-sermig-blue-dark">
                    {step.button} <span className="font-normal text-muted">(pasa a «{to}»)</span>
                  </summary>
                  <div className="mt-3">{form}</div>
                </details>
              ) : (
                <div key={name} className="rounded-lg border border-slate-200 p-4">
                  <p className="mb-2 text-sm text-muted">Pasa a «{to}».</p>
                  {form}
                </div>
              );
            })}
          </div>
        </div>
      )}

      {found.status !== "CERRADO" && (
        <div className="mt-6 border-t border-slate-200 pt-6">
          <h3 className="text-lg font-bold">Nota interna</h3>
          <p className="text-sm text-muted">Solo la ve el equipo de SERMIG; la municipalidad no.</p>
          <ActionForm action={addInternalNoteAction} successMessage="Se agregó la nota interna." className="mt-3 space-y-3">
            <input type="hidden" name="caseId" value={found.id} />
            <div data-shortcut="note">
              <TextArea name="body" label="Nota" />
            </div>
            <SubmitButton variant="secondary">Agregar nota interna</SubmitButton>
          </ActionForm>
        </div>
      )}
    </section>
  );
}
