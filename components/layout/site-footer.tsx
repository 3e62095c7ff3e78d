import { AppLink } from "@/components/ui/app-link";

export function SiteFooter() {
  return (
    <footer className="mt-12 bg-sermig-blue-dark text-white print:hidden [&_:focus-visible]:outline-white">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm sm:grid-cols-2 sm:px-6">
        <div>
          <p className="font-bold">Sello Migrante</p>
          <p className="mt-1 text-white/85">
            Programa del Departamento de Inclusión del Servicio Nacional de Migraciones (SERMIG), Gobierno de Chile.
          </p>
        </div>
        <div className="sm:text-right">
          <p>
            <AppLink href="/contactos" className="font-medium text-white">
              Oficinas regionales de SERMIG
            </AppLink>
          </p>
          <p className="text-white/85">Datos territoriales: códigos únicos territoriales (CUT) oficiales.</p>
          <p className="text-white/85">Estadísticas: INE y SERMIG, con su fuente y año en cada cifra.</p>
          <p className="mt-2">
            <AppLink href="/privacidad" className="text-white underline">
              Privacidad y datos personales
            </AppLink>
          </p>
        </div>
      </div>
    </footer>
  );
}
