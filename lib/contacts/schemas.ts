import { z } from "zod";
import { flag, regionCode as regionParam } from "@/lib/query/fields";

const id = z.uuid("Contacto no válido.");
const version = z.coerce.number().int().min(1);
const regionCode = z.string({ error: "Elija la región." }).regex(/^\d{2}$/, "Elija la región.");
const text = (label: string, max: number, min = 2) =>
  z
    .string({ error: `Ingrese ${label}.` })
    .trim()
    .min(min, `Ingrese ${label}.`)
    .max(max, `${label[0].toUpperCase()}${label.slice(1)}: máximo ${max} caracteres.`);
const phone = z
  .string()
  .trim()
  .max(30, "Máximo 30 caracteres.")
  .refine((value) => value === "" || /^\+?[\d\s()-]{6,20}$/.test(value), "Escriba un teléfono con números, por ejemplo +56 2 2486 3200.")
  .optional()
  .transform((value) => value || null);
/** Checkboxes send "on" when ticked and nothing when not. */
const checkbox = z
  .literal(["on", "true"])
  .optional()
  .transform((value) => value !== undefined);

export const contactFields = {
  regionCode,
  name: text("el nombre", 120, 3),
  position: text("el cargo", 160, 3),
  email: z
    .string({ error: "Ingrese el correo institucional." })
    .trim()
    .toLowerCase()
    .pipe(z.email("Escriba un correo válido, por ejemplo nombre@sermig.gob.cl."))
    .refine((value) => /@([a-z0-9-]+\.)*gob\.cl$/.test(value), "Use el correo institucional (termina en gob.cl)."),
  directPhone: phone,
  officeAddress: text("la dirección de la oficina", 240, 5),
  officePhone: phone,
};

export const createContactSchema = z.strictObject({ ...contactFields, primary: checkbox });
export type CreateContactInput = z.output<typeof createContactSchema>;

export const updateContactSchema = z.strictObject({ id, version, ...contactFields });
export type UpdateContactInput = z.output<typeof updateContactSchema>;

export const contactRefSchema = z.strictObject({ id, version });
export type ContactRef = z.output<typeof contactRefSchema>;

export const setContactActiveSchema = z.strictObject({ id, version, active: z.enum(["true", "false"]).transform((value) => value === "true") });
export type SetContactActiveInput = z.output<typeof setContactActiveSchema>;

/** The query string of the directory's admin pages: a region to list or to preselect, and the notice after deleting. */
export const contactQuerySchema = z.object({ region: regionParam.optional(), eliminado: flag() });
