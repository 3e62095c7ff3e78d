import { z } from "zod";
import { flag, page } from "@/lib/query/fields";
import { MAX_ATTACHMENTS, MAX_BODY } from "./limits";

const bulletinId = z.uuid("Boletín no válido.");

/** An empty file input arrives as an empty File, and several files as an array: always a list of real files. */
const attachments = z
  .union([z.instanceof(File), z.array(z.instanceof(File))])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((file) => file.size > 0))
  .refine((files) => files.length <= MAX_ATTACHMENTS, `Adjunte como máximo ${MAX_ATTACHMENTS} archivos.`);

export const publishBulletinSchema = z
  .strictObject({
    idempotencyKey: z.uuid({ error: "Recargue la página e intente de nuevo." }),
    title: z.string({ error: "Ingrese un título." }).trim().min(3, "Ingrese un título.").max(160, "Título: máximo 160 caracteres."),
    body: z.string({ error: "Escriba el contenido del boletín." }).trim().min(1, "Escriba el contenido del boletín.").max(MAX_BODY, `Contenido: máximo ${MAX_BODY.toLocaleString("es-CL")} caracteres.`),
    audience: z.enum(["NATIONAL", "REGION"], { error: "Elija a quién va dirigido." }),
    regionCode: z
      .string()
      .optional()
      .transform((value) => value || null)
      .refine((value) => value === null || /^\d{2}$/.test(value), "Elija la región."),
    archivos: attachments,
  })
  .refine((input) => input.audience === "NATIONAL" || input.regionCode !== null, { message: "Elija la región.", path: ["regionCode"] });
export type PublishBulletinInput = z.output<typeof publishBulletinSchema>;

export const bulletinRefSchema = z.strictObject({ id: bulletinId });
export type BulletinRef = z.output<typeof bulletinRefSchema>;

/** The query string of the bulletin list. */
export const bulletinListSchema = z.object({ page: page() });

/** The notice on a bulletin just published. */
export const bulletinNoticeSchema = z.object({ publicado: flag() });
