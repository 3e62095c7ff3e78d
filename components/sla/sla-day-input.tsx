"use client";

import { useId } from "react";
import { useFieldError } from "@/components/ui/action-form";

/** One cell of the SLA table: a number of working days, named for screen readers, with its error right below. */
export function SlaDayInput({ name, label, defaultValue }: { name: string; label: string; defaultValue: number }) {
  const id = useId();
  const { error, inputProps } = useFieldError(name, id);
  return (
    <div>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        step={1}
        defaultValue={defaultValue}
        className="w-20 rounded-lg border border-slate-500 bg-white px-2 py-1.5 text-right tabular-nums aria-[invalid=true]:border-red-700"
        {...inputProps}
      />
      {error && (
        <p id={`${id}-error`} className="mt-1 max-w-40 text-xs font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
