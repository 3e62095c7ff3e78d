"use client";

import { useId, useState, type ReactNode } from "react";
import { fieldAria, useFieldError } from "./action-form";
import { inputClass } from "./field";

type Base = { name: string; label: string; hint?: string; defaultValue?: string | number; required?: boolean };

/** A labelled field with its hint and, right below the input, its error. */
export function FieldFrame({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField({ name, label, hint, defaultValue, type = "text", required }: Base & { type?: "text" | "email" | "tel" | "date" | "datetime-local" | "number" | "url" }) {
  const id = useId();
  const { error, inputProps } = useFieldError(name, id, Boolean(hint));
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input id={id} name={name} type={type} defaultValue={defaultValue} required={required} className={inputClass} {...inputProps} />
    </FieldFrame>
  );
}

/** `shortcut`: the name a keyboard shortcut finds the field by (data-shortcut). */
export function TextArea({ name, label, hint, defaultValue, required, shortcut }: Base & { shortcut?: string }) {
  const id = useId();
  const { error, inputProps } = useFieldError(name, id, Boolean(hint));
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea id={id} name={name} defaultValue={defaultValue} required={required} rows={3} className={inputClass} data-shortcut={shortcut} {...inputProps} />
    </FieldFrame>
  );
}

export function SelectField({ name, label, hint, defaultValue, options }: Base & { options: { value: string; label: string }[] }) {
  const id = useId();
  const { error, inputProps } = useFieldError(name, id, Boolean(hint));
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select id={id} name={name} defaultValue={defaultValue} className={inputClass} {...inputProps}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

const MAX_BYTES = 10 * 1024 * 1024;

/** A file input that refuses, before sending anything, a file the server would refuse for its size. */
export function FileField({ name, label, hint, accept, required }: Base & { accept: string }) {
  const id = useId();
  const { error, inputProps } = useFieldError(name, id, Boolean(hint));
  const [localError, setLocalError] = useState<string>();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={localError ?? error}>
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        required={required}
        className="mt-1 block w-full text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-sermig-blue-light file:px-4 file:py-2 file:font-medium file:text-sermig-blue-dark"
        {...inputProps}
        {...fieldAria(id, localError ?? error, Boolean(hint))}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          const tooBig = file && file.size > MAX_BYTES;
          setLocalError(tooBig ? "El archivo supera 10 MB. Redúzcalo o divídalo antes de subirlo." : undefined);
          if (tooBig) event.currentTarget.value = "";
        }}
      />
    </FieldFrame>
  );
}
