import { notFound } from "next/navigation";
import { FilingReceiptDocument } from "@/components/cases/filing-receipt";
import { PrintButton } from "@/components/statistics/print-button";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { getFilingReceipt } from "@/lib/cases/receipt";
import { NotFoundError } from "@/lib/errors";
import { recordId } from "@/lib/query/fields";
import { parsePathParam } from "@/lib/query/parse";

type Props = { params: Promise<{ id: string }> };

/** The printable comprobante de ingreso, for the municipality that filed the case and for SERMIG; anyone else gets the 404. */
export default async function FilingReceiptPage({ params }: Props) {
  const { id } = await params;
  const viewer = await requirePagePermission("cases.read", `/casos/${id}/comprobante`);
  if (!parsePathParam(recordId, id)) notFound();
  const receipt = await getFilingReceipt(viewer, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const officer = viewer.role === "MUNICIPAL_OFFICER";

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-4 print:hidden">
        <Breadcrumbs
          items={[
            { href: "/inicio", label: "Mi inicio" },
            { href: officer ? "/casos" : "/casos/bandeja", label: officer ? "Casos" : "Bandeja de casos" },
            { href: `/casos/${id}`, label: receipt.folio },
            { label: "Comprobante de ingreso" },
          ]}
        />
        <div className="text-right">
          <PrintButton>Imprimir o guardar en PDF</PrintButton>
          <p className="mt-1 text-xs text-muted">Se abre el cuadro de impresión: elija la impresora o «Guardar como PDF».</p>
        </div>
      </div>
      <FilingReceiptDocument receipt={receipt} />
    </div>
  );
}
