import { AppLink } from "@/components/ui/app-link";
import { PageHeading } from "@/components/ui/page-heading";
import { claveUnicaSettings } from "@/lib/auth/claveunica-settings";
import { noAccessQuerySchema } from "@/lib/auth/sign-in-query";
import { parseQuery } from "@/lib/query/parse";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NoAccessPage({ searchParams }: Props) {
  const deactivated = parseQuery(noAccessQuerySchema, await searchParams).values.motivo === "desactivada";
  return (
    <div className="mx-auto max-w-xl rounded-2xl bg-white p-8 shadow-sm">
      <PageHeading title="Sin acceso">No tiene acceso al portal</PageHeading>
      <p className="mt-4 leading-relaxed">
        {deactivated
          ? "Su cuenta del portal Sello Migrante está desactivada."
          : "Su identidad fue verificada con ClaveÚnica, pero su RUN no está habilitado en el portal Sello Migrante."}
      </p>
      <h2 className="mt-6 text-lg font-bold">A quién pedir acceso</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 leading-relaxed">
        <li>Si trabaja en una municipalidad: a la coordinadora o coordinador regional de SERMIG de su región.</li>
        <li>Si trabaja en SERMIG: al Departamento de Inclusión, que administra el programa a nivel nacional.</li>
      </ul>
      <p className="mt-4 text-sm text-muted">No se creó ninguna cuenta ni se guardaron sus datos, salvo el registro de seguridad de este intento.</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <a href={claveUnicaSettings().logoutUrl} className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white no-underline hover:bg-sermig-blue-dark">
          Cerrar la sesión de ClaveÚnica
        </a>
        <AppLink href="/" className="rounded-lg border border-slate-300 px-5 py-2 font-medium no-underline hover:bg-sermig-blue-light">
          Ir al inicio
        </AppLink>
      </div>
    </div>
  );
}
