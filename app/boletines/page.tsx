import { AppLink } from "@/components/ui/app-link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { bulletinListSchema } from "@/lib/bulletins/schemas";
import { listBulletins } from "@/lib/bulletins/service";
import { formatDate, formatNumber } from "@/lib/format";
import { parseQuery } from "@/lib/query/parse";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BulletinInboxPage({ searchParams }: Props) {
  const viewer = await requirePagePermission("bulletins.read", "/boletines");
  const { page } = parseQuery(bulletinListSchema, await searchParams).values;
  const result = await listBulletins(viewer, page);
  const canPublish = hasPermission(viewer.role, "bulletins.publish");

  return (
    <div>
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { label: "Boletines" }]} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <PageHeading title="Boletines">Boletín informativo</PageHeading>
          <p className="mt-1 text-muted">
            {viewer.role === "MUNICIPAL_OFFICER"
              ? "Novedades de SERMIG para las municipalidades adheridas al Sello Migrante."
              : viewer.role === "REGIONAL_COORDINATOR"
                ? "Los boletines nacionales y los de su región. Usted publica para las municipalidades adheridas de su región."
                : "Todos los boletines publicados."}
          </p>
        </div>
        {canPublish && (
          <AppLink href="/boletines/nuevo" className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white no-underline hover:bg-sermig-blue-dark">
            Publicar boletín
          </AppLink>
        )}
      </div>
      <p role="status" className="mt-6 text-muted">
        {result.total === 1 ? "1 boletín" : `${formatNumber(result.total)} boletines`}
        {result.unread > 0 && ` · ${result.unread === 1 ? "1 sin leer" : `${formatNumber(result.unread)} sin leer`}`}
      </p>
      {result.total === 0 ? (
        <div className="mt-3 rounded-xl bg-white p-6 text-center shadow-sm">
          <p className="font-medium">Aún no hay boletines.</p>
          {viewer.role === "MUNICIPAL_OFFICER" && <p className="text-muted">Los boletines llegan a las municipalidades adheridas al programa.</p>}
        </div>
      ) : (
        <ol aria-label="Boletines, del más reciente al más antiguo" className="mt-3 divide-y divide-slate-200 overflow-hidden rounded-xl bg-white shadow-sm">
          {result.items.map((item) => (
            <li key={item.id} className={`px-5 py-4 ${item.read ? "" : "border-l-4 border-sermig-blue bg-sermig-blue-light"}`}>
              {!item.read && <span className="mb-1 inline-block rounded-full bg-sermig-blue-dark px-2 py-0.5 text-xs font-bold text-white">Sin leer</span>}
              <p className={item.read ? "" : "font-bold"}>
                <AppLink href={`/boletines/${item.id}`}>{item.title}</AppLink>
              </p>
              <p className="text-sm text-muted">
                <time dateTime={item.publishedAt.toISOString()}>{formatDate(item.publishedAt)}</time> · {item.authorName} ·{" "}
                {item.audience === "NATIONAL" ? "Nacional" : "Regional"}
                {item.attachments > 0 && ` · ${item.attachments === 1 ? "1 adjunto" : `${item.attachments} adjuntos`}`}
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(n) => (n > 1 ? `/boletines?page=${n}` : "/boletines")} />
    </div>
  );
}
