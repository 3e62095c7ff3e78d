import { z } from "zod";
import { choice, regionCode, text as queryText } from "@/lib/query/fields";
import { optionalText, pageNumber, text, version } from "@/lib/trainings/fields";

export const LINES = ["INSTITUCIONALIDAD", "CAPACITACIONES", "POLITICAS_LOCALES", "REGULARIDAD_MIGRATORIA", "ASOCIATIVIDAD_PARTICIPACION"] as const;

export const STATUS_LABELS = { SUBMITTED: "En revisión", RETURNED: "Devuelta con comentarios", PUBLISHED: "Publicada" } as const;

/** Files are optional; an empty file input arrives as an empty File. */
const files = z
  .union([z.instanceof(File), z.array(z.instanceof(File)).max(5, "Adjunte hasta 5 archivos.")])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((file) => file.size > 0));

const practiceFields = {
  title: text("un título", 160, 5),
  line: z.enum(LINES, { error: "Elija la línea de acción." }),
  description: text("una descripción", 8000, 20),
  results: text("los resultados", 4000, 10),
  contact: text("un contacto", 300, 5),
  archivo: files,
};

export const submitPracticeSchema = z.strictObject(practiceFields);

export const updatePracticeSchema = z.strictObject({ id: z.uuid(), version, ...practiceFields });

export const reviewPracticeSchema = z
  .strictObject({
    id: z.uuid(),
    version,
    decision: z.enum(["PUBLISH", "RETURN"]),
    comment: optionalText(2000),
  })
  .refine((value) => value.decision === "PUBLISH" || Boolean(value.comment), {
    message: "Explique qué debe corregir la municipalidad.",
    path: ["comment"],
  });

export const practiceFilterSchema = z.object({
  q: queryText(80).optional(),
  linea: choice(LINES).optional(),
  region: regionCode.optional(),
  pagina: pageNumber,
});
export type PracticeFilters = z.output<typeof practiceFilterSchema>;
