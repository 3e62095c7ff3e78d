"use client";

import { AppLink } from "@/components/ui/app-link";
import { useCallback, useId, useRef, useState, type ReactNode } from "react";
import { ActionForm, SubmitButton, useFieldError } from "@/components/ui/action-form";
import { FileField, TextArea, TextField } from "@/components/ui/form-fields";
import type { Confirmation } from "@/components/ui/confirm-dialog";
import type { ActionState } from "@/lib/auth/action";
import { createCaseAction, updateCaseDraftAction } from "@/lib/cases/actions";
import { CASE_TYPES, PRIORITY_LABELS } from "@/lib/cases/catalogue";
import { REFERENCE_HINT, REFERENCE_MAX } from "@/lib/cases/reference-hint";
import { CASE_TEXT_LIMITS } from "@/lib/cases/limits";
import type { CaseFormValues, ParticipantFormValues } from "@/lib/cases/schemas";
import type { CaseType } from "@/lib/generated/prisma/enums";
import { ChoiceSelect, RadioGroup, type Option } from "./choice-fields";
import { autosaveText, useDraftAutosave } from "./draft-autosave";
import { ParticipantFields, type ParticipantOptions } from "./participant-fields";

export type CaseFormMode = { kind: "create"; idempotencyKey: string } | { kind: "edit"; id: string; version: number };

type Props = {
  mode: CaseFormMode;
  initial: CaseFormValues;
  options: ParticipantOptions & { consent: Option[] };
  /** Folios of possible duplicates already shown to the officer: submitting again files the case anyway. */
  acknowledgedFolios: string[];
  maxParticipants: number;
  /** The officer's region, named in the question asked before filing. */
  regionName: string;
  /** Files the draft already has (its page lists them). */
  attachmentCount: number;
  /** Whether the form saves itself: only the officer's own draft, or a new one. */
  autosave: boolean;
};

const TYPE_OPTIONS = Object.entries(CASE_TYPES).map(([value, entry]) => ({ value, label: entry.label }));
const YES_NO = [
  { value: "si", label: "Sí" },
  { value: "no", label: "No" },
];

const EMPTY_PERSON: ParticipantFormValues = { fullName: "", documentType: "RUN", documentNumber: "", nationality: "", birthDate: "", sexGender: "", contact: "", relation: "" };

function isCaseType(value: string): value is CaseType {
  return Object.hasOwn(CASE_TYPES, value);
}

function TypeQuestions({ type, details, onAnswer }: { type: CaseType; details: Record<string, string>; onAnswer: (key: string, value: string) => void }) {
  return CASE_TYPES[type].questions.map((question) => {
    const name = `details.${question.key}`;
    switch (question.kind) {
      case "yesno":
        return <RadioGroup key={name} name={name} legend={question.label} options={YES_NO} value={details[question.key] ?? ""} onChange={(value) => onAnswer(question.key, value)} />;
      case "choice":
        return (
          <ChoiceSelect
            key={name}
            name={name}
            label={question.label}
            placeholder="Elija una opción"
            value={details[question.key] ?? ""}
            onChange={(value) => onAnswer(question.key, value)}
            options={question.options}
          />
        );
      case "text":
        return <TextField key={name} name={name} label={question.label} defaultValue={details[question.key]} maxLength={CASE_TEXT_LIMITS.detail} />;
    }
  });
}

/** The list of people; each keeps a stable key, so removing one never moves another's typed values. */
function People({ initial, options, max }: { initial: ParticipantFormValues[]; options: ParticipantOptions; max: number }) {
  const id = useId();
  const { error } = useFieldError("participants", id);
  const [people, setPeople] = useState(() => (initial.length > 0 ? initial : [EMPTY_PERSON]).map((values, i) => ({ key: `p${i}`, values })));
  const [added, setAdded] = useState(0);
  return (
    <div className="space-y-4">
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      {people.map((person, index) => (
        <ParticipantFields
          key={person.key}
          index={index}
          initial={person.values}
          options={options}
          onRemove={people.length > 1 ? () => setPeople(people.filter((p) => p.key !== person.key)) : undefined}
        />
      ))}
      {people.length < max && (
        <button
          type="button"
          onClick={() => {
            setPeople([...people, { key: `n${added}`, values: EMPTY_PERSON }]);
            setAdded(added + 1);
          }}
          className="rounded-lg border border-sermig-blue px-4 py-2 font-medium text-sermig-blue-dark hover:bg-sermig-blue-light"
        >
          Agregar otra persona
        </button>
      )}
    </div>
  );
}

