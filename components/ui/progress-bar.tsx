import { formatPercent } from "@/lib/format";

/** A labelled bar: "3 de 5 acciones aprobadas (60%)". */
export function ProgressBar({ approved, total, label }: { approved: number; total: number; label: string }) {
  const ratio = total === 0 ? 0 : approved / total;
  const text = total === 0 ? "Sin acciones todavía" : `${approved} de ${total} ${total === 1 ? "acción aprobada" : "acciones aprobadas"} (${formatPercent(ratio)})`;
  return (
    <div>
      <div className="flex justify-between gap-2 text-sm">
        <span className="font-medium">{label}</span>
        <span className="text-muted">{text}</span>
      </div>
      {/* Drawn as SVG: an inline style attribute would be blocked by the Content-Security-Policy. */}
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(ratio * 100)} aria-valuetext={text} className="mt-1">
        <svg viewBox="0 0 100 4" preserveAspectRatio="none" className="block h-2.5 w-full overflow-hidden rounded-full" aria-hidden="true">
          <rect width="100" height="4" className="fill-slate-200" />
          <rect width={ratio * 100} height="4" className="fill-sermig-blue" />
        </svg>
      </div>
    </div>
  );
}
