import { AppLink } from "@/components/ui/app-link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NotificationsLink } from "@/components/notifications/notifications-link";
import { hasPermission, type Permission } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { buttonClass } from "@/components/ui/button-styles";
import { HeaderMenu } from "./header-menu";
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
  const brand = (
    <AppLink href={viewer ? "/inicio" : "/"} className="flex min-w-0 items-center gap-2 no-underline md:gap-3">
      <span aria-hidden="true" className="grid h-9 w-9 shrink-0 place-items-center rounded-full bg-sermig-blue font-bold text-white md:h-11 md:w-11 md:text-lg">
        SM
      </span>
      <span className="leading-tight">
        <span className="block font-bold text-sermig-blue-dark sm:text-lg md:text-xl">Sello Migrante</span>
        {/* On a phone the bar has room for one line; the institution is named in the footer too. */}
        <span className="hidden text-sm text-muted sm:block">Servicio Nacional de Migraciones</span>
      </span>
    </AppLink>
  );
  return (
    <header className="bg-white shadow-sm print:hidden">
      {/* The blue and red band of Chile's government sites. */}
      <div className="flex h-1.5" aria-hidden="true">
        <span className="w-1/3 bg-sermig-blue" />
        <span className="w-2/3 bg-sermig-red" />
      </div>
      <HeaderMenu
        brand={brand}
        actions={
          viewer ? (
            unread !== null && <NotificationsLink unread={unread} />
          ) : (
            <AppLink href="/ingresar" className={buttonClass("primary", "shrink-0 md:px-5 md:py-2", "compact")}>
              Ingresar
            </AppLink>
          )
        }
        account={
          viewer && (
            <>
              <span className="text-sm leading-tight md:text-right">
                <span className="block font-medium">{viewer.name}</span>
                <span className="block text-muted">{ROLE_LABELS[viewer.role]}</span>
              </span>
              <SignOutButton />
            </>
          )
        }
      >
        <ul className="mx-auto flex max-w-6xl flex-col gap-1 px-2 py-2 sm:px-4 md:flex-row md:flex-wrap md:py-1">
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
      </HeaderMenu>
    </header>
  );
}
