"use client";

import { useState, type ReactNode, type SyntheticEvent } from "react";

export type ComunaDetails = { code: string; name: string; status: string; municipality: string };

/**
 * The map's details panel: it follows the comuna under the pointer or the keyboard focus (read from
 * the shape's data attributes, so the server-drawn map needs no data shipped twice). Without
 * JavaScript a click still opens the server-rendered panel of the chosen comuna.
 */
export function MapDetails({ initial, children }: { initial: ComunaDetails | null; children: ReactNode }) {
  const [shown, setShown] = useState<ComunaDetails | null>(initial);
  const follow = (event: SyntheticEvent) => {
    const link = (event.target as Element).closest?.("a[data-code]");
    if (!link) return;
    const data = (link as HTMLElement).dataset;
    setShown({ code: data.code!, name: data.name!, status: data.status!, municipality: data.municipality! });
  };
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_16rem]">
      <div onFocus={follow} onMouseOver={follow}>
        {children}
      </div>
      <aside id="detalle" aria-live="polite" aria-label="Comuna seleccionada" className="order-first self-start rounded-xl bg-white p-4 shadow-sm lg:sticky lg:top-4 lg:order-none">
        {shown ? (
          <>
            <h2 className="text-lg font-bold text-sermig-blue-dark">{shown.name}</h2>
            <p className="mt-1">
              Estado: <strong>{shown.status}</strong>
            </p>
            <ul className="mt-3 space-y-1 text-sm">
              <li>
                <a href={`/municipalidades/${shown.municipality}`}>Ficha de la municipalidad</a>
              </li>
              <li>
                <a href={`/minutas/${shown.code}`}>Minuta estadística de la comuna</a>
              </li>
            </ul>
          </>
        ) : (
          <p className="text-muted">Pase el cursor, use el tabulador o haga clic sobre una comuna para ver su nombre y su estado.</p>
        )}
      </aside>
    </div>
  );
}
