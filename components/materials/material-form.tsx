"use client";

import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { FileField, SelectField, TextArea, TextField } from "@/components/ui/form-fields";
import { createMaterialAction, updateMaterialAction } from "@/lib/materials/actions";
import { CATEGORY_LABELS, LANGUAGE_LABELS } from "@/lib/materials/labels";

type Material = { id: string; version: number; title: string; description: string; category: string; language: string };

const categoryOptions = [{ value: "", label: "Elija una categoría" }, ...Object.entries(CATEGORY_LABELS).map(([value, label]) => ({ value, label }))];
const languageOptions = [{ value: "", label: "Elija un idioma" }, ...Object.entries(LANGUAGE_LABELS).map(([value, label]) => ({ value, label }))];

/** Upload a new material, or edit the description of one (the file itself is replaced by uploading anew). */
export function MaterialForm({ material }: { material?: Material }) {
  return (
    <ActionForm
      action={material ? updateMaterialAction : createMaterialAction}
      className="grid gap-4 sm:grid-cols-2"
      successMessage={material ? "Los cambios quedaron guardados." : "El material quedó publicado en la biblioteca."}
    >
      {material && (
        <>
          <input type="hidden" name="id" value={material.id} />
          <input type="hidden" name="version" value={material.version} />
        </>
      )}
      <div className="sm:col-span-2">
        <TextField name="title" label="Título" defaultValue={material?.title} />
      </div>
      <SelectField name="category" label="Categoría" defaultValue={material?.category ?? ""} options={categoryOptions} />
      <SelectField name="language" label="Idioma" defaultValue={material?.language ?? ""} options={languageOptions} />
      <div className="sm:col-span-2">
        <TextArea name="description" label="Descripción (opcional)" defaultValue={material?.description} hint="Para quién es y cómo usarlo, por ejemplo: afiche tamaño carta para oficinas de atención." />
      </div>
      {!material && (
        <div className="sm:col-span-2">
          <FileField name="archivo" label="Archivo" accept=".pdf,.jpg,.jpeg,.png,.docx" hint="PDF, imagen JPG o PNG, o Word, de hasta 10 MB." />
        </div>
      )}
      <div className="sm:col-span-2">
        <SubmitButton>{material ? "Guardar cambios" : "Subir material"}</SubmitButton>
      </div>
    </ActionForm>
  );
}
