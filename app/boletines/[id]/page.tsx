import { AppLink } from "@/components/ui/app-link";
import { notFound } from "next/navigation";
import { MarkUnreadForm } from "@/components/bulletins/mark-unread-form";
import { ReadCountsTable } from "@/components/bulletins/read-counts-table";
import { fileSize } from "@/components/cases/file-size";
import { RichText } from "@/components/content/rich-text";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { bulletinNoticeSchema } from "@/lib/bulletins/schemas";
import { canSeeReadCounts, openBulletin, readCounts } from "@/lib/bulletins/service";
import { NotFoundError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { recordId } from "@/lib/query/fields";
import { parsePathParam, parseQuery } from "@/lib/query/parse";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BulletinPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requirePagePermission("bulletins.read", `/boletines/${id}`);
  if (!parsePathParam(recordId, id)) notFound();
  const bulletin = await openBulletin(viewer, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const counts = canSeeReadCounts(viewer, bulletin) ? await readCounts(viewer, bulletin) : null;
  const justPublished = parseQuery(bulletinNoticeSchema, await searchParams).values.publicado;

  return (
    <div className="space-y-6">
      <div>
        <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/boletines", label: "Boletines" }, { label: bulletin.title }]} />
        {justPublished && (
          <p role="status" className="mb-4 rounded-lg border border-green-700 bg-green-50 px-4 py-3 text-green-900">
            El boletín quedó publicado y se avisó por correo a las encargadas y encargados municipales.
          </p>
        )}
        <PageHeading title={`Boletín: ${bulletin.title}`}>{bulletin.title}</PageHeading>
        <p className="mt-1 text-muted">
          <time dateTime={bulletin.publishedAt.toISOString()}>{formatDateTime(bulletin.publishedAt)}</time> · {bulletin.authorName} ·{" "}
          {bulletin.audience === "NATIONAL" ? "Todas las municipalidades adheridas" : `Municipalidades adheridas de ${bulletin.regionName}`}
        </p>
      </div>
      <article className="rounded-2xl bg-white p-6 shadow-sm">
        <RichText html={bulletin.bodyHtml} />
        {bulletin.attachments.length > 0 && (
          <section aria-labelledby="adjuntos" className="mt-6 border-t border-slate-200 pt-4">
            <h2 id="adjuntos" className="font-bold">
              Archivos adjuntos
            </h2>
            <ul className="mt-2 space-y-1">
              {bulletin.attachments.map((file) => (
                <li key={file.id}>
                  <a href={`/archivos/${file.id}`}>{file.originalName}</a> <span className="text-sm text-muted">({fileSize(file.size)})</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
      <div className="flex flex-wrap gap-3">
        <AppLink href="/boletines" className="rounded-lg bg-sermig-blue px-4 py-2 font-medium text-white no-underline hover:bg-sermig-blue-dark">
          Volver a los boletines
        </AppLink>
        <MarkUnreadForm id={bulletin.id} />
      </div>
      {counts && <ReadCountsTable counts={counts} />}
    </div>
  );
}
