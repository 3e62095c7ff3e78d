import { formatPercent } from "@/lib/format";

const ratioOf = (approved: number, total: number) => (total === 0 ? 0 : approved / total);

/** "3 de 5 acciones aprobadas", or that there are none yet. */
export function progressText(approved: number, total: number): string {
  return total === 0 ? "Sin acciones todavía" : `${approved} de ${total} ${total === 1 ? "acción aprobada" : "acciones aprobadas"}`;
}

/**
 * The bar alone, for places where the figures are already written next to it (an index entry).
 * Drawn as SVG: an inline style attribute would be blocked by the Content-Security-Policy.
 */
export function ProgressMeter({ approved, total, className = "h-2.5" }: { approved: number; total: number; className?: string }) {
  return (
    <svg viewBox="0 0 100 4" preserveAspectRatio="none" className={`block w-full overflow-hidden rounded-full ${className}`} aria-hidden="true">
      <rect width="100" height="4" className="fill-slate-200" />
      <rect width={ratioOf(approved, total) * 100} height="4" className="fill-sermig-blue" />
    </svg>
  );
}

/** A labelled bar: "3 de 5 acciones aprobadas (60%)". */
export function ProgressBar({ approved, total, label }: { approved: number; total: number; label: string }) {
  const ratio = ratioOf(approved, total);
  const text = total === 0 ? progressText(approved, total) : `${progressText(approved, total)} (${formatPercent(ratio)})`;
  return (
    <div>
      <div className="flex justify-between gap-2 text-sm">
        <span className="font-medium">{label}</span>
        <span className="text-muted">{text}</span>
      </div>
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(ratio * 100)} aria-valuetext={text} className="mt-1">
        <ProgressMeter approved={approved} total={total} />
      </div>
    </div>
  );
}
