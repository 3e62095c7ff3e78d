import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { CaseForm } from "@/components/cases/case-form";
import { DuplicateWarning } from "@/components/cases/duplicate-warning";
import { fileSize } from "@/components/cases/file-size";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { caseFormOptions, getDraftForm } from "@/lib/cases/queries";
import { draftNoticeSchema, MAX_PARTICIPANTS } from "@/lib/cases/schemas";
import { NotFoundError } from "@/lib/errors";
import { recordId } from "@/lib/query/fields";
import { parsePathParam, parseQuery } from "@/lib/query/parse";
import { formatDateTime } from "@/lib/format";
import { territoryNames } from "@/lib/territory/names";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditDraftPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requirePagePermission("cases.file", `/casos/${id}/editar`);
  if (!parsePathParam(recordId, id)) notFound();
  const draft = await getDraftForm(viewer, clientIpFrom(await headers()), id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (!draft) redirect(`/casos/${id}`);
  const query = parseQuery(draftNoticeSchema, await searchParams).values;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/casos", label: "Casos" }, { label: "Borrador" }]} />
        <PageHeading title={`Borrador de caso del ${formatDateTime(draft.createdAt).slice(0, 10)}`}>Borrador de caso</PageHeading>
        <p className="mt-2 text-muted">Iniciado el {formatDateTime(draft.createdAt).slice(0, 10)}. Solo lo ve su municipalidad hasta que lo ingrese a SERMIG.</p>
      </div>
      {query.guardado && (
        <p role="status" className="rounded-lg border border-green-700 bg-green-50 px-4 py-3 text-green-900">
          Borrador guardado.
        </p>
      )}
      {query.revisar && draft.duplicates.length > 0 && (
        <p role="status" className="rounded-lg border border-amber-600 bg-amber-50 px-4 py-3 text-amber-950">
          Guardamos el caso como borrador antes de ingresarlo: revise el aviso de abajo.
        </p>
      )}
      <DuplicateWarning duplicates={draft.duplicates} />
      {draft.attachments.length > 0 && (
        <section aria-labelledby="archivos" className="rounded-2xl bg-white p-4 shadow-sm sm:p-6">
          <h2 id="archivos" className="text-xl font-bold">
            Archivos adjuntos
          </h2>
          <ul className="mt-2 space-y-1">
            {draft.attachments.map((file) => (
              <li key={file.id}>
                <a href={`/archivos/${file.id}`} className="break-all">
                  {file.originalName}
                </a>{" "}
                <span className="text-sm text-muted">({fileSize(file.size)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {/* Keyed by version: after each save the form starts from what was saved, with an empty file field. */}
      <CaseForm
        key={draft.version}
        mode={{ kind: "edit", id: draft.id, version: draft.version }}
        initial={draft.values}
        options={caseFormOptions()}
        acknowledgedFolios={draft.duplicates.map((d) => d.folio)}
        maxParticipants={MAX_PARTICIPANTS}
        regionName={(await territoryNames()).regionName(viewer.regionCode!)}
        attachmentCount={draft.attachments.length}
        autosave={draft.ownedByViewer}
      />
    </div>
  );
}