function Section({ id, title, children, intro }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-2xl bg-white p-4 shadow-sm sm:p-6">
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {intro && <p className="mt-1 text-sm text-muted">{intro}</p>}
      <div className="mt-4 space-y-4">{children}</div>
    </section>
  );
}

/** A draft with an id is saved again; the first save of a new form creates it (its idempotency key files it once). */
function saveCase(state: ActionState<unknown>, data: FormData) {
  return data.has("id") ? updateCaseDraftAction(state, data) : createCaseAction(state, data);
}

const plural = (count: number, one: string, many: string) => (count === 1 ? `1 ${one}` : `${count} ${many}`);

/** What she is asked before the case leaves the municipality: where it goes, that it is final, what it lacks. */
function filingQuestion(data: FormData, regionName: string, attachmentCount: number): Confirmation {
  const chosen = data.get("archivo");
  const newFile = chosen instanceof File && chosen.size > 0 ? chosen : null;
  const files = attachmentCount + (newFile ? 1 : 0);
  const people = [...data.keys()].filter((key) => /^participants\.\d+\.fullName$/.test(key)).length;
  const type = String(data.get("type") ?? "");
  return {
    title: "¿Ingresar el caso a SERMIG?",
    body: `El caso se enviará a la coordinación regional de SERMIG de la ${regionName}, que recibirá un aviso. Después de ingresarlo no podrá editarlo: solo responder lo que le pidan y agregar notas o archivos.`,
    details: [
      `Tipo de caso: ${isCaseType(type) ? CASE_TYPES[type].label : "sin elegir"}`,
      plural(people, "persona", "personas"),
      files === 0 ? "Sin archivos adjuntos" : newFile ? `${plural(files, "archivo adjunto", "archivos adjuntos")}, entre ellos ${newFile.name}` : plural(files, "archivo adjunto", "archivos adjuntos"),
    ],
    confirmLabel: "Ingresar caso",
    tone: "primary",
  };
}

/**
 * The officer's case form, for a new case and for a draft taken up again. It can be saved as a draft
 * at any point, and saves itself a few seconds after she stops typing; submitting asks first, then
 * for everything SERMIG needs, and every missing field is marked at once without losing what was typed.
 */
