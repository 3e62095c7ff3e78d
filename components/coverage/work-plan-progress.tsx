import { ProgressBar } from "@/components/ui/progress-bar";
import type { LineProgress } from "@/lib/coverage/service";
import { formatNumber } from "@/lib/format";
import type { CommitmentLine } from "@/lib/generated/prisma/enums";
import { COMMITMENT_LINES } from "@/lib/programme/commitment-lines";

/** Approved actions per line across the adhered municipalities of the scope. */
export function WorkPlanProgress({ lines, adhered }: { lines: LineProgress[]; adhered: number }) {
  const byLine = new Map(lines.map((l) => [l.line, l]));
  return (
    <ul className="space-y-4 rounded-xl bg-white p-5 shadow-sm">
      {COMMITMENT_LINES.map((line, i) => {
        const progress = byLine.get(line.code as CommitmentLine);
        return (
          <li key={line.code}>
            <ProgressBar approved={progress?.approved ?? 0} total={progress?.actions ?? 0} label={`Línea ${i + 1}: ${line.title}`} />
            <p className="mt-1 text-xs text-muted">
              {formatNumber(progress?.municipalities ?? 0)} de {formatNumber(adhered)} municipalidades adheridas tienen acciones en esta línea
              {progress && progress.pending > 0 ? `; ${formatNumber(progress.pending)} por revisar` : ""}.
            </p>
          </li>
        );
      })}
    </ul>
  );
}
