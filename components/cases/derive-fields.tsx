import { TextField } from "@/components/ui/form-fields";

/** What the derive step asks: the institution the case goes to. */
export function DeriveFields() {
  return <TextField name="derivedTo" label="Institución a la que se deriva" hint="Por ejemplo: Defensoría de la Niñez, Fiscalía, OPD de la comuna." />;
}
