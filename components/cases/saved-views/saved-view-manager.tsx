import { AppLink } from "@/components/ui/app-link";
import type { Viewer } from "@/lib/auth/viewer";
import { INBOX_ORDERS, INBOX_VIEWS } from "@/lib/cases/inbox";
import { SAVED_VIEW_AUDIENCES } from "@/lib/cases/saved-view-labels";
import type { SavedViewItem } from "@/lib/cases/saved-views";
import { DefaultViewButton } from "./default-view-button";
import { OwnViewControls } from "./own-view-controls";

const FILTER_COUNT_KEYS = ["q", "tipo", "estado", "prioridad", "region", "municipalidad", "asignada", "desde", "hasta"] as const;

/** A view's contents in words: its fixed view, how many more filters, and its order. */
function ViewSummary({ view }: { view: SavedViewItem }) {
  const extra = FILTER_COUNT_KEYS.filter((key) => view.filters[key] !== undefined).length;
  return (
    <p className="text-sm text-muted">
      {INBOX_VIEWS[view.filters.vista]}
      {extra > 0 && `, ${extra === 1 ? "1 filtro más" : `${extra} filtros más`}`}; orden: {INBOX_ORDERS[view.filters.orden].toLowerCase()}.
    </p>
  );
}

function Heading({ view, isDefault }: { view: SavedViewItem; isDefault: boolean }) {
  return (
    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
      <h3 className="text-lg font-bold">
        <AppLink href={`/casos/bandeja?guardada=${view.id}`}>{view.name}</AppLink>
      </h3>
      <span className="text-sm">{view.mine ? SAVED_VIEW_AUDIENCES[view.audience] : `De ${view.ownerName}`}</span>
      {isDefault && <span className="rounded-full bg-sermig-blue-light px-2 py-0.5 text-xs font-bold text-sermig-blue-dark">Predeterminada</span>}
    </div>
  );
}

/** The person's own views in her order, with their controls, and the views shared with her, read-only. */
export function SavedViewManager({ viewer, own, shared, defaultId }: { viewer: Viewer; own: SavedViewItem[]; shared: SavedViewItem[]; defaultId: string | null }) {
  return (
    <div className="mt-6 space-y-8">
      <section aria-labelledby="mis-vistas">
        <h2 id="mis-vistas" className="text-2xl font-bold text-sermig-blue-dark">
          Mis vistas
        </h2>
        {own.length === 0 ? (
          <p className="mt-2 rounded-xl bg-white p-4 text-muted shadow-sm">
            Todavía no tiene vistas guardadas. En la <AppLink href="/casos/bandeja">bandeja</AppLink>, elija filtros y orden y use «Guardar los filtros actuales como vista».
          </p>
        ) : (
          <ol className="mt-3 space-y-3">
            {own.map((view, i) => (
              <li key={view.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
                <Heading view={view} isDefault={view.id === defaultId} />
                <ViewSummary view={view} />
                <OwnViewControls viewer={viewer} view={view} first={i === 0} last={i === own.length - 1} isDefault={view.id === defaultId} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="vistas-compartidas">
        <h2 id="vistas-compartidas" className="text-2xl font-bold text-sermig-blue-dark">
          Compartidas conmigo
        </h2>
        <p className="mt-1 text-sm text-muted">Solo quien creó una vista compartida puede cambiarla o eliminarla.</p>
        {shared.length === 0 ? (
          <p className="mt-2 rounded-xl bg-white p-4 text-muted shadow-sm">Nadie ha compartido vistas con usted todavía.</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {shared.map((view) => (
              <li key={view.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
                <Heading view={view} isDefault={view.id === defaultId} />
                <ViewSummary view={view} />
                {view.id !== defaultId && (
                  <div className="mt-3">
                    <DefaultViewButton view={view} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {defaultId && (
        <section aria-labelledby="predeterminada" className="rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="predeterminada" className="text-lg font-bold">
            Vista predeterminada
          </h2>
          <p className="mt-1 text-sm text-muted">Al abrir la bandeja sin filtros se muestra su vista predeterminada. Puede volver a abrirla en «Abiertos».</p>
          <div className="mt-3">
            <DefaultViewButton />
          </div>
        </section>
      )}
    </div>
  );
}
