import { z } from "zod";
import { recordId } from "@/lib/query/fields";
import { INDICATORS } from "./indicators";

export const COMUNA_CODE = /^\d{5}$/;

const text = (label: string, max: number, min = 3) =>
  z
    .string({ error: `Ingrese ${label}.` })
    .trim()
    .min(min, `Ingrese ${label}.`)
    .max(max, `${label[0].toUpperCase()}${label.slice(1)}: máximo ${max} caracteres.`);

const THIS_YEAR = new Date().getUTCFullYear();

export const previewImportSchema = z.strictObject({
  indicator: z.enum(INDICATORS, { error: "Elija el indicador que trae el archivo." }),
  year: z.coerce
    .number({ error: "Indique el año de las cifras." })
    .int("Indique el año de las cifras (cuatro dígitos).")
    .min(2000, "El año debe estar entre 2000 y el año en curso.")
    .max(THIS_YEAR, "El año debe estar entre 2000 y el año en curso."),
  title: text("el título del conjunto de datos", 200),
  publisher: text("quién publica los datos", 200),
  notes: z.string().trim().max(1000, "Notas: máximo 1.000 caracteres.").optional().default(""),
  nameColumn: text("el nombre de la columna de la comuna", 80, 1),
  valueColumn: text("el nombre de la columna de la cifra", 80, 1),
  archivo: z.instanceof(File, { error: "Adjunte el archivo CSV." }),
});

export const confirmImportSchema = z.strictObject({
  importId: z.uuid({ error: "Carga no válida." }),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "Carga no válida."),
});

/** The import page's query string: the upload whose preview or result to show. */
export const importPageSchema = z.object({ carga: recordId.optional() });
