import { AppLink } from "@/components/ui/app-link";
import { PageHeading } from "@/components/ui/page-heading";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <p className="text-sm font-bold uppercase tracking-wide text-sermig-red-dark">Error 404</p>
      <PageHeading title="Página no encontrada" className="mt-2 text-3xl font-bold text-sermig-blue-dark">
        No encontramos esta página
      </PageHeading>
      <p className="mt-4 text-muted">La dirección puede estar mal escrita, o la página ya no existe o no está disponible para usted.</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <AppLink href="/" className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white no-underline hover:bg-sermig-blue-dark">
          Ir al inicio
        </AppLink>
        <AppLink href="/comunas" className="rounded-lg border border-slate-300 bg-white px-5 py-2 font-medium no-underline hover:bg-sermig-blue-light">
          Ver las comunas
        </AppLink>
      </div>
    </div>
  );
}
