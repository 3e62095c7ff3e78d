import { AppLink } from "@/components/ui/app-link";
import { formatNumber } from "@/lib/format";
import { UNREAD_SHOWN_UP_TO } from "@/lib/notifications/unread";

function unreadLabel(count: number): string {
  if (count > UNREAD_SHOWN_UP_TO) return `Más de ${UNREAD_SHOWN_UP_TO} notificaciones sin leer`;
  return count === 1 ? "1 notificación sin leer" : `${formatNumber(count)} notificaciones sin leer`;
}

/** The header's way into the notification centre, with the unread count (up to "99+") when there is one. */
export function NotificationsLink({ unread }: { unread: number }) {
  return (
    <AppLink
      href="/notificaciones"
      className="relative grid h-10 w-10 shrink-0 place-items-center rounded-full text-sermig-blue-dark no-underline hover:bg-sermig-blue-light"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 ? (
        <>
          <span aria-hidden="true" data-testid="unread-badge" className="absolute -right-1 -top-1 min-w-5 rounded-full bg-sermig-red-dark px-1.5 text-center text-xs font-bold leading-5 text-white">
            {unread > UNREAD_SHOWN_UP_TO ? `${UNREAD_SHOWN_UP_TO}+` : unread}
          </span>
          <span className="sr-only">{unreadLabel(unread)}</span>
        </>
      ) : (
        <span className="sr-only">Notificaciones</span>
      )}
    </AppLink>
  );
}
