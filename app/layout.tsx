import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { roboto } from "./fonts";
import "./globals.css";

// No title here or in any page's metadata: Next streams metadata apart from the page, so each page
// renders its own <title> with its heading (components/ui/page-heading.tsx). A metadata title would
// also be mounted after that one and take its place.
export const metadata: Metadata = {
  description: "Portal del programa Sello Migrante de SERMIG: municipalidades comprometidas con la inclusión de la población migrante y refugiada.",
};

export const viewport: Viewport = { themeColor: "#0f69c4", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="es-CL" className={roboto.variable}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a
          href="#contenido"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          Saltar al contenido
        </a>
        <SiteHeader />
        <main id="contenido" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
