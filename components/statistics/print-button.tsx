"use client";

import type { ReactNode } from "react";

/** The browser's own print dialog, where "Guardar como PDF" gives the A4 document of the print stylesheet. */
export function PrintButton({ children = "Descargar PDF" }: { children?: ReactNode }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white hover:bg-sermig-blue-dark print:hidden"
    >
      {children}
    </button>
  );
}
