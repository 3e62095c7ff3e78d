import { AppLink } from "@/components/ui/app-link";
import { INBOX_VIEWS, type InboxView, type ViewCounts } from "@/lib/cases/inbox";
import { formatNumber } from "@/lib/format";

/** The saved views as tabs, each with how many cases it holds under the current filters, where that was counted. */
export function InboxViews({ current, counts, more, hrefFor }: { current: InboxView; counts: ViewCounts; more: boolean; hrefFor: (view: InboxView) => string }) {
  return (
    <nav aria-label="Vistas de la bandeja" className="mt-2">
      {/* On a phone the tabs scroll sideways in one line, so the cases start higher. */}
      <ul className="flex gap-2 overflow-x-auto pb-1 sm:flex-wrap sm:overflow-visible sm:pb-0">
        {(Object.keys(INBOX_VIEWS) as InboxView[]).map((view) => {
          const active = view === current;
          const count = counts[view];
          const alert = (view === "vencidos" || view === "vencen_24h") && count !== undefined && count > 0;
          return (
            <li key={view} className="shrink-0">
              <AppLink
                href={hrefFor(view)}
                aria-current={active ? "page" : undefined}
                className={`flex items-center gap-2 rounded-lg border px-3 py-1.5 text-sm font-medium no-underline ${
                  active ? "border-sermig-blue bg-sermig-blue text-white" : "border-slate-300 bg-white text-sermig-blue-dark hover:bg-sermig-blue-light"
                }`}
              >
                {INBOX_VIEWS[view]}
                {count !== undefined && (
                  <span
                    className={`rounded-full px-2 py-0.5 text-xs font-bold tabular-nums ${
                      active ? "bg-white text-sermig-blue-dark" : alert ? "bg-red-100 text-red-900" : "bg-slate-100 text-slate-800"
                    }`}
                  >
                    {active && more ? `más de ${formatNumber(count)}` : formatNumber(count)}
                  </span>
                )}
              </AppLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
