import { notFound } from "next/navigation";
import { DeleteMaterialForm } from "@/components/materials/delete-material-form";
import { MaterialForm } from "@/components/materials/material-form";
import { MaterialLinks, MaterialPreview } from "@/components/materials/material-preview";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { NotFoundError } from "@/lib/errors";
import { getMaterial } from "@/lib/materials/service";
import { recordId } from "@/lib/query/fields";
import { parsePathParam } from "@/lib/query/parse";

type Props = { params: Promise<{ id: string }> };

export default async function MaterialPage({ params }: Props) {
  const { id } = await params;
  const viewer = await requirePagePermission("materials.manage", `/materiales/${id}`);
  if (!parsePathParam(recordId, id)) notFound();
  const material = await getMaterial(viewer, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <div className="space-y-6">
      <div>
        <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/materiales", label: "Material de difusión" }, { label: material.title }]} />
        <PageHeading title={`Editar material: ${material.title}`}>{material.title}</PageHeading>
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="datos" className="rounded-2xl bg-white p-6 shadow-sm">
          <h2 id="datos" className="mb-4 text-xl font-bold">
            Datos del material
          </h2>
          <MaterialForm key={material.version} material={material} />
        </section>
        <aside className="space-y-3 rounded-2xl bg-white p-6 shadow-sm">
          <MaterialPreview file={material.file} title={material.title} />
          <MaterialLinks file={material.file} title={material.title} />
          <DeleteMaterialForm id={material.id} version={material.version} title={material.title} />
        </aside>
      </div>
    </div>
  );
}
