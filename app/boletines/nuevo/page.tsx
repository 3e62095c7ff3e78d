import { randomUUID } from "node:crypto";
import { BulletinForm } from "@/components/bulletins/bulletin-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { db } from "@/lib/db";
import { listRegions } from "@/lib/territory/service";

export default async function NewBulletinPage() {
  const viewer = await requirePagePermission("bulletins.publish", "/boletines/nuevo");
  const admin = viewer.role === "NATIONAL_ADMIN";
  const [regions, ownRegion] = await Promise.all([
    admin ? listRegions() : Promise.resolve(null),
    viewer.regionCode ? db.region.findUnique({ where: { code: viewer.regionCode }, select: { code: true, name: true } }) : Promise.resolve(null),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/boletines", label: "Boletines" }, { label: "Publicar" }]} />
        <PageHeading title="Publicar boletín">Publicar un boletín</PageHeading>
        <p className="mt-1 max-w-3xl text-muted">
          Las encargadas y encargados municipales lo verán en su bandeja de boletines y recibirán un aviso por correo con el título y el enlace, sin el contenido.
        </p>
      </div>
      <BulletinForm idempotencyKey={randomUUID()} regions={regions?.map((r) => ({ code: r.code, name: r.name })) ?? null} ownRegion={ownRegion} />
    </div>
  );
}
