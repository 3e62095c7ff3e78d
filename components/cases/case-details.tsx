import type { ReactNode } from "react";
import { formatRun } from "@/lib/auth/run";
import { CASE_TYPES, PRIORITY_LABELS } from "@/lib/cases/catalogue";
import type { CaseView } from "@/lib/cases/queries";
import { CONSENT_LABELS, DOCUMENT_TYPE_LABELS, RELATION_LABELS, SEX_GENDER_LABELS } from "@/lib/cases/schemas";
import { formatDate, formatDateTime } from "@/lib/format";

/** Due moments are the last millisecond of a day in Chile: read them in Chile, not in UTC. */
const chileDate = (date: Date) => formatDateTime(date).slice(0, 10);

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="mt-0.5 font-medium">{children}</dd>
    </div>
  );
}

/**
 * Where the case comes from and its two deadlines; status, priority, assignee and the deadline that
 * governs are in the header (./case-header.tsx), and SERMIG reads the deadlines in its triage panel.
 */
export function CaseFacts({ view, staff }: { view: CaseView; staff: boolean }) {
  return (
    <dl className="grid gap-4 rounded-2xl bg-white p-4 shadow-sm sm:grid-cols-2 sm:p-6 lg:grid-cols-3">
      {!staff && view.firstResponseDueAt && (
        <Fact label="Primera respuesta">{view.firstResponseAt ? `Respondido el ${chileDate(view.firstResponseAt)}` : `Vence el ${chileDate(view.firstResponseDueAt)}`}</Fact>
      )}
      {!staff && view.resolutionDueAt && <Fact label="Resolución">{view.resolvedAt ? `Resuelto el ${chileDate(view.resolvedAt)}` : `Vence el ${chileDate(view.resolutionDueAt)}`}</Fact>}
      <Fact label="Municipalidad">
        {view.municipality.name}
        <span className="block text-sm font-normal text-muted">{view.municipality.region.name}</span>
      </Fact>
      {view.submittedAt && (
        <Fact label="Ingresado">
          {formatDateTime(view.submittedAt)}
          {view.createdByName && <span className="block text-sm font-normal text-muted">por {view.createdByName}</span>}
        </Fact>
      )}
      {staff && <Fact label="Prioridad sugerida por el portal">{PRIORITY_LABELS[view.suggestedPriority]}</Fact>}
      {view.derivedTo && <Fact label="Derivado a">{view.derivedTo}</Fact>}
    </dl>
  );
}

/** The answers to the type's own questions, with their labels and the chosen option's wording. */
function typeAnswers(view: CaseView): { label: string; answer: string }[] {
  return CASE_TYPES[view.type].questions.flatMap((question) => {
    const value = view.typeDetails[question.key];
    if (!value) return [];
    const answer = question.kind === "yesno" ? (value === "si" ? "Sí" : "No") : question.kind === "choice" ? (question.options.find((o) => o.value === value)?.label ?? value) : value;
    return [{ label: question.label, answer }];
  });
}

export function CaseNarrative({ view }: { view: CaseView }) {
  const answers = typeAnswers(view);
  return (
    <section aria-labelledby="relato" className="rounded-2xl bg-white p-4 shadow-sm sm:p-6">
      <h2 id="relato" className="text-xl font-bold">
        Relato
      </h2>
      <p className="mt-2 font-medium">{view.summary}</p>
      <p className="mt-2 whitespace-pre-line break-words">{view.description}</p>
      {answers.length > 0 && (
        <dl className="mt-4 grid gap-3 sm:grid-cols-2">
          {answers.map((item) => (
            <Fact key={item.label} label={item.label}>
              {item.answer}
            </Fact>
          ))}
        </dl>
      )}
      {view.consentBasis && (
        <p className="mt-4 text-sm">
          <span className="font-medium">Datos personales:</span> {CONSENT_LABELS[view.consentBasis]}
          {view.consentBasis === "BASE_LEGAL" && view.consentDetail && ` (${view.consentDetail})`}.
        </p>
      )}
    </section>
  );
}

function documentText(person: CaseView["participants"][number]): string {
  if (person.documentType === "NINGUNO" || !person.documentNumber) return DOCUMENT_TYPE_LABELS[person.documentType];
  const number = person.documentType === "RUN" ? formatRun(person.documentNumber) : person.documentNumber;
  return `${DOCUMENT_TYPE_LABELS[person.documentType]} ${number}`;
}

const label = <T extends Record<string, string>>(labels: T, code: string | null) => (code ? (labels[code as keyof T] ?? code) : null);

export function CaseParticipants({ people }: { people: CaseView["participants"] }) {
  return (
    <section aria-labelledby="personas" className="rounded-2xl bg-white p-4 shadow-sm sm:p-6">
      <h2 id="personas" className="text-xl font-bold">
        Personas
      </h2>
      {people.length === 0 ? (
        <p className="mt-2 text-muted">El caso no registra personas.</p>
      ) : (
        <ul className="mt-4 grid gap-4 md:grid-cols-2">
          {people.map((person) => (
            <li key={person.id} className="rounded-xl border border-slate-200 p-4">
              <p className="font-bold">
                {person.fullName}
                {person.minor && <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-sm font-medium text-amber-900">Menor de edad</span>}
              </p>
              <p className="text-sm text-muted">{label(RELATION_LABELS, person.relation) ?? "Relación no indicada"}</p>
              <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
                <Fact label="Documento">{documentText(person)}</Fact>
                <Fact label="Nacionalidad">{person.nationalityName ?? "Sin información"}</Fact>
                <Fact label="Fecha de nacimiento">{person.birthDate ? formatDate(person.birthDate) : "Sin información"}</Fact>
                <Fact label="Sexo o género">{label(SEX_GENDER_LABELS, person.sexGender) ?? "Sin información"}</Fact>
                {person.contact && <Fact label="Contacto">{person.contact}</Fact>}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
