"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/button-styles";

export type Step = {
  key: string;
  label: string;
  /** The name a keyboard shortcut finds the button by (data-shortcut). */
  shortcut?: string;
  /** The step's small form, opened under the row of buttons. */
  form: ReactNode;
};

/**
 * The steps of a case as a row of visible buttons, each opening its small form inline, one at a time.
 * Every form stays mounted while another is open, so text typed in one is not lost by looking at another.
 * Opening a form moves the focus to its first field; Escape closes it and returns to its button.
 */
export function StepButtons({ steps, leading }: { steps: Step[]; leading?: ReactNode }) {
  const [open, setOpen] = useState<string | null>(null);
  const base = useId();
  const panels = useRef(new Map<string, HTMLDivElement>());
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  useEffect(() => {
    if (open) panels.current.get(open)?.querySelector<HTMLElement>("textarea, select, input:not([type=hidden])")?.focus();
  }, [open]);

  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {leading}
        {steps.map((step) => (
          <button
            key={step.key}
            type="button"
            ref={(node) => void (node ? buttons.current.set(step.key, node) : buttons.current.delete(step.key))}
            aria-expanded={open === step.key}
            aria-controls={`${base}-${step.key}`}
            data-shortcut={step.shortcut}
            onClick={() => setOpen(open === step.key ? null : step.key)}
            className={buttonClass("secondary", open === step.key ? "bg-sermig-blue-light" : undefined)}
          >
            {step.label}
          </button>
        ))}
      </div>
      {steps.map((step) => (
        <div
          key={step.key}
          id={`${base}-${step.key}`}
          role="region"
          aria-label={step.label}
          hidden={open !== step.key}
          ref={(node) => void (node ? panels.current.set(step.key, node) : panels.current.delete(step.key))}
          onKeyDown={(event) => {
            // The portal's confirmation dialog handles its own Escape.
            if (event.key !== "Escape" || (event.target instanceof Element && event.target.closest("dialog"))) return;
            setOpen(null);
            buttons.current.get(step.key)?.focus();
          }}
          className="mt-3 rounded-lg border border-slate-200 p-4"
        >
          {step.form}
        </div>
      ))}
    </div>
  );
}
