import { notFound } from "next/navigation";
import { ImportForm } from "@/components/statistics/import-form";
import { ImportHistory } from "@/components/statistics/import-history";
import { ImportPreview } from "@/components/statistics/import-preview";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { NotFoundError } from "@/lib/errors";
import { parseQuery } from "@/lib/query/parse";
import { getImportPreview, listImports } from "@/lib/statistics/import";
import { importPageSchema } from "@/lib/statistics/schemas";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ImportStatisticsPage({ searchParams }: Props) {
  await requirePagePermission("statistics.import", "/admin/estadisticas/importar");
  const id = parseQuery(importPageSchema, await searchParams).values.carga;
  const preview = id
    ? await getImportPreview(id).catch((error: unknown) => {
        if (error instanceof NotFoundError) notFound();
        throw error;
      })
    : null;

  const stage = !preview ? null : preview.record.status === "IMPORTED" ? "Importación realizada" : "Vista previa de la importación";

  return (
    <div className="space-y-6">
      <div>
        <Breadcrumbs
          items={[
            { href: "/inicio", label: "Mi inicio" },
            ...(stage ? [{ href: "/admin/estadisticas/importar", label: "Importar estadísticas" }, { label: stage }] : [{ label: "Importar estadísticas" }]),
          ]}
        />
        <PageHeading title={stage ? `Estadísticas comunales: ${stage.toLowerCase()}` : "Importar estadísticas"}>{stage ?? "Importar estadísticas comunales"}</PageHeading>
      </div>

      {preview ? (
        <ImportPreview data={preview} />
      ) : (
        <>
          <div className="max-w-3xl space-y-2">
            <p>
              Cargue un archivo de datos abiertos de SERMIG o del INE con una fila por comuna: una columna con el nombre de la comuna y otra con la cifra.
              El portal reconoce los nombres con o sin tildes y las grafías alternativas conocidas (por ejemplo «Aisén» o «Til Til»).
            </p>
            <p>
              Las cifras se leen en formato chileno («1.234»). Una celda vacía o con «-» se guarda como «no publicado», nunca como cero. Primero verá una
              vista previa; <strong>si alguna fila no corresponde a una comuna o su cifra no se puede leer, no se importa nada</strong> y deberá corregir el
              archivo.
            </p>
          </div>
          <ImportForm />
          <section aria-labelledby="cargas">
            <h2 id="cargas" className="text-xl font-bold">
              Cargas recientes
            </h2>
            <ImportHistory imports={await listImports()} />
          </section>
        </>
      )}
    </div>
  );
}
