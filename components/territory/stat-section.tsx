import { formatNumber } from "@/lib/format";
import type { StatSection as Section } from "@/lib/territory/comuna-stats";

export function StatSection({ section }: { section: Section }) {
  return (
    <section aria-labelledby={`stat-${section.id}`} className="rounded-xl bg-white p-5 shadow-sm">
      <h2 id={`stat-${section.id}`} className="text-lg font-bold">
        {section.title}
      </h2>
      {section.figures.length === 0 ? (
        <p className="mt-3 text-muted">{section.missingLabel}</p>
      ) : (
        <dl className="mt-3 divide-y divide-slate-100">
          {section.figures.map((figure) => (
            <div key={figure.label} className="flex items-baseline justify-between gap-4 py-2">
              <dt className="text-muted">{figure.label}</dt>
              <dd className={figure.value === null ? "text-right text-sm italic text-muted" : "text-right text-lg font-medium tabular-nums"}>
                {figure.value === null ? section.missingLabel : formatNumber(figure.value)}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {section.source && (
        <p className="mt-3 border-t border-slate-100 pt-3 text-xs leading-relaxed text-muted">
          Fuente: {section.source.publisher}, «{section.source.title}». {section.source.notes}
        </p>
      )}
    </section>
  );
}
