"use client";

import { useId, useState } from "react";
import { useFieldError } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";
import { FieldFrame, TextField } from "@/components/ui/form-fields";
import { CASE_TEXT_LIMITS } from "@/lib/cases/limits";
import type { ParticipantFormValues } from "@/lib/cases/schemas";
import { ChoiceSelect, type Option } from "./choice-fields";

export type ParticipantOptions = {
  documentTypes: Option[];
  sexGender: Option[];
  relations: Option[];
  countries: { frequent: Option[]; all: Option[] };
};

const DOCUMENT_HINTS: Record<string, string> = {
  RUN: "Con dígito verificador, por ejemplo 12.345.678‑5.",
  PASAPORTE: "Tal como aparece en el pasaporte.",
  DNI_EXTRANJERO: "Número del documento de identidad del otro país.",
  OTRO: "Número del documento que presenta la persona.",
};

/** Whole years between a date of birth (AAAA-MM-DD) and today; null when the date is incomplete. */
function ageToday(birthDate: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match) return null;
  const today = new Date();
  const [year, month, day] = match.slice(1).map(Number);
  const beforeBirthday = today.getMonth() + 1 < month || (today.getMonth() + 1 === month && today.getDate() < day);
  return today.getFullYear() - year - (beforeBirthday ? 1 : 0);
}

function BirthDateField({ name, defaultValue }: { name: string; defaultValue: string }) {
  const id = useId();
  const [value, setValue] = useState(defaultValue);
  const { error, inputProps } = useFieldError(name, id, true);
  const age = ageToday(value);
  return (
    <FieldFrame id={id} label="Fecha de nacimiento" hint="Si no la sabe, déjela en blanco." error={error}>
      <input id={id} name={name} type="date" defaultValue={defaultValue} onChange={(event) => setValue(event.target.value)} className={inputClass} {...inputProps} />
      <p aria-live="polite" className="mt-1 text-sm font-medium text-amber-900">
        {age !== null && age >= 0 && age < 18 ? `Menor de edad (${age} ${age === 1 ? "año" : "años"}).` : ""}
      </p>
    </FieldFrame>
  );
}

type Props = {
  index: number;
  initial: ParticipantFormValues;
  options: ParticipantOptions;
  /** Absent for the only person: a case always keeps one to fill in. */
  onRemove?: () => void;
};

/** One person of the case. Field names carry the person's position, the way the server reads them back. */
export function ParticipantFields({ index, initial, options, onRemove }: Props) {
  const prefix = `participants.${index}`;
  const [documentType, setDocumentType] = useState(initial.documentType);
  return (
    <fieldset className="rounded-xl border border-slate-300 p-4">
      <legend className="px-2 font-bold">Persona {index + 1}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name={`${prefix}.fullName`} label="Nombre completo" defaultValue={initial.fullName} maxLength={CASE_TEXT_LIMITS.fullName} />
        <ChoiceSelect name={`${prefix}.relation`} label="Relación con el caso" placeholder="Elija una opción" defaultValue={initial.relation} options={options.relations} />
        <ChoiceSelect
          name={`${prefix}.documentType`}
          label="Documento"
          value={documentType}
          onChange={(value) => setDocumentType(value as ParticipantFormValues["documentType"])}
          options={options.documentTypes}
        />
        {documentType !== "NINGUNO" && <TextField name={`${prefix}.documentNumber`} label="Número de documento" hint={DOCUMENT_HINTS[documentType]} defaultValue={initial.documentNumber} maxLength={CASE_TEXT_LIMITS.documentNumber} />}
        <ChoiceSelect
          name={`${prefix}.nationality`}
          label="Nacionalidad"
          placeholder="Sin información"
          defaultValue={initial.nationality}
          groups={[
            { label: "Más frecuentes", options: options.countries.frequent },
            { label: "Todos los países", options: options.countries.all },
          ]}
        />
        <BirthDateField name={`${prefix}.birthDate`} defaultValue={initial.birthDate} />
        <ChoiceSelect name={`${prefix}.sexGender`} label="Sexo o género" placeholder="Sin información" defaultValue={initial.sexGender} options={options.sexGender} />
        <TextField name={`${prefix}.contact`} label="Contacto (opcional)" hint="Teléfono o correo electrónico." defaultValue={initial.contact} maxLength={CASE_TEXT_LIMITS.contact} />
      </div>
      {onRemove && (
        <button type="button" onClick={onRemove} className="mt-4 rounded-lg border border-sermig-red-dark px-4 py-2 text-sm font-medium text-sermig-red-dark hover:bg-red-50">
          Quitar a la persona {index + 1}
        </button>
      )}
    </fieldset>
  );
}
