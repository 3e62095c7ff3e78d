import type { ReactNode } from "react";
import { PageHeading } from "@/components/ui/page-heading";
import type { FilingReceipt } from "@/lib/cases/receipt";
import { formatDateTime } from "@/lib/format";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-slate-200 py-3 sm:grid-cols-[14rem_1fr] print:grid-cols-[14rem_1fr] print:py-2">
      <dt className="font-medium text-muted">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

/**
 * The comprobante de ingreso as one document: on screen inside the portal and, through the print
 * stylesheet, a single A4 page. It proves that the case reached SERMIG and says whom to ask.
 */
export function FilingReceiptDocument({ receipt }: { receipt: FilingReceipt }) {
  const filedAt = formatDateTime(receipt.submittedAt);
  const { contact } = receipt;
  return (
    <article className="mx-auto max-w-3xl rounded-2xl bg-white p-6 shadow-sm sm:p-8 print:max-w-none print:rounded-none print:p-0 print:shadow-none print:text-[11pt]">
      <header className="border-b-4 border-sermig-blue pb-3">
        <p className="text-sm font-medium uppercase tracking-wide text-muted">Servicio Nacional de Migraciones · Programa Sello Migrante</p>
        <PageHeading title={`Comprobante de ingreso del caso ${receipt.folio}`} className="mt-1 text-3xl font-bold text-sermig-blue-dark print:text-2xl">
          Comprobante de ingreso
        </PageHeading>
      </header>
      <p className="mt-4">
        La Municipalidad de {receipt.municipality} ingresó este caso a la coordinación regional de SERMIG de la {receipt.region} a través del portal Sello Migrante.
      </p>
      <dl className="mt-4">
        <Row label="Folio">
          <span className="text-xl font-bold tracking-wide">{receipt.folio}</span>
        </Row>
        <Row label="Fecha y hora de ingreso">
          {filedAt.slice(0, 10)} a las {filedAt.slice(11, 16)} (hora de Chile continental)
        </Row>
        <Row label="Tipo de caso">{receipt.typeLabel}</Row>
        <Row label="Municipalidad">{receipt.municipality}</Row>
        <Row label="Región">{receipt.region}</Row>
      </dl>
      <section aria-labelledby="comprobante-contacto" className="mt-6 rounded-xl border border-slate-300 p-4 print:break-inside-avoid">
        <h2 id="comprobante-contacto" className="text-lg font-bold">
          Contacto en SERMIG
        </h2>
        {contact ? (
          <div className="mt-2 space-y-1">
            <p className="font-medium">{contact.name}</p>
            {contact.position && <p>{contact.position}</p>}
            {contact.email && <p>Correo: {contact.email}</p>}
            {contact.officePhone && <p>Teléfono de la oficina: {contact.officePhone}</p>}
            {contact.officeAddress && <p>Dirección: {contact.officeAddress}</p>}
          </div>
        ) : (
          <p className="mt-2">La coordinación regional de SERMIG de la {receipt.region} responde por el portal Sello Migrante.</p>
        )}
      </section>
      <p className="mt-6 text-sm text-muted">
        Para consultar por el caso, indique su folio. Este comprobante no contiene datos de las personas ni del relato: esos datos solo se ven en el portal, con su
        clave.
      </p>
    </article>
  );
}
