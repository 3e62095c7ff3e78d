import { notFound } from "next/navigation";
import { UserActiveToggle } from "@/components/users/user-active-toggle";
import { UserForm } from "@/components/users/user-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatRun } from "@/lib/auth/run";
import { NotFoundError } from "@/lib/errors";
import { userId } from "@/lib/query/fields";
import { parsePathParam, parseQuery } from "@/lib/query/parse";
import { userNoticeSchema } from "@/lib/users/schemas";
import { assignableTerritory, getUserForEdit } from "@/lib/users/service";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UserPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requirePagePermission("users.read", `/admin/usuarios/${id}`);
  if (!parsePathParam(userId, id)) notFound();
  const found = await getUserForEdit(viewer, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { user, editable } = found;
  const { creado, guardado } = parseQuery(userNoticeSchema, await searchParams).values;
  const territory = editable ? await assignableTerritory(viewer) : null;

  return (
    <div className="mx-auto max-w-2xl">
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/admin/usuarios", label: "Usuarios" }, { label: user.name }]} />
      <PageHeading title={`Persona habilitada: ${user.name}`}>{user.name}</PageHeading>
      <p className="mt-1 text-muted">
        RUN {formatRun(user.run)} · {ROLE_LABELS[user.role]} · {user.active ? "Cuenta activa" : "Cuenta desactivada"}
      </p>
      {(creado || guardado) && (
        <p role="status" className="mt-4 rounded-lg border border-green-700 bg-green-50 px-4 py-3 text-green-900">
          {creado ? "La persona quedó habilitada. Ya puede ingresar con su ClaveÚnica." : "Los cambios quedaron guardados."}
        </p>
      )}
      {territory ? (
        <>
          <section aria-labelledby="datos" className="mt-6 rounded-2xl bg-white p-6 shadow-sm">
            <h2 id="datos" className="mb-4 text-xl font-bold">
              Datos y rol
            </h2>
            <UserForm
              key={user.version}
              regions={territory.regions}
              roles={territory.roles}
              existing={{ id: user.id, version: user.version }}
              initial={{
                run: user.run,
                name: user.name,
                email: user.email ?? "",
                phone: user.phone ?? "",
                role: user.role,
                municipalityCode: user.municipalityCode ?? "",
                regionCode: user.regionCode ?? "",
              }}
            />
          </section>
          {user.id !== viewer.id && (
            <section aria-labelledby="acceso" className="mt-6 rounded-2xl bg-white p-6 shadow-sm">
              <h2 id="acceso" className="mb-2 text-xl font-bold">
                Acceso al portal
              </h2>
              <p className="mb-4 text-sm text-muted">
                {user.active ? "Al desactivar la cuenta, sus sesiones terminan de inmediato." : "La cuenta está desactivada: la persona no puede ingresar."}
              </p>
              <UserActiveToggle id={user.id} version={user.version} active={user.active} name={user.name} />
            </section>
          )}
        </>
      ) : (
        <p className="mt-6 rounded-2xl bg-white p-6 shadow-sm text-muted">Esta persona es gestionada por la administración nacional.</p>
      )}
    </div>
  );
}
