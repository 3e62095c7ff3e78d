"use client";

import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { FileField, SelectField, TextArea, TextField } from "@/components/ui/form-fields";
import { previewStatImportAction } from "@/lib/statistics/actions";
import { INDICATOR_LABELS, INDICATORS } from "@/lib/statistics/indicators";

/** Step 1: the file and what it holds. Sending it only shows a preview; nothing is imported yet. */
export function ImportForm() {
  return (
    <ActionForm action={previewStatImportAction} className="space-y-4 rounded-xl bg-white p-6 shadow-sm">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="indicator"
          label="Indicador"
          hint="Qué cifra trae el archivo."
          options={INDICATORS.map((value) => ({ value, label: INDICATOR_LABELS[value] }))}
        />
        <TextField name="year" label="Año de las cifras" hint="Por ejemplo 2024. Reemplaza las cifras de ese año si ya existen." type="number" />
      </div>
      <TextField name="title" label="Título del conjunto de datos" hint="Como lo publica la fuente, p. ej. «Residencias temporales otorgadas 2024»." />
      <TextField name="publisher" label="Quién lo publica" hint="P. ej. «Servicio Nacional de Migraciones (SERMIG), datos abiertos»." />
      <TextArea name="notes" label="Notas sobre la fuente (opcional)" hint="Fecha de publicación, cobertura, revisiones." />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="nameColumn" label="Columna con el nombre de la comuna" defaultValue="comuna" hint="El encabezado, tal como aparece en la primera fila." />
        <TextField name="valueColumn" label="Columna con la cifra" hint="El encabezado de la columna que se importa." />
      </div>
      <FileField name="archivo" label="Archivo CSV" accept=".csv,text/csv" hint="Hasta 1 MB, separado por comas, punto y coma o tabulaciones; UTF-8 o Latin-1." />
      <SubmitButton pendingLabel="Leyendo el archivo…">Ver vista previa</SubmitButton>
    </ActionForm>
  );
}
