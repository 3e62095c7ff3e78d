import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { SelectField, TextArea, TextField } from "@/components/ui/form-fields";
import { PageHeading } from "@/components/ui/page-heading";
import { createActivityAction } from "@/lib/activities/actions";
import { ACTIVITY_TYPES, TYPE_LABELS } from "@/lib/activities/schemas";
import { activityComunas } from "@/lib/activities/service";
import { requirePagePermission } from "@/lib/auth/page-guard";

export default async function NewActivityPage() {
  const viewer = await requirePagePermission("activities.manage", "/dispositivos/nuevo");
  const comunas = await activityComunas(viewer);
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/dispositivos", label: "Dispositivos territoriales" }, { label: "Nuevo" }]} />
      <PageHeading title="Nuevo dispositivo territorial" className="mb-6 text-3xl font-bold text-sermig-blue-dark" />
      <ActionForm action={createActivityAction} className="space-y-4 rounded-2xl bg-white p-6 shadow-sm" successMessage="Dispositivo creado.">
        <SelectField name="type" label="Tipo" options={ACTIVITY_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] }))} />
        <SelectField name="comunaCode" label="Comuna" options={comunas.map((c) => ({ value: c.code, label: c.name }))} />
        <TextField name="startsAt" label="Fecha y hora" type="datetime-local" hint="Hora de Chile continental." />
        <TextField name="place" label="Lugar" hint="Dirección o recinto." />
        <TextArea name="partners" label="Instituciones que participan" hint="Por ejemplo: municipalidad, PDI, Registro Civil, OIM." />
        <SubmitButton>Crear dispositivo</SubmitButton>
      </ActionForm>
    </div>
  );
}
