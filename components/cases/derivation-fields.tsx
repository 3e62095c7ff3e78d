"use client";

import { useState } from "react";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { OTHER_INSTITUTION, OTHER_INSTITUTION_LABEL } from "@/lib/institutions/catalogue";

type Institution = { id: string; name: string; kind: string | null };

/** The derive step's fields: an institution of the catalogue, or "Otra institución" with its name. */
export function DerivationFields({ institutions }: { institutions: Institution[] }) {
  const [other, setOther] = useState(false);
  return (
    // The select's change bubbles here: SelectField stays the portal's one select.
    <div className="space-y-3" onChange={(event) => event.target instanceof HTMLSelectElement && event.target.name === "institutionId" && setOther(event.target.value === OTHER_INSTITUTION)}>
      <SelectField
        name="institutionId"
        label="Institución a la que se deriva"
        defaultValue=""
        options={[
          { value: "", label: "Elija una institución" },
          ...institutions.map((institution) => ({ value: institution.id, label: institution.kind ? `${institution.name} — ${institution.kind}` : institution.name })),
          { value: OTHER_INSTITUTION, label: OTHER_INSTITUTION_LABEL },
        ]}
      />
      {other && <TextField name="derivedTo" label="Nombre de la otra institución" hint="Por ejemplo: Inspección del Trabajo de Melipilla." />}
    </div>
  );
}
