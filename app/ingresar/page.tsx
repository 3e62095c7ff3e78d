import { redirect } from "next/navigation";
import { SignInButton } from "@/components/auth/sign-in-button";
import { PageHeading } from "@/components/ui/page-heading";
import { signInQuerySchema } from "@/lib/auth/sign-in-query";
import { getViewer } from "@/lib/auth/viewer";
import { parseQuery } from "@/lib/query/parse";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  if (await getViewer()) redirect("/inicio");
  const returnTo = parseQuery(signInQuerySchema, await searchParams).values.volver;
  return (
    <div className="mx-auto max-w-xl rounded-2xl bg-white p-8 shadow-sm">
      <PageHeading title="Ingresar">Ingresar al portal</PageHeading>
      <p className="mt-4 leading-relaxed text-muted">
        El portal es para los equipos municipales de las comunas adheridas al Sello Migrante y para el personal de SERMIG. Se
        ingresa con ClaveÚnica, la identidad digital del Estado.
      </p>
      <div className="mt-6">
        <SignInButton returnTo={returnTo} />
      </div>
      <p className="mt-6 text-sm text-muted">
        Solo pueden ingresar las personas habilitadas. Si trabaja en una municipalidad, pida acceso a la coordinación regional de
        SERMIG; si trabaja en SERMIG, al Departamento de Inclusión.
      </p>
    </div>
  );
}
