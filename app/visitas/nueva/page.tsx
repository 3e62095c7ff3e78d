import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { SelectField, TextArea, TextField } from "@/components/ui/form-fields";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { createVisitAction } from "@/lib/visits/actions";
import { visitableMunicipalities } from "@/lib/visits/service";

export default async function NewVisitPage() {
  const viewer = await requirePagePermission("visits.manage", "/visitas/nueva");
  const municipalities = await visitableMunicipalities(viewer);
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/inicio", label: "Mi inicio" }, { href: "/visitas", label: "Visitas técnicas" }, { label: "Programar" }]} />
      <PageHeading title="Programar una visita técnica">Programar o registrar una visita técnica</PageHeading>
      <p className="mt-1 mb-6 text-muted">Los acuerdos se agregan en la ficha de la visita y aparecen en la página de la municipalidad hasta que se cumplen.</p>
      <ActionForm action={createVisitAction} className="space-y-4 rounded-2xl bg-white p-6 shadow-sm" successMessage="Visita registrada.">
        <SelectField name="municipalityCode" label="Municipalidad" options={municipalities.map((m) => ({ value: m.code, label: m.name }))} />
        <TextField name="visitOn" label="Fecha de la visita" type="date" />
        <TextArea name="participants" label="Participantes" hint="Personas de SERMIG y de la municipalidad, con su cargo." />
        <TextArea name="topics" label="Temas" />
        <TextArea name="notes" label="Observaciones (opcional)" />
        <SubmitButton>Guardar visita</SubmitButton>
      </ActionForm>
    </div>
  );
}
