import { UserForm } from "@/components/users/user-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { assignableTerritory } from "@/lib/users/service";

export default async function NewUserPage() {
  const viewer = await requirePagePermission("users.manage", "/admin/usuarios/nuevo");
  const { regions, roles } = await assignableTerritory(viewer);
  return (
    <div className="mx-auto max-w-2xl">
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/admin/usuarios", label: "Usuarios" }, { label: "Habilitar persona" }]} />
      <PageHeading title="Habilitar persona">Habilitar a una persona</PageHeading>
      <p className="mt-2 text-muted">
        La persona ingresará con su ClaveÚnica. El RUN la identifica y no se puede cambiar después.
      </p>
      <div className="mt-6 rounded-2xl bg-white p-6 shadow-sm">
        <UserForm
          regions={regions}
          roles={roles}
          initial={{ run: "", name: "", email: "", phone: "", role: roles[0], municipalityCode: "", regionCode: viewer.regionCode ?? "" }}
        />
      </div>
    </div>
  );
}
