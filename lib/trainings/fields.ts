import { z } from "zod";
import { isCalendarDay, page } from "@/lib/query/fields";
import { chileLocalToInstant } from "./local-time";

/** Zod fields with Spanish messages shared by the capacity-building and territorial features. */
export const text = (label: string, max: number, min = 2) =>
  z
    .string({ error: `Ingrese ${label}.` })
    .trim()
    .min(min, `Ingrese ${label}.`)
    .max(max, `${label[0].toUpperCase()}${label.slice(1)}: máximo ${max} caracteres.`);

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Máximo ${max} caracteres.`)
    .optional()
    .transform((value) => value || null);

export const day = (message: string) =>
  z
    .string({ error: message })
    .refine(isCalendarDay, message)
    .transform((value) => new Date(`${value}T00:00:00Z`));

/** A datetime-local value read as Chilean time. */
export const localDateTime = (message: string) =>
  z
    .string({ error: message })
    .transform((value, ctx) => {
      const instant = chileLocalToInstant(value);
      if (!instant) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return instant;
    });

/** Only http and https links are ever stored, so a stored link cannot run script when clicked. */
export const webLink = z
  .string()
  .trim()
  .max(2000, "El enlace es demasiado largo.")
  .optional()
  .transform((value) => value || null)
  .refine((value) => value === null || isWebLink(value), "El enlace debe comenzar con http:// o https://.");

export function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && /^https?:\/\/[^\s]+$/i.test(value);
  } catch {
    return false;
  }
}

export const version = z.coerce.number().int().min(1);

export const email = z.string({ error: "Ingrese un correo electrónico válido." }).trim().toLowerCase().pipe(z.email("Ingrese un correo electrónico válido.").max(160));

export const municipalityCode = z.string().regex(/^\d{5}$/, "Municipalidad no válida.");
export const regionCode = z.string().regex(/^\d{2}$/, "Región no válida.");

/** A page number from the URL, read with parseQuery(); anything odd is page 1. */
export const pageNumber = page();
