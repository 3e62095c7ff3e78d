import type { ReactNode } from "react";

/**
 * The white frame around a data table. On narrow screens the table scrolls sideways, so the frame is
 * focusable and named: keyboard users can scroll it too (WCAG 2.1.1).
 */
export function TableFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="mt-3 overflow-x-auto rounded-xl bg-white shadow-sm">
      {children}
    </div>
  );
}
