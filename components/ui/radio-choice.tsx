"use client";

import { useId } from "react";
import { useFieldError } from "./action-form";

/** One choice among a few, as radio buttons in a fieldset, inside an ActionForm (its error shows below). */
export function RadioChoice({ name, legend, options }: { name: string; legend: string; options: { value: string; label: string; checked: boolean }[] }) {
  const id = useId();
  const { error } = useFieldError(name, id);
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-medium">{legend}</legend>
      <div className="mt-2 space-y-2">
        {options.map((option) => (
          <div key={option.value} className="flex items-center gap-2">
            <input id={`${id}-${option.value}`} type="radio" name={name} value={option.value} defaultChecked={option.checked} className="h-4 w-4" />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
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
