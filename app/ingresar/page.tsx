import { redirect } from "next/navigation";
import { SignInButton } from "@/components/auth/sign-in-button";
import { PageHeading } from "@/components/ui/page-heading";
import { getViewer } from "@/lib/auth/viewer";

type Props = { searchParams: Promise<{ volver?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  if (await getViewer()) redirect("/inicio");
  const { volver } = await searchParams;
  const returnTo = typeof volver === "string" && /^\/(?![/\\])/.test(volver) ? volver : undefined;
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
