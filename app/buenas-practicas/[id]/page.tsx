import { notFound } from "next/navigation";
import { PracticeForm } from "@/components/practices/practice-form";
import { ReviewForm } from "@/components/practices/review-form";
import { PracticeStatusBadge } from "@/components/practices/status-badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { NotFoundError } from "@/lib/errors";
import { formatDate, formatNumber } from "@/lib/format";
import { getPractice } from "@/lib/practices/service";
import { COMMITMENT_LINES } from "@/lib/programme/commitment-lines";
import { recordId } from "@/lib/query/fields";
import { parsePathParam } from "@/lib/query/parse";

type Props = { params: Promise<{ id: string }> };

export default async function PracticePage({ params }: Props) {
  const { id } = await params;
  const viewer = await requirePagePermission("practices.read", `/buenas-practicas/${id}`);
  if (!parsePathParam(recordId, id)) notFound();
  const { practice, municipalityName, regionName, canReview, canEdit } = await getPractice(viewer, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const line = COMMITMENT_LINES.findIndex((l) => l.code === practice.line);
  return (
    <div className="space-y-6">
      <div>
        <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/buenas-practicas", label: "Buenas prácticas" }, { label: practice.title }]} />
        <PageHeading title={`Buena práctica: ${practice.title}`} className="text-3xl font-bold break-words text-sermig-blue-dark">
          {practice.title}
        </PageHeading>
        <p className="mt-1 flex flex-wrap items-center gap-3 text-muted">
          <span>
            Municipalidad de {municipalityName} · {regionName} · Línea {line + 1}, {COMMITMENT_LINES[line].title}
          </span>
          <PracticeStatusBadge status={practice.status} />
        </p>
      </div>
      {practice.reviewComment && practice.status !== "PUBLISHED" && (
        <p role="note" className="rounded-lg border border-amber-600 bg-amber-50 px-4 py-3 whitespace-pre-line">
          <span className="font-medium">Comentario de SERMIG:</span> {practice.reviewComment}
        </p>
      )}
      <article className="space-y-4 rounded-2xl bg-white p-6 shadow-sm">
        <section aria-labelledby="descripcion">
          <h2 id="descripcion" className="text-xl font-bold">
            Descripción
          </h2>
          <p className="mt-2 whitespace-pre-line break-words">{practice.description}</p>
        </section>
        <section aria-labelledby="resultados">
          <h2 id="resultados" className="text-xl font-bold">
            Resultados
          </h2>
          <p className="mt-2 whitespace-pre-line break-words">{practice.results}</p>
        </section>
        <section aria-labelledby="contacto">
          <h2 id="contacto" className="text-xl font-bold">
            Contacto
          </h2>
          <p className="mt-2 whitespace-pre-line break-words">{practice.contact}</p>
        </section>
        {practice.files.length > 0 && (
          <section aria-labelledby="archivos">
            <h2 id="archivos" className="text-xl font-bold">
              Archivos
            </h2>
            <ul className="mt-2 list-disc pl-6">
              {practice.files.map(({ file }) => (
                <li key={file.id}>
                  <a href={`/archivos/${file.id}`}>{file.originalName}</a> <span className="text-sm text-muted">({formatNumber(Math.ceil(file.size / 1024))} KB)</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {practice.publishedAt && <p className="text-sm text-muted">Publicada el {formatDate(practice.publishedAt)}.</p>}
      </article>
      {canReview && (
        <section aria-labelledby="revision" className="rounded-2xl bg-white p-6 shadow-sm">
          <h2 id="revision" className="mb-3 text-xl font-bold">
            Revisión de SERMIG
          </h2>
          <ReviewForm id={practice.id} version={practice.version} />
        </section>
      )}
      {canEdit && (
        <section aria-labelledby="corregir">
          <h2 id="corregir" className="mb-3 text-xl font-bold">
            Corregir y volver a enviar
          </h2>
          <PracticeForm practice={practice} />
        </section>
      )}
    </div>
  );
}
