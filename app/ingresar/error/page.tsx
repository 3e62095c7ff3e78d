import { AppLink } from "@/components/ui/app-link";
import { PageHeading } from "@/components/ui/page-heading";

export default function SignInErrorPage() {
  return (
    <div className="mx-auto max-w-xl rounded-2xl bg-white p-8 shadow-sm">
      <PageHeading title="No se pudo ingresar">No pudimos completar el ingreso</PageHeading>
      <p className="mt-4 leading-relaxed text-muted">
        La respuesta de ClaveÚnica no pudo verificarse o el intento expiró. No se abrió ninguna sesión. Vuelva a intentarlo desde el
        comienzo; si el problema continúa, contacte a la mesa de ayuda de SERMIG.
      </p>
      <AppLink href="/ingresar" className="mt-6 inline-block rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white no-underline hover:bg-sermig-blue-dark">
        Volver a intentar
      </AppLink>
    </div>
  );
}
