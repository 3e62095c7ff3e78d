import { AppLink } from "@/components/ui/app-link";
import { MarkAllReadForm } from "@/components/notifications/mark-all-read-form";
import { MarkReadForm } from "@/components/notifications/mark-read-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Pagination } from "@/components/ui/pagination";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { formatDateTime, formatNumber } from "@/lib/format";
import { notificationListSchema } from "@/lib/notifications/schemas";
import { listNotifications } from "@/lib/notifications/service";
import { parseQuery } from "@/lib/query/parse";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NotificationsPage({ searchParams }: Props) {
  const viewer = await requirePagePermission("notifications.manage", "/notificaciones");
  const { page } = parseQuery(notificationListSchema, await searchParams).values;
  const result = await listNotifications(viewer, page);

  return (
    <div>
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { label: "Notificaciones" }]} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <PageHeading title="Notificaciones" />
          <p role="status" className="mt-1 text-muted">
            {result.unread === 0 ? "No tiene notificaciones sin leer." : result.unread === 1 ? "Tiene 1 notificación sin leer." : `Tiene ${formatNumber(result.unread)} notificaciones sin leer.`}
          </p>
        </div>
        <AppLink href="/preferencias">Preferencias de correo</AppLink>
      </div>

      {result.total === 0 ? (
        <div className="mt-6 rounded-xl bg-white p-6 text-center shadow-sm">
          <p className="font-medium">Aún no tiene notificaciones.</p>
          <p className="mt-1 text-muted">Aquí aparecerán los avisos sobre sus casos, como respuestas, asignaciones y plazos por vencer.</p>
        </div>
      ) : (
        <>
          <div className="mt-6">
            <MarkAllReadForm unread={result.unread} />
          </div>
          <ol aria-label="Notificaciones, de la más reciente a la más antigua" className="mt-4 divide-y divide-slate-200 overflow-hidden rounded-xl bg-white shadow-sm">
            {result.items.map((item) => (
              <li key={item.id} className={`flex flex-wrap items-center justify-between gap-3 px-5 py-4 ${item.read ? "" : "border-l-4 border-sermig-blue bg-sermig-blue-light"}`}>
                <div className="min-w-0">
                  {!item.read && <span className="mb-1 inline-block rounded-full bg-sermig-blue-dark px-2 py-0.5 text-xs font-bold text-white">Sin leer</span>}
                  <p className={item.read ? "" : "font-bold"}>{item.caseId ? <AppLink href={`/casos/${item.caseId}`}>{item.title}</AppLink> : item.kind === "BULLETIN_PUBLISHED" ? <AppLink href="/boletines">{item.title}</AppLink> : item.title}</p>
                  <p className="text-sm text-muted">
                    <time dateTime={item.createdAt.toISOString()}>{formatDateTime(item.createdAt)}</time>
                  </p>
                </div>
                {!item.read && <MarkReadForm id={item.id} title={item.title} />}
              </li>
            ))}
          </ol>
          <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(n) => (n > 1 ? `/notificaciones?page=${n}` : "/notificaciones")} />
        </>
      )}
    </div>
  );
}
