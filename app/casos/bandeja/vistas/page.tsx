import { SavedViewManager } from "@/components/cases/saved-views/saved-view-manager";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { savedViewsFor } from "@/lib/cases/saved-views";

export default async function SavedViewsPage() {
  const viewer = await requirePagePermission("cases.savedViews", "/casos/bandeja/vistas");
  const { own, shared, defaultId } = await savedViewsFor(viewer);
  return (
    <div>
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/casos/bandeja", label: "Bandeja de casos" }, { label: "Vistas guardadas" }]} />
      <PageHeading title="Vistas guardadas" />
      <p className="mt-1 max-w-3xl text-muted">
        Sus combinaciones de filtros y orden de la bandeja, con nombre. Puede ordenarlas, compartirlas
        {viewer.role === "NATIONAL_ADMIN" ? " con todo SERMIG" : " con la coordinación de su región"} y elegir con cuál se abre la bandeja. Las vistas fijas de la bandeja no cambian.
      </p>
      <SavedViewManager viewer={viewer} own={own} shared={shared} defaultId={defaultId} />
    </div>
  );
}
