import { AppLink } from "@/components/ui/app-link";
import { MaterialForm } from "@/components/materials/material-form";
import { MaterialLinks, MaterialPreview } from "@/components/materials/material-preview";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FilterSelect } from "@/components/ui/filter-fields";
import { Pagination } from "@/components/ui/pagination";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { formatNumber } from "@/lib/format";
import { CATEGORY_LABELS, LANGUAGE_LABELS } from "@/lib/materials/labels";
import { materialFilterSchema } from "@/lib/materials/schemas";
import { listMaterials } from "@/lib/materials/service";
import { parseQuery } from "@/lib/query/parse";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MaterialsPage({ searchParams }: Props) {
  const viewer = await requirePagePermission("materials.read", "/materiales");
  const filter = parseQuery(materialFilterSchema, await searchParams).values;
  const result = await listMaterials(viewer, filter);
  const canManage = hasPermission(viewer.role, "materials.manage");
  const hrefFor = (page: number) => {
    const query = new URLSearchParams();
    if (filter.categoria) query.set("categoria", filter.categoria);
    if (filter.idioma) query.set("idioma", filter.idioma);
    if (page > 1) query.set("page", String(page));
    return `/materiales?${query}`;
  };

  return (
    <div>
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { label: "Material de difusión" }]} />
      <PageHeading title="Material de difusión">Material gráfico para la difusión</PageHeading>
      <p className="mt-1 max-w-3xl text-muted">Afiches, folletos y guías de SERMIG para informar a la comunidad migrante, en varios idiomas. Descárguelos e imprímalos libremente.</p>
      {filter.eliminado && (
        <p role="status" className="mt-4 rounded-lg border border-green-700 bg-green-50 px-4 py-3 text-green-900">
          El material fue eliminado de la biblioteca.
        </p>
      )}

      <form method="get" role="search" className="mt-6 grid gap-4 rounded-xl bg-white p-5 shadow-sm sm:grid-cols-3 sm:items-end">
        <FilterSelect name="categoria" label="Categoría" allLabel="Todas" defaultValue={filter.categoria} options={Object.entries(CATEGORY_LABELS).map(([value, label]) => ({ value, label }))} />
        <FilterSelect name="idioma" label="Idioma" allLabel="Todos" defaultValue={filter.idioma} options={Object.entries(LANGUAGE_LABELS).map(([value, label]) => ({ value, label }))} />
        <div className="flex gap-3">
          <button type="submit" className="rounded-lg bg-sermig-blue px-5 py-2 font-medium text-white hover:bg-sermig-blue-dark">
            Filtrar
          </button>
          {(filter.categoria || filter.idioma) && (
            <AppLink href="/materiales" className="self-center">
              Quitar filtros
            </AppLink>
          )}
        </div>
      </form>

      <p role="status" className="mt-6 text-muted">
        {result.total === 1 ? "1 material" : `${formatNumber(result.total)} materiales`}
      </p>
      {result.total === 0 ? (
        <div className="mt-3 rounded-xl bg-white p-6 text-center shadow-sm">
          <p className="font-medium">{filter.categoria || filter.idioma ? "No hay materiales con esos filtros." : "La biblioteca aún no tiene materiales."}</p>
          {(filter.categoria || filter.idioma) && <AppLink href="/materiales">Quitar los filtros</AppLink>}
        </div>
      ) : (
        <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {result.items.map((material) => (
            <li key={material.id} className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
              <MaterialPreview file={material.file} title={material.title} />
              <div className="flex-1">
                <h2 className="font-bold">
                  {canManage ? <AppLink href={`/materiales/${material.id}`}>{material.title}</AppLink> : material.title}
                </h2>
                <p className="text-sm text-muted">
                  {CATEGORY_LABELS[material.category]} · {LANGUAGE_LABELS[material.language as keyof typeof LANGUAGE_LABELS] ?? material.language}
                </p>
                {material.description && <p className="mt-1 text-sm">{material.description}</p>}
              </div>
              <MaterialLinks file={material.file} title={material.title} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />

      {canManage && (
        <section aria-labelledby="subir" className="mt-10 rounded-2xl bg-white p-6 shadow-sm">
          <h2 id="subir" className="text-xl font-bold">
            Subir material
          </h2>
          <p className="mb-4 text-sm text-muted">Lo verán y podrán descargarlo todas las personas que ingresan al portal.</p>
          <MaterialForm />
        </section>
      )}
    </div>
  );
}
