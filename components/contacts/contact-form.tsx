"use client";

import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { createContactAction, updateContactAction } from "@/lib/contacts/actions";

type Contact = {
  id: string;
  version: number;
  regionCode: string;
  name: string;
  position: string;
  email: string;
  directPhone: string | null;
  officeAddress: string;
  officePhone: string | null;
};

type Props = { regions: { code: string; name: string }[]; contact?: Contact; defaultRegion?: string };

/** Create or edit a regional contact. Editing carries the version, so a stale save is refused as a conflict. */
export function ContactForm({ regions, contact, defaultRegion }: Props) {
  return (
    <ActionForm
      action={contact ? updateContactAction : createContactAction}
      className="grid gap-4 rounded-2xl bg-white p-6 shadow-sm sm:grid-cols-2"
      successMessage={contact ? "Los cambios quedaron guardados." : "El contacto quedó en el directorio."}
    >
      {contact && (
        <>
          <input type="hidden" name="id" value={contact.id} />
          <input type="hidden" name="version" value={contact.version} />
        </>
      )}
      <SelectField name="regionCode" label="Región" defaultValue={contact?.regionCode ?? defaultRegion ?? ""} options={[{ value: "", label: "Elija una región" }, ...regions.map((r) => ({ value: r.code, label: r.name }))]} />
      <TextField name="name" label="Nombre completo" defaultValue={contact?.name} />
      <TextField name="position" label="Cargo" defaultValue={contact?.position} hint="Por ejemplo: Encargada regional del programa Sello Migrante." />
      <TextField name="email" label="Correo institucional" type="email" defaultValue={contact?.email} hint="Termina en gob.cl. Se publica en el directorio público." />
      <TextField name="directPhone" label="Teléfono directo (opcional)" type="tel" defaultValue={contact?.directPhone ?? ""} hint="Personal: solo lo ven las personas que ingresan al portal." />
      <TextField name="officePhone" label="Teléfono de la oficina (opcional)" type="tel" defaultValue={contact?.officePhone ?? ""} hint="Se publica en el directorio público." />
      <div className="sm:col-span-2">
        <TextField name="officeAddress" label="Dirección de la oficina regional" defaultValue={contact?.officeAddress} hint="Se publica en el directorio público." />
      </div>
      {!contact && (
        <div className="flex items-center gap-2 sm:col-span-2">
          <input id="contact-primary" name="primary" type="checkbox" className="h-5 w-5" />
          <label htmlFor="contact-primary">Contacto principal de la región (reemplaza al actual, si lo hay)</label>
        </div>
      )}
      <div className="sm:col-span-2">
        <SubmitButton>{contact ? "Guardar cambios" : "Agregar al directorio"}</SubmitButton>
      </div>
    </ActionForm>
  );
}
