"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { fileSize } from "@/components/cases/file-size";
import { fieldAria, useFieldError, useLocalError } from "./action-form";
import { buttonClass } from "./button-styles";
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

/** "120 de 8.000 caracteres" under a field with a limit; announced only when the limit is near. */
function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const near = length >= max * 0.9;
  const over = length > max;
  const left = max - length;
  return (
    <>
      <p id={`${id}-count`} className={`mt-1 text-sm ${near ? "font-medium text-amber-900" : "text-muted"}`}>
        {length.toLocaleString("es-CL")} de {max.toLocaleString("es-CL")} caracteres
      </p>
      <p aria-live="polite" className="sr-only">
        {!near ? "" : over ? `Sobran ${(-left).toLocaleString("es-CL")} caracteres.` : `Quedan ${left.toLocaleString("es-CL")} caracteres.`}
      </p>
    </>
  );
}

type TextProps = Base & { maxLength?: number; onValue?: (value: string) => void };

/** Text inputs share this: the limit in the browser and, where there is one, a live count. */
function useText(name: string, hint: string | undefined, defaultValue: string | number | undefined, maxLength: number | undefined) {
  const id = useId();
  const { error } = useFieldError(name, id, Boolean(hint));
  const [length, setLength] = useState(String(defaultValue ?? "").length);
  const inputProps = fieldAria(id, error, Boolean(hint), maxLength !== undefined && `${id}-count`);
  const count = maxLength !== undefined ? <CharacterCount id={id} length={length} max={maxLength} /> : null;
  return { id, error, inputProps, count, setLength };
}

export function TextField({ name, label, hint, defaultValue, type = "text", required, maxLength, onValue }: TextProps & { type?: "text" | "email" | "tel" | "date" | "datetime-local" | "number" | "url" }) {
  const { id, error, inputProps, count, setLength } = useText(name, hint, defaultValue, maxLength);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        required={required}
        maxLength={maxLength}
        onChange={(event) => {
          setLength(event.target.value.length);
          onValue?.(event.target.value);
        }}
        className={inputClass}
        {...inputProps}
      />
      {count}
    </FieldFrame>
  );
}

/** `shortcut`: the name a keyboard shortcut finds the field by (data-shortcut). */
export function TextArea({ name, label, hint, defaultValue, required, maxLength, rows = 3, shortcut }: TextProps & { rows?: number; shortcut?: string }) {
  const { id, error, inputProps, count, setLength } = useText(name, hint, defaultValue, maxLength);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={name}
        defaultValue={defaultValue}
        required={required}
        rows={rows}
        maxLength={maxLength}
        onChange={(event) => setLength(event.target.value.length)}
        className={inputClass}
        data-shortcut={shortcut}
        {...inputProps}
      />
      {count}
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

const MB = 1024 * 1024;

/** What the browser can tell before sending: the size, and the name's extension against `accept`. */
function fileProblem(file: File, accept: string, maxBytes: number): string | undefined {
  if (file.size === 0) return "El archivo está vacío. Quítelo o elija otro.";
  if (file.size > maxBytes) return `El archivo pesa ${fileSize(file.size)} y el máximo es ${maxBytes / MB} MB. Quítelo o elija uno más pequeño.`;
  const extension = file.name.includes(".") ? `.${file.name.split(".").pop()!.toLowerCase()}` : "";
  const allowed = accept.split(",").map((ext) => ext.trim().toLowerCase());
  if (!allowed.includes(extension)) return `Este tipo de archivo no se acepta (${allowed.join(", ")}). Quítelo o elija otro.`;
  return undefined;
}

/**
 * A file input that checks, before anything is sent, what the server would refuse for its size or
 * type. A refused file stays chosen and named, with its error, and the form does not send until it is
 * removed or replaced: clearing it silently let the form go on without the file. The content itself
 * is checked by the server (see lib/files/upload.ts).
 */
export function FileField({ name, label, hint, accept, required, maxBytes = 10 * MB }: Base & { accept: string; maxBytes?: number }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const { error } = useFieldError(name, id, Boolean(hint));
  const setLocalError = useLocalError();
  const [chosen, setChosen] = useState<{ name: string; size: number; problem?: string } | null>(null);
  useEffect(() => () => setLocalError(name, undefined), [name, setLocalError]);
  const choose = (file: File | undefined) => {
    const problem = file ? fileProblem(file, accept, maxBytes) : undefined;
    setChosen(file ? { name: file.name, size: file.size, problem } : null);
    setLocalError(name, problem);
  };
  // The form resets itself after a successful submit: the file is gone then, and so is its note.
  useEffect(() => {
    const form = input.current?.form;
    const clear = () => choose(undefined);
    form?.addEventListener("reset", clear);
    return () => form?.removeEventListener("reset", clear);
  });
  const shownError = chosen?.problem ?? error;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={shownError}>
      <input
        ref={input}
        id={id}
        name={name}
        type="file"
        accept={accept}
        required={required}
        className="mt-1 block w-full text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-sermig-blue-light file:px-4 file:py-2 file:font-medium file:text-sermig-blue-dark"
        {...fieldAria(id, shownError, Boolean(hint), Boolean(chosen && !chosen.problem) && `${id}-ready`)}
        onChange={(event) => choose(event.currentTarget.files?.[0])}
      />
      {chosen && (
        <div className="mt-2 flex flex-wrap items-center gap-3">
          {!chosen.problem && (
            <p id={`${id}-ready`} role="status" className="text-sm text-green-900">
              Archivo listo para enviar: <span className="break-all font-medium">{chosen.name}</span> ({fileSize(chosen.size)}).
            </p>
          )}
          <button
            type="button"
            className={buttonClass("secondary", "text-sm")}
            onClick={() => {
              if (input.current) input.current.value = "";
              choose(undefined);
              input.current?.focus();
            }}
          >
            Quitar archivo<span className="sr-only"> {chosen.name}</span>
          </button>
        </div>
      )}
    </FieldFrame>
  );
}
