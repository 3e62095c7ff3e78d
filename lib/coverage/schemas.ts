import { z } from "zod";

const comunaCode = z.string({ error: "Elija una comuna." }).regex(/^\d{5}$/, "Elija una comuna.");

export const prioritiseSchema = z.strictObject({
  comunaCode,
  reason: z
    .string({ error: "Indique el motivo de la priorización." })
    .trim()
    .min(10, "Indique el motivo de la priorización (al menos 10 caracteres).")
    .max(500, "El motivo: máximo 500 caracteres."),
});

export const unprioritiseSchema = z.strictObject({ comunaCode });
