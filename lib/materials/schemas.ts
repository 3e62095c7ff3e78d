import { z } from "zod";
import { choice, flag, page } from "@/lib/query/fields";
import { CATEGORY_LABELS, LANGUAGE_LABELS, type MaterialCategory, type MaterialLanguage } from "./labels";

const CATEGORIES = Object.keys(CATEGORY_LABELS) as [MaterialCategory, ...MaterialCategory[]];
const LANGUAGES = Object.keys(LANGUAGE_LABELS) as [MaterialLanguage, ...MaterialLanguage[]];

const id = z.uuid("Material no válido.");
const version = z.coerce.number().int().min(1);

const fields = {
  title: z.string({ error: "Ingrese un título." }).trim().min(3, "Ingrese un título.").max(160, "Título: máximo 160 caracteres."),
  description: z.string().trim().max(1000, "Descripción: máximo 1.000 caracteres.").optional().transform((value) => value ?? ""),
  category: z.enum(CATEGORIES, { error: "Elija la categoría." }),
  language: z.enum(LANGUAGES, { error: "Elija el idioma." }),
};

export const createMaterialSchema = z.strictObject({
  ...fields,
  archivo: z.instanceof(File, { error: "Elija el archivo." }).refine((file) => file.size > 0, "Elija el archivo."),
});
export type CreateMaterialInput = z.output<typeof createMaterialSchema>;

export const updateMaterialSchema = z.strictObject({ id, version, ...fields });
export type UpdateMaterialInput = z.output<typeof updateMaterialSchema>;

export const materialRefSchema = z.strictObject({ id, version });
export type MaterialRef = z.output<typeof materialRefSchema>;

/** The library's filters, from the URL; anything unknown is ignored rather than an error. */
export const materialFilterSchema = z.object({
  categoria: choice(CATEGORIES).optional(),
  idioma: choice(LANGUAGES).optional(),
  page: page(),
  /** The notice after deleting a material. */
  eliminado: flag(),
});