export function CaseForm({ mode, initial, options, acknowledgedFolios, maxParticipants, regionName, attachmentCount, autosave }: Props) {
  const [type, setType] = useState(initial.type);
  const [details, setDetails] = useState(initial.details);
  const [consent, setConsent] = useState(initial.consentBasis);
  const entry = isCaseType(type) ? CASE_TYPES[type] : null;
  const suggested = entry?.suggestPriority(details);
  const form = useRef<HTMLDivElement>(null);
  const saving = useDraftAutosave({
    enabled: autosave,
    draft: mode.kind === "edit" ? { id: mode.id, version: mode.version } : null,
    idempotencyKey: mode.kind === "create" ? mode.idempotencyKey : undefined,
  });
  const { flush, resume, schedule } = saving;
  // A submit goes out with the draft the last autosave left (its id and version), never beside it.
  const prepare = useCallback(
    async (data: FormData) => {
      const draft = await flush();
      if (!draft) return;
      data.delete("idempotencyKey");
      data.set("id", draft.id);
      data.set("version", String(draft.version));
    },
    [flush],
  );
  const changed = () => {
    const element = form.current?.closest("form");
    if (element) schedule(element);
  };
  const status = autosaveText(saving.status);
  const announced = saving.status.kind === "saved" || saving.status.kind === "failed" ? status : "";

  return (
    <ActionForm
      action={saveCase}
      className="space-y-6"
      prepare={prepare}
      onSettled={resume}
      // Without a type the case cannot be filed: the server's list of what is missing comes first.
      confirm={(data) => (data.get("intent") === "submit" && data.get("type") ? filingQuestion(data, regionName, attachmentCount) : null)}
    >
      <div ref={form} onInput={changed} onChange={changed} className="space-y-6">
        {mode.kind === "create" ? <input type="hidden" name="idempotencyKey" value={mode.idempotencyKey} /> : <input type="hidden" name="id" value={mode.id} />}
        {mode.kind === "edit" && <input type="hidden" name="version" value={mode.version} />}
        <input type="hidden" name="acknowledgedFolios" value={acknowledgedFolios.join(",")} />

        <Section id="seccion-tipo" title="Tipo de caso y prioridad">
        {/* Inside the form, so the server's "Elija el tipo de caso." reaches it like every other field's error. */}
        <ChoiceSelect
          name="type"
          label="Tipo de caso"
          hint={entry?.description ?? "Elija el que mejor describe la situación."}
          placeholder="Elija el tipo de caso"
          value={type}
          onChange={setType}
          options={TYPE_OPTIONS}
        />
        {entry?.sensitive && (
          <p role="note" className="rounded-lg border-l-4 border-sermig-blue bg-sermig-blue-light px-4 py-3 text-sm">
            Caso reservado: las personas y el relato solo se muestran en la página del caso, y cada lectura queda registrada.
          </p>
        )}
        {isCaseType(type) && <TypeQuestions type={type} details={details} onAnswer={(key, value) => setDetails({ ...details, [key]: value })} />}
        {suggested && (
          <p aria-live="polite" className="text-sm">
            Prioridad sugerida: <strong>{PRIORITY_LABELS[suggested]}</strong>. La coordinación regional puede cambiarla.
          </p>
        )}
      </Section>

      <Section id="seccion-personas" title="Personas" intro="La persona afectada y quienes la acompañan o representan. Los datos no se publican ni se envían por correo.">
        <People initial={initial.participants} options={options} max={maxParticipants} />
      </Section>

      <Section id="seccion-relato" title="Relato">
        <TextField name="summary" label="Resumen" hint="Una línea que permita reconocer el caso, sin nombres." defaultValue={initial.summary} maxLength={CASE_TEXT_LIMITS.summary} />
        <TextField name="municipalReference" label="Referencia municipal (opcional)" hint={REFERENCE_HINT} defaultValue={initial.municipalReference} maxLength={REFERENCE_MAX} />
        <TextArea name="description" label="Descripción de la situación" hint="Qué pasó, qué se ha hecho y qué se necesita de SERMIG." defaultValue={initial.description} maxLength={CASE_TEXT_LIMITS.description} rows={6} />
      </Section>

      <Section id="seccion-consentimiento" title="Consentimiento">
        <RadioGroup name="consentBasis" legend="¿La persona consintió en que sus datos se compartan con SERMIG?" options={options.consent} value={consent} onChange={setConsent} />
        <p className="text-sm text-muted">
          Puede mostrarle a la persona el <AppLink href="/privacidad" target="_blank">aviso de privacidad</AppLink>: qué datos se tratan, para qué, por cuánto tiempo y cómo ejercer sus derechos.
        </p>
        {consent === "BASE_LEGAL" && (
          <TextArea name="consentDetail" label="Base legal" hint="Por ejemplo: interés superior del niño (Ley 21.430) o un deber legal de informar." defaultValue={initial.consentDetail} maxLength={CASE_TEXT_LIMITS.consentDetail} />
        )}
      </Section>

      <Section id="seccion-archivo" title="Archivo">
        <FileField name="archivo" label="Adjuntar un archivo (opcional)" hint="PDF, imagen JPG o PNG, Word o Excel, hasta 10 MB. Se envía al guardar el borrador o al ingresar el caso; puede agregar más después." accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx" />
      </Section>

      </div>

      <div className="space-y-2">
        <div className="flex flex-wrap gap-3">
          {/* The draft button comes first: pressing Enter in a field saves, it never submits. */}
          <SubmitButton variant="secondary" name="intent" value="draft" pendingLabel="Guardando borrador…">
            Guardar borrador
          </SubmitButton>
          <SubmitButton name="intent" value="submit" pendingLabel="Ingresando caso…">
            Ingresar caso a SERMIG
          </SubmitButton>
        </div>
        {autosave && (
          <>
            <p className={`text-sm ${saving.status.kind === "failed" ? "font-medium text-red-800" : "text-muted"}`}>{status || "El borrador se guarda solo mientras escribe. Solo lo ve su municipalidad."}</p>
            <p aria-live="polite" className="sr-only">
              {announced}
            </p>
          </>
        )}
      </div>
    </ActionForm>
  );
}
