import type { ReactNode } from "react";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { SelectField, TextArea } from "@/components/ui/form-fields";
import type { Viewer } from "@/lib/auth/viewer";
import { PRIORITY_LABELS, STATUS_LABELS } from "@/lib/cases/catalogue";
import type { CaseView } from "@/lib/cases/queries";
import { CASE_TRANSITIONS, OUTCOMES, transitionNeeds, type CaseTransitionName } from "@/lib/cases/status-machine";
import { triagePanelData } from "@/lib/cases/triage";
import { addInternalNoteAction, assignCaseAction, changeCasePriorityAction, changeCaseStatusAction } from "@/lib/cases/triage-actions";
import { formatDateTime } from "@/lib/format";
import { DerivationFields } from "./derivation-fields";
import { RegionalDuplicates } from "./regional-duplicates";
import { StepButtons } from "./step-buttons";

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
  resolve: "La municipalidad verá la resolución.",
  reopen: "El caso vuelve a revisión con un plazo nuevo, contado desde hoy.",
};

function StepFields({ name, institutions }: { name: CaseTransitionName; institutions: Awaited<ReturnType<typeof triagePanelData>>["institutions"] }) {
  switch (transitionNeeds(name)) {
    case "question":
      return <TextArea name="question" label="Pregunta para la municipalidad" />;
    case "derivedTo":
      return <DerivationFields institutions={institutions} />;
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

/** Shorter names for the buttons of the steps that need a text (the panel is a narrow column). */
const STEP_BUTTONS: Partial<Record<CaseTransitionName, { label: string; shortcut?: string }>> = {
  requestInfo: { label: "Pedir información", shortcut: "request-info" },
  refer: { label: "Derivar" },
  resolve: { label: "Resolver" },
  reopen: { label: "Reabrir" },
};

/** A select and its save button side by side: the field changes in place. */
function InPlace({ children }: { children: ReactNode }) {
  return <div className="flex items-end gap-2 [&>div]:min-w-0 [&>div]:flex-1">{children}</div>;
}

/**
 * SERMIG's side of a case: take it, the steps the status table allows now as visible buttons with
 * their small forms, status, priority and assignee changed in place, and an internal note. The case
 * page renders it, with the case it has read, for people with `cases.triage`.
 */
export async function TriagePanel({ viewer, view: found }: { viewer: Viewer; view: CaseView }) {
  const { coordinators, transitions, institutions } = await triagePanelData(viewer, found);
  const finished = found.status === "RESUELTO" || found.status === "CERRADO";
  const ref = (
    <>
      <input type="hidden" name="caseId" value={found.id} />
      <input type="hidden" name="version" value={found.version} />
    </>
  );
  const isCoordinatorHere = viewer.role === "REGIONAL_COORDINATOR" && viewer.regionCode === found.regionCode;
  const statusSteps = transitions.filter((name) => !transitionNeeds(name));
  const textSteps = transitions.filter((name) => transitionNeeds(name));
  const destination = (name: CaseTransitionName) => STATUS_LABELS[(CASE_TRANSITIONS[name].moves as Record<string, keyof typeof STATUS_LABELS>)[found.status]];

  const take =
    isCoordinatorHere && found.assigneeId !== viewer.id && found.status !== "CERRADO" ? (
      <ActionForm action={assignCaseAction} successMessage="Ahora el caso es suyo." className="contents">
        {ref}
        <input type="hidden" name="assigneeId" value={viewer.id} />
        <SubmitButton pendingLabel="Asignando…" shortcut="take">
          Tomar el caso
        </SubmitButton>
      </ActionForm>
    ) : null;

  return (
    <section aria-labelledby="gestion" className="space-y-5 rounded-2xl border-2 border-sermig-blue-light bg-white p-4 shadow-sm">
      <h2 id="gestion" className="text-xl font-bold">
        Gestión SERMIG
      </h2>
      {(take || textSteps.length > 0) && (
        <StepButtons
          leading={take}
          steps={textSteps.map((name) => ({
            key: name,
            ...(STEP_BUTTONS[name] ?? { label: CASE_TRANSITIONS[name].button }),
            form: (
              <ActionForm action={changeCaseStatusAction} successMessage={`El caso quedó «${destination(name)}».`} className="space-y-3">
                {ref}
                <input type="hidden" name="transition" value={name} />
                <StepFields name={name} institutions={institutions} />
                <p className="text-sm text-muted">
                  Pasa a «{destination(name)}». {STEP_HINTS[name]}
                </p>
                <SubmitButton variant={name === "reopen" ? "secondary" : "primary"}>{CASE_TRANSITIONS[name].button}</SubmitButton>
              </ActionForm>
            ),
          }))}
        />
      )}

      {statusSteps.length > 0 && (
        <ActionForm action={changeCaseStatusAction} successMessage="Se cambió el estado del caso." className="space-y-2">
          {ref}
          <InPlace>
            <SelectField
              key={found.status}
              name="transition"
              label="Estado"
              defaultValue=""
              options={[{ value: "", label: "Elija el nuevo estado" }, ...statusSteps.map((name) => ({ value: name, label: destination(name) }))]}
            />
            <SubmitButton variant="secondary">Cambiar</SubmitButton>
          </InPlace>
        </ActionForm>
      )}

      {!finished && (
        <ActionForm action={changeCasePriorityAction} successMessage="Se cambió la prioridad y se recalcularon los plazos." className="space-y-2">
          {ref}
          <InPlace>
            <SelectField key={found.priority} name="priority" label="Prioridad" defaultValue={found.priority} options={Object.entries(PRIORITY_LABELS).map(([value, label]) => ({ value, label }))} />
            <SubmitButton variant="secondary">Guardar</SubmitButton>
          </InPlace>
        </ActionForm>
      )}

      {found.status !== "CERRADO" && (
        <ActionForm action={assignCaseAction} successMessage="Se cambió la persona responsable." className="space-y-2">
          {ref}
          <InPlace>
            <SelectField
              // A select keeps the choice it was mounted with; a new assignee mounts it afresh.
              key={found.assigneeId ?? "nadie"}
              name="assigneeId"
              label="Responsable"
              defaultValue={found.assigneeId ?? ""}
              options={[{ value: "", label: "Sin asignar" }, ...coordinators.map((c) => ({ value: c.id, label: c.id === viewer.id ? `${c.name} (usted)` : c.name }))]}
            />
            <SubmitButton variant="secondary" pendingLabel="Asignando…">
              Guardar
            </SubmitButton>
          </InPlace>
        </ActionForm>
      )}

      {found.status !== "CERRADO" && (
        <ActionForm action={addInternalNoteAction} successMessage="Se agregó la nota interna." className="space-y-2">
          <input type="hidden" name="caseId" value={found.id} />
          <TextArea name="body" label="Nota interna" hint="Solo la ve el equipo de SERMIG; la municipalidad no." shortcut="note" />
          <SubmitButton variant="secondary">Agregar nota interna</SubmitButton>
        </ActionForm>
      )}

      <dl className="grid grid-cols-2 gap-3 border-t border-slate-200 pt-4 text-sm">
        <Fact label="Primera respuesta">
          {found.firstResponseAt ? `Dada el ${formatDateTime(found.firstResponseAt).slice(0, 16)}` : found.firstResponseDueAt ? `Vence el ${chileDate(found.firstResponseDueAt)}` : "—"}
        </Fact>
        <Fact label="Resolución">
          {found.resolvedAt ? `Resuelto el ${formatDateTime(found.resolvedAt).slice(0, 16)}` : found.resolutionDueAt ? `Vence el ${chileDate(found.resolutionDueAt)}` : "—"}
        </Fact>
        {found.derivedTo && <Fact label="Derivado a">{found.derivedTo}</Fact>}
        {found.outcome && <Fact label="Resultado">{OUTCOMES[found.outcome as keyof typeof OUTCOMES] ?? found.outcome}</Fact>}
      </dl>
      {found.possibleDuplicates && <RegionalDuplicates duplicates={found.possibleDuplicates} />}
    </section>
  );
}
