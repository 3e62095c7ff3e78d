"use client";

import { useId } from "react";
import { useFieldError } from "@/components/ui/action-form";
import { inputClass } from "@/components/ui/field";
import { FieldFrame } from "@/components/ui/form-fields";

export type Option = { value: string; label: string };

type SelectProps = {
  name: string;
  label: string;
  hint?: string;
  value?: string;
  defaultValue?: string;
  /** The first, empty option ("Elija…"); omit when the field always has a value. */
  placeholder?: string;
  options?: Option[];
  groups?: { label: string; options: Option[] }[];
  onChange?: (value: string) => void;
};

/** A select of the case form: its error right below it, options flat or in groups. */
export function ChoiceSelect({ name, label, hint, value, defaultValue, placeholder, options = [], groups = [], onChange }: SelectProps) {
  const id = useId();
  const { error, inputProps } = useFieldError(name, id, Boolean(hint));
  const item = (option: Option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  );
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        value={value}
        defaultValue={value === undefined ? defaultValue : undefined}
        onChange={onChange && ((event) => onChange(event.target.value))}
        className={inputClass}
        {...inputProps}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map(item)}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map(item)}
          </optgroup>
        ))}
      </select>
    </FieldFrame>
  );
}

/** Radio buttons under a legend; the error is tied to every button so screen readers announce it. */
export function RadioGroup({ name, legend, options, value, onChange }: { name: string; legend: string; options: Option[]; value: string; onChange: (value: string) => void }) {
  const id = useId();
  const { error, inputProps } = useFieldError(name, id);
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        {options.map((option, index) => (
          <label key={option.value} className="flex items-center gap-2">
            <input id={`${id}-${index}`} type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} className="h-4 w-4" {...inputProps} />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
