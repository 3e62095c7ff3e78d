"use client";

import { AppLink } from "@/components/ui/app-link";

// Replaces the root layout when it fails, so it brings its own <html> and plain styles.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="es-CL">
      <head>
        <title>Algo salió mal · Sello Migrante</title>
      </head>
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem 1rem", textAlign: "center", color: "#1f2933" }}>
        <h1 style={{ color: "#0a4a8a" }}>Sello Migrante: algo salió mal</h1>
        <p>El portal no pudo mostrar esta página. Intente de nuevo en unos momentos.</p>
        {error.digest && <p>Código de referencia: {error.digest}</p>}
        <p>
          <AppLink href="/">Ir al inicio</AppLink>
        </p>
      </body>
    </html>
  );
}
