import { AppLink } from "@/components/ui/app-link";
import type { Viewer } from "@/lib/auth/viewer";
import type { InboxFilters } from "@/lib/cases/inbox";
import { savedViewCounts } from "@/lib/cases/saved-view-counts";
import { sameFilters, savedViewsFor, storedFilters } from "@/lib/cases/saved-views";
import { formatNumber } from "@/lib/format";
import { SaveViewForm } from "./save-view-form";

type Props = {
  viewer: Viewer;
  /** The filters the inbox is listing. */
  filters: InboxFilters;
  /** The list's own total, for a view on the archive (counted only while listed). */
  listed: { total: number; more: boolean };
};

/**
 * The person's saved views and those shared with her, beside the fixed views, each with how many
 * cases it holds; the one whose filters the inbox is listing is marked. Below, saving the current
 * filters as a new view.
 */
export async function InboxSavedViews({ viewer, filters, listed }: Props) {
  const { own, shared, defaultId } = await savedViewsFor(viewer);
  const views = [...own, ...shared];
  const counts = await savedViewCounts(viewer, views);
  const current = new URLSearchParams(storedFilters(filters)).toString();

  return (
    // One line beside its title, so the first cases still show without scrolling (issue: cases above the fold).
    <section aria-labelledby="vistas-guardadas" className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <h2 id="vistas-guardadas" className="font-bold">
        Vistas guardadas:
      </h2>
      {views.length === 0 ? (
        <p className="text-muted">ninguna todavía; elija filtros y orden, y guárdelos con un nombre.</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {views.map((view) => {
            const active = sameFilters(view.filters, filters);
            const count = counts.get(view.id) ?? (active ? listed.total : undefined);
            return (
              <li key={view.id}>
                {/* A full load, not a client navigation: the filter form below keeps the values it was
                    mounted with, and a saved view changes them all at once. */}
                <a
                  href={`/casos/bandeja?guardada=${view.id}`}
                  aria-current={active ? "true" : undefined}
                  className={`flex items-center gap-2 rounded-lg border px-2.5 py-1 text-left text-sm font-medium no-underline ${
                    active ? "border-sermig-blue-dark bg-sermig-blue-light text-sermig-blue-dark ring-2 ring-sermig-blue" : "border-slate-300 bg-white text-sermig-blue-dark hover:bg-sermig-blue-light"
                  }`}
                >
                  {view.name}
                  {!view.mine && <span className="text-xs font-normal text-muted">(de {view.ownerName})</span>}
                  {view.id === defaultId && <span className="text-xs font-normal text-muted">(predeterminada)</span>}
                  {count !== undefined && (
                    <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-bold tabular-nums text-slate-800">
                      {active && listed.more && counts.get(view.id) === undefined ? `más de ${formatNumber(count)}` : formatNumber(count)}
                    </span>
                  )}
                </a>
              </li>
            );
          })}
        </ul>
      )}
      <details className="open:basis-full">
        <summary className="cursor-pointer font-medium text-sermig-blue-dark">Guardar los filtros actuales como vista</summary>
        <SaveViewForm viewer={viewer} query={current} />
      </details>
      <AppLink href="/casos/bandeja/vistas">Administrar vistas guardadas</AppLink>
    </section>
  );
}
