import Link from "next/link";

const NAV = [
  { href: "/", label: "Inicio" },
  { href: "/comunas", label: "Comunas" },
];

export function SiteHeader() {
  return (
    <header className="bg-white shadow-sm">
      {/* The blue and red band of Chile's government sites. */}
      <div className="flex h-1.5" aria-hidden="true">
        <span className="w-1/3 bg-sermig-blue" />
        <span className="w-2/3 bg-sermig-red" />
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <Link href="/" className="flex items-center gap-3 no-underline">
          <span aria-hidden="true" className="grid h-11 w-11 place-items-center rounded-full bg-sermig-blue text-lg font-bold text-white">
            SM
          </span>
          <span className="leading-tight">
            <span className="block text-xl font-bold text-sermig-blue-dark">Sello Migrante</span>
            <span className="block text-sm text-muted">Servicio Nacional de Migraciones</span>
          </span>
        </Link>
        <nav aria-label="Principal">
          <ul className="flex gap-1">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="rounded px-3 py-2 font-medium text-sermig-blue-dark no-underline hover:bg-sermig-blue-light">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
