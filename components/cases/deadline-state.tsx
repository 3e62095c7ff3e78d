import type { ReactNode } from "react";
import { deadlineWords, type DeadlineFields, type DeadlineTone } from "@/lib/cases/deadline-words";

const TONES: Record<DeadlineTone, string> = {
  overdue: "bg-red-100 text-red-900",
  soon: "bg-amber-100 text-amber-900",
  running: "bg-green-100 text-green-900",
  paused: "bg-slate-100 text-slate-800",
  finished: "bg-green-50 text-green-900",
};

const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/**
 * The deadline that governs a case, in words, with its exact moment visible beside them (and written
 * out on hover): one component for the inbox rows and the case header, so both always say the same.
 */
export function DeadlineState({ fields, now, className, fallback = null }: { fields: DeadlineFields; now?: Date; className?: string; fallback?: ReactNode }) {
  const shown = deadlineWords(fields, now);
  if (!shown) return fallback;
  return (
    <span className={className ?? "mt-2 block"}>
      <span className={`inline-block rounded px-2 py-0.5 text-sm font-bold ${TONES[shown.tone]}`}>{capitalised(shown.words)}</span>
      <span className="hint">
        {shown.label}{" "}
        <time dateTime={shown.at.toISOString()} title={shown.long}>
          {shown.exact}
        </time>
      </span>
      {shown.note && <span className="hint">{shown.note}</span>}
    </span>
  );
}
