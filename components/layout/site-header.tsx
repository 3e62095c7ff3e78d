import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NotificationsLink } from "@/components/notifications/notifications-link";
import { hasPermission, type Permission } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { getViewer } from "@/lib/auth/viewer";
import { unreadBulletinCount } from "@/lib/bulletins/service";
import { unreadCount } from "@/lib/notifications/service";

type NavItem = { href: string; label: string; permission?: Permission; officerOnly?: boolean; staffOnly?: boolean };

const PUBLIC_NAV: NavItem[] = [
  { href: "/", label: "Inicio" },
  { href: "/comunas", label: "Comunas" },
  { href: "/contactos", label: "Contactos" },
];

const SIGNED_IN_NAV: NavItem[] = [
  { href: "/inicio", label: "Mi inicio" },
  { href: "/mi-municipalidad", label: "Mi municipalidad", officerOnly: true },
  { href: "/casos", label: "Casos", officerOnly: true },
  { href: "/casos/bandeja", label: "Casos", permission: "cases.triage" },
  { href: "/municipalidades", label: "Municipalidades", permission: "municipality.list" },
  { href: "/tablero", label: "Tablero", permission: "coverage.read" },
  { href: "/comunas", label: "Comunas" },
  { href: "/capacitaciones", label: "Capacitaciones", permission: "trainings.read" },
  { href: "/visitas", label: "Visitas", permission: "visits.read" },
  { href: "/buenas-practicas", label: "Buenas prácticas", permission: "practices.read" },
  { href: "/dispositivos", label: "Dispositivos", permission: "activities.read" },
  { href: "/boletines", label: "Boletines", permission: "bulletins.read" },
  { href: "/materiales", label: "Materiales", permission: "materials.read" },
  { href: "/admin/contactos", label: "Contactos", permission: "contacts.manage" },
  { href: "/admin/usuarios", label: "Usuarios", permission: "users.read" },
  { href: "/admin/auditoria", label: "Auditoría", permission: "audit.read" },
  { href: "/admin/estadisticas/importar", label: "Estadísticas", permission: "statistics.import" },
  { href: "/admin/privacidad", label: "Privacidad", permission: "privacy.manage" },
];

const navLink = "block rounded px-3 py-2 font-medium text-sermig-blue-dark no-underline hover:bg-sermig-blue-light";

export async function SiteHeader() {
  const viewer = await getViewer();
  const unread = viewer && hasPermission(viewer.role, "notifications.manage") ? await unreadCount(viewer.id) : null;
  const unreadBulletins = viewer && hasPermission(viewer.role, "bulletins.read") ? await unreadBulletinCount(viewer) : 0;
  const items = viewer
    ? SIGNED_IN_NAV.filter(
        (item) => (!item.permission || hasPermission(viewer.role, item.permission)) && (!item.officerOnly || viewer.role === "MUNICIPAL_OFFICER"),
      )
    : PUBLIC_NAV;
  return (
    <header className="bg-white shadow-sm print:hidden">
      {/* The blue and red band of Chile's government sites. */}
      <div className="flex h-1.5" aria-hidden="true">
        <span className="w-1/3 bg-sermig-blue" />
        <span className="w-2/3 bg-sermig-red" />
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <Link href={viewer ? "/inicio" : "/"} className="flex items-center gap-3 no-underline">
          <span aria-hidden="true" className="grid h-11 w-11 place-items-center rounded-full bg-sermig-blue text-lg font-bold text-white">
            SM
          </span>
          <span className="leading-tight">
            <span className="block text-xl font-bold text-sermig-blue-dark">Sello Migrante</span>
            <span className="block text-sm text-muted">Servicio Nacional de Migraciones</span>
          </span>
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <nav aria-label="Principal">
            <ul className="flex flex-wrap gap-1">
              {items.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className={navLink}>
                    {item.label}
                    {item.href === "/boletines" && unreadBulletins > 0 && (
                      <span className="ml-1 rounded-full bg-sermig-red-dark px-2 py-0.5 text-xs font-bold text-white">
                        {unreadBulletins}
                        <span className="sr-only"> sin leer</span>
                      </span>
                    )}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {viewer ? (
            <div className="flex items-center gap-3 border-l border-slate-200 pl-3">
              {unread !== null && <NotificationsLink unread={unread} />}
              <span className="text-right text-sm leading-tight">
                <span className="block font-medium">{viewer.name}</span>
                <span className="block text-muted">{ROLE_LABELS[viewer.role]}</span>
              </span>
              <SignOutButton />
            </div>
          ) : (
            <Link href="/ingresar" className="rounded-lg bg-sermig-blue px-4 py-2 font-medium text-white no-underline hover:bg-sermig-blue-dark">
              Ingresar
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
