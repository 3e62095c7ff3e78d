import { AppLink } from "@/components/ui/app-link";
import { notFound } from "next/navigation";
import { RectificationForm } from "@/components/privacy/rectification-form";
import { RevisionHistory } from "@/components/privacy/revision-history";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { STATUS_LABELS } from "@/lib/cases/catalogue";
import { caseFormOptions } from "@/lib/cases/queries";
import { NotFoundError } from "@/lib/errors";
import { getParticipantRecord } from "@/lib/privacy/rectification";
import { recordId } from "@/lib/query/fields";
import { parsePathParam } from "@/lib/query/parse";

type Props = { params: Promise<{ id: string }> };

export default async function ParticipantRectificationPage({ params }: Props) {
  const { id } = await params;
  const viewer = await requirePagePermission("privacy.manage", `/admin/privacidad/personas/${id}`);
  if (!parsePathParam(recordId, id)) notFound();
  const record = await getParticipantRecord(viewer, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const options = caseFormOptions();
  return (
    <div className="space-y-6">
      <div>
        <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/admin/privacidad", label: "Privacidad" }, { label: "Rectificar datos" }]} />
        <PageHeading title={record.case.folio ? `Rectificar datos de una persona del caso ${record.case.folio}` : "Rectificar datos de una persona de un borrador"}>
          Rectificar datos de una persona
        </PageHeading>
        <p className="mt-2 text-muted">
          Persona del caso{" "}
          {record.case.folio ? <AppLink href={`/casos/${record.case.id}`}>{record.case.folio}</AppLink> : "en borrador"} ({record.case.municipality.name}, {STATUS_LABELS[record.case.status]}).
          Corrija solo lo que la persona pidió rectificar y anote el motivo.
        </p>
      </div>
      {record.case.anonymisedAt ? (
        <p className="rounded-lg border border-slate-300 bg-white px-4 py-3">Este caso fue anonimizado: ya no tiene datos personales que rectificar.</p>
      ) : (
        <section aria-labelledby="rectify" className="rounded-xl bg-white p-5 shadow-sm">
          <h2 id="rectify" className="mb-3 text-xl font-bold">Datos actuales</h2>
          <RectificationForm
            id={record.id}
            version={record.version}
            options={{ documentTypes: options.documentTypes, sexGender: options.sexGender, relations: options.relations, countries: options.countries }}
            initial={{
              fullName: record.fullName,
              documentType: record.documentType,
              documentNumber: record.documentNumber ?? "",
              nationality: record.nationality ?? "",
              birthDate: record.birthDate ? record.birthDate.toISOString().slice(0, 10) : "",
              sexGender: record.sexGender ?? "",
              contact: record.contact ?? "",
              relation: record.relation,
            }}
          />
        </section>
      )}
      <section aria-labelledby="history" className="rounded-xl bg-white p-5 shadow-sm">
        <h2 id="history" className="mb-3 text-xl font-bold">Historial de rectificaciones</h2>
        <RevisionHistory revisions={record.revisions} />
      </section>
    </div>
  );
}
