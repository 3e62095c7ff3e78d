import { AppLink } from "@/components/ui/app-link";
import { notFound } from "next/navigation";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { TextArea, TextField } from "@/components/ui/form-fields";
import { CompleteAgreementButton } from "@/components/visits/complete-agreement-button";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { formatDate, formatDateTime } from "@/lib/format";
import { addAgreementAction } from "@/lib/visits/actions";
import { getVisit } from "@/lib/visits/service";
import { recordId } from "@/lib/query/fields";
import { parsePathParam } from "@/lib/query/parse";

type Props = { params: Promise<{ id: string }> };

export default async function VisitPage({ params }: Props) {
  const { id } = await params;
  const viewer = await requirePagePermission("visits.read", `/visitas/${id}`);
  if (!parsePathParam(recordId, id)) notFound();
  const { visit, municipalityName } = await getVisit(viewer, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const canComplete = hasPermission(viewer.role, "visits.completeAgreement");
  return (
    <div className="space-y-6">
      <div>
        <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/visitas", label: "Visitas técnicas" }, { label: `Visita del ${formatDate(visit.visitOn)}` }]} />
        <PageHeading title={`Visita técnica a ${municipalityName} del ${formatDate(visit.visitOn)}`}>Visita técnica a {municipalityName}</PageHeading>
        <p className="mt-1 text-muted">
          {formatDate(visit.visitOn)} · <AppLink href={`/municipalidades/${visit.municipalityCode}`}>página de la municipalidad</AppLink>
        </p>
      </div>
      <section aria-labelledby="detalle" className="grid gap-4 rounded-2xl bg-white p-6 shadow-sm md:grid-cols-2">
        <h2 id="detalle" className="sr-only">
          Detalle de la visita
        </h2>
        <div>
          <h3 className="font-bold">Participantes</h3>
          <p className="whitespace-pre-line break-words">{visit.participants}</p>
        </div>
        <div>
          <h3 className="font-bold">Temas</h3>
          <p className="whitespace-pre-line break-words">{visit.topics}</p>
        </div>
        {visit.notes && (
          <div className="md:col-span-2">
            <h3 className="font-bold">Observaciones</h3>
            <p className="whitespace-pre-line break-words">{visit.notes}</p>
          </div>
        )}
      </section>
      <section aria-labelledby="acuerdos" className="rounded-2xl bg-white p-6 shadow-sm">
        <h2 id="acuerdos" className="text-xl font-bold">
          Acuerdos
        </h2>
        {visit.agreements.length === 0 ? (
          <p className="mt-2 text-muted">Esta visita aún no tiene acuerdos.</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100">
            {visit.agreements.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div>
                  <p className="whitespace-pre-line break-words">{a.description}</p>
                  <p className="text-sm text-muted">
                    Plazo {formatDate(a.dueOn)}
                    {a.doneAt && ` · Cumplido el ${formatDateTime(a.doneAt)} (${a.doneByName})`}
                  </p>
                </div>
                {!a.doneAt && canComplete && <CompleteAgreementButton agreementId={a.id} />}
              </li>
            ))}
          </ul>
        )}
        {hasPermission(viewer.role, "visits.manage") && (
          <details className="mt-4 rounded-lg bg-slate-50 p-3">
            <summary className="cursor-pointer font-medium text-sermig-blue-dark">Agregar un acuerdo</summary>
            <ActionForm action={addAgreementAction} className="mt-3 space-y-3" successMessage="Acuerdo agregado.">
              <input type="hidden" name="visitId" value={visit.id} />
              <TextArea name="description" label="Acuerdo" />
              <TextField name="dueOn" label="Plazo" type="date" />
              <SubmitButton>Agregar acuerdo</SubmitButton>
            </ActionForm>
          </details>
        )}
      </section>
    </div>
  );
}
