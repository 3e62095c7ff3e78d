"use client";

import { AppLink } from "@/components/ui/app-link";
import { PageHeading } from "@/components/ui/page-heading";

// Never shows the error's message: it may carry internal details. The digest matches the server log.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <p className="text-sm font-bold uppercase tracking-wide text-sermig-red-dark">Error</p>
      <PageHeading title="Algo salió mal" className="mt-2 text-3xl font-bold text-sermig-blue-dark" />
      <p className="mt-4 text-muted">No pudimos completar su solicitud. Intente de nuevo en unos momentos; si el problema continúa, informe el código de referencia a la mesa de ayuda.</p>
      {error.digest && (
        <p className="mt-3 text-sm">
          Código de referencia: <code className="rounded bg-slate-100 px-2 py-1">{error.digest}</code>
        </p>
      )}
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={reset} className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white hover:bg-sermig-blue-dark">
          Reintentar
        </button>
        <AppLink href="/" className="rounded-lg border border-slate-300 bg-white px-5 py-2 font-medium no-underline hover:bg-sermig-blue-light">
          Ir al inicio
        </AppLink>
      </div>
    </div>
  );
}
