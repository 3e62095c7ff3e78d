import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { SelectField, TextArea, TextField } from "@/components/ui/form-fields";
import type { Viewer } from "@/lib/auth/viewer";
import { publishSessionAction } from "@/lib/trainings/actions";

/** Admins publish national or regional sessions; a coordinator publishes for their own region only. */
export function PublishSessionForm({ viewer, regions }: { viewer: Viewer; regions: { code: string; name: string }[] }) {
  const regionOptions =
    viewer.role === "NATIONAL_ADMIN"
      ? [{ value: "", label: "Nacional (todas las regiones)" }, ...regions.map((r) => ({ value: r.code, label: r.name }))]
      : regions.filter((r) => r.code === viewer.regionCode).map((r) => ({ value: r.code, label: r.name }));
  return (
    <ActionForm
      action={publishSessionAction}
      className="space-y-4 rounded-2xl bg-white p-6 shadow-sm"
      successMessage="Sesión publicada. Las municipalidades ya pueden inscribir a su personal."
      confirm={{
        title: "¿Publicar la sesión?",
        body: "Las municipalidades de su alcance la verán de inmediato y podrán inscribir a su personal. Una sesión publicada no se puede editar ni retirar desde el portal.",
        confirmLabel: "Publicar sesión",
        tone: "primary",
      }}
    >
      <TextField name="topic" label="Tema" />
      <TextArea name="description" label="Descripción" hint="Contenidos, a quién está dirigida y qué se necesita para participar." />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField name="startsAt" label="Fecha y hora de inicio" type="datetime-local" hint="Hora de Chile continental." />
        <TextField name="capacity" label="Cupo (personas)" type="number" />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField name="modality" label="Modalidad" options={[{ value: "PRESENCIAL", label: "Presencial" }, { value: "ONLINE", label: "En línea" }]} />
        <SelectField name="regionCode" label="Alcance" options={regionOptions} />
      </div>
      <TextField name="place" label="Lugar (presencial)" hint="Dirección y sala." />
      <TextField name="url" label="Enlace de conexión (en línea)" type="url" hint="Debe comenzar con https:// o http://." />
      <SubmitButton>Publicar sesión</SubmitButton>
    </ActionForm>
  );
}
