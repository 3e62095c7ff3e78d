import { TextField } from "@/components/ui/form-fields";

/** Name and optional kind of an institution, for adding one and for renaming it. */
export function InstitutionFields({ name, kind }: { name?: string; kind?: string | null }) {
  return (
    <>
      <TextField key={name} name="name" label="Nombre" defaultValue={name} hint="Como lo leerá la coordinación al derivar un caso." />
      <TextField key={kind ?? ""} name="kind" label="Tipo (opcional)" defaultValue={kind ?? ""} hint="Por ejemplo: Salud, Policías, Protección de la niñez." />
    </>
  );
}
