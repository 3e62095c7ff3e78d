import { AppLink } from "@/components/ui/app-link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NotificationsLink } from "@/components/notifications/notifications-link";
import { hasPermission, type Permission } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { ADMIN_SECTIONS, CHANNEL_SECTIONS, sectionsFor } from "./sections";
import { pendingCount, pendingFor } from "@/lib/home/pending";
import { unreadCounts } from "@/lib/notifications/unread";

type NavLink = { href: string; label: string };
type NavItem = { href: string | ((viewer: Viewer) => string); label: string; visible?: (viewer: Viewer) => boolean };

const can = (permission: Permission) => (viewer: Viewer) => hasPermission(viewer.role, permission);
const officer = (viewer: Viewer) => viewer.role === "MUNICIPAL_OFFICER";

const PUBLIC_NAV: NavLink[] = [
  { href: "/", label: "Inicio" },
  { href: "/comunas", label: "Comunas" },
  { href: "/contactos", label: "Contactos" },
];

// Eight items at most: the sections of the channel and of administration live on their hub pages.
const SIGNED_IN_NAV: NavItem[] = [
  { href: "/inicio", label: "Mi inicio" },
  // Straight to the page rather than through /mi-municipalidad: followed client-side, that redirect
  // shows an empty page without a title (nor a heading) between its two requests.
  { href: (viewer) => `/municipalidades/${viewer.municipalityCode}`, label: "Mi municipalidad", visible: officer },
  { href: "/casos", label: "Casos", visible: officer },
  { href: "/casos/bandeja", label: "Casos", visible: can("cases.triage") },
  { href: "/municipalidades", label: "Municipalidades", visible: can("municipality.list") },
  { href: "/tablero", label: "Tablero", visible: can("coverage.read") },
  { href: "/boletines", label: "Boletines", visible: can("bulletins.read") },
  { href: "/canal", label: "Canal SERMIG", visible: (viewer) => sectionsFor(viewer, CHANNEL_SECTIONS).length > 1 },
  { href: "/comunas", label: "Comunas" },
  { href: "/admin", label: "Administración", visible: (viewer) => sectionsFor(viewer, ADMIN_SECTIONS).length > 0 },
];

const navLink = "block rounded px-3 py-2 font-medium text-sermig-blue-dark no-underline hover:bg-sermig-blue-light";

export async function SiteHeader() {
  const viewer = await getViewer();
  // The pending list is the home's own (cached per request), so the badge counts exactly what /inicio lists.
  const [counts, pending] = viewer ? await Promise.all([unreadCounts(viewer), pendingFor(viewer)]) : [null, null];
  const badges: Record<string, { count: number; label: string }> = {
    "/inicio": { count: pending ? pendingCount(pending) : 0, label: " pendientes" },
    "/boletines": { count: 0, label: " sin leer" },
  };
  const unread = viewer && counts && hasPermission(viewer.role, "notifications.manage") ? counts.notifications : null;
  badges["/boletines"].count = viewer && counts && hasPermission(viewer.role, "bulletins.read") ? counts.bulletins : 0;
  const items: NavLink[] = viewer
    ? SIGNED_IN_NAV.filter((item) => !item.visible || item.visible(viewer)).map(({ href, label }) => ({ href: typeof href === "string" ? href : href(viewer), label }))
    : PUBLIC_NAV;
  return (
    <header className="bg-white shadow-sm print:hidden">
      {/* The blue and red band of Chile's government sites. */}
      <div className="flex h-1.5" aria-hidden="true">
        <span className="w-1/3 bg-sermig-blue" />
        <span className="w-2/3 bg-sermig-red" />
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <AppLink href={viewer ? "/inicio" : "/"} className="flex items-center gap-3 no-underline">
          <span aria-hidden="true" className="grid h-11 w-11 place-items-center rounded-full bg-sermig-blue text-lg font-bold text-white">
            SM
          </span>
          <span className="leading-tight">
            <span className="block text-xl font-bold text-sermig-blue-dark">Sello Migrante</span>
            <span className="block text-sm text-muted">Servicio Nacional de Migraciones</span>
          </span>
        </AppLink>
        {viewer ? (
          <div className="flex items-center gap-3">
            {unread !== null && <NotificationsLink unread={unread} />}
            <span className="text-right text-sm leading-tight">
              <span className="block font-medium">{viewer.name}</span>
              <span className="block text-muted">{ROLE_LABELS[viewer.role]}</span>
            </span>
            <SignOutButton />
          </div>
        ) : (
          <AppLink href="/ingresar" className="rounded-lg bg-sermig-blue px-4 py-2 font-medium text-white no-underline hover:bg-sermig-blue-dark">
            Ingresar
          </AppLink>
        )}
      </div>
      <nav aria-label="Principal" className="border-t border-slate-200">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-2 py-1 sm:px-4">
          {items.map((item) => (
            <li key={item.href}>
              <AppLink href={item.href} className={navLink}>
                {item.label}
                {badges[item.href]?.count > 0 && (
                  <span data-testid={`badge-${item.href.slice(1)}`} className="ml-1 rounded-full bg-sermig-red-dark px-2 py-0.5 text-xs font-bold text-white">
                    {badges[item.href].count}
                    <span className="sr-only">{badges[item.href].label}</span>
                  </span>
                )}
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
