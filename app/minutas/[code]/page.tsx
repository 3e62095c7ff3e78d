import { notFound } from "next/navigation";
import { MinutaDocument } from "@/components/statistics/minuta-document";
import { PrintButton } from "@/components/statistics/print-button";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { NotFoundError } from "@/lib/errors";
import { getMinuta } from "@/lib/statistics/minuta";
import { comunaCode } from "@/lib/query/fields";
import { parsePathParam } from "@/lib/query/parse";

type Props = { params: Promise<{ code: string }> };

export default async function MinutaPage({ params }: Props) {
  const { code } = await params;
  const viewer = await requirePagePermission("statistics.minuta", `/minutas/${code}`);
  if (!parsePathParam(comunaCode, code)) notFound();
  const minuta = await getMinuta(viewer, code).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });

  return (
    <div>
      <div className="flex flex-wrap items-start justify-between gap-4 print:hidden">
        <Breadcrumbs
          items={[
            { href: "/inicio", label: "Mi inicio" },
            { href: `/comunas/${minuta.comuna.code}`, label: minuta.comuna.name },
            { label: "Minuta estadística" },
          ]}
        />
        <div className="text-right">
          <PrintButton />
          <p className="mt-1 text-xs text-muted">Se abre el cuadro de impresión: elija «Guardar como PDF».</p>
        </div>
      </div>
      <MinutaDocument minuta={minuta} />
    </div>
  );
}
