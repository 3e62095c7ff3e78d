import { z } from "zod";
import { choice } from "@/lib/query/fields";
import { email, localDateTime, optionalText, pageNumber, regionCode, text, version, webLink } from "./fields";

export const MODALITY_LABELS = { PRESENCIAL: "Presencial", ONLINE: "En línea" } as const;

export const publishSessionSchema = z
  .strictObject({
    topic: text("el tema", 200, 3),
    description: text("una descripción", 4000, 3),
    startsAt: localDateTime("Indique la fecha y hora de inicio."),
    modality: z.enum(["PRESENCIAL", "ONLINE"], { error: "Elija la modalidad." }),
    place: optionalText(300),
    url: webLink,
    /** Empty means national. */
    regionCode: z
      .string()
      .optional()
      .transform((value) => value || null)
      .pipe(regionCode.nullable()),
    capacity: z.coerce.number({ error: "Indique el cupo." }).int("Debe ser un número entero.").min(1, "El cupo debe ser al menos 1.").max(5000, "El cupo no puede superar 5.000."),
  })
  .refine((value) => value.modality !== "PRESENCIAL" || Boolean(value.place), { message: "Indique el lugar de la sesión presencial.", path: ["place"] })
  .refine((value) => value.modality !== "ONLINE" || Boolean(value.url), { message: "Indique el enlace de la sesión en línea.", path: ["url"] });

export const registerSchema = z.strictObject({
  sessionId: z.uuid(),
  name: text("el nombre", 120, 3),
  position: text("el cargo o la unidad", 160),
  email,
});

/** Checkboxes: the ids of the registrations that attended; unchecked ones did not. */
export const attendanceSchema = z.strictObject({
  sessionId: z.uuid(),
  version,
  attended: z
    .union([z.uuid(), z.array(z.uuid()).max(5000)])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])),
});

export const evaluationSchema = z.strictObject({
  registrationId: z.uuid(),
  score: z.coerce.number({ error: "Elija una nota de 1 a 7." }).int("Elija una nota de 1 a 7.").min(1, "Elija una nota de 1 a 7.").max(7, "Elija una nota de 1 a 7."),
  comment: optionalText(1000),
});

export const sessionFilterSchema = z.object({
  pagina: pageNumber,
  periodo: choice(["proximas", "pasadas"]).default("proximas"),
});
export type SessionFilters = z.output<typeof sessionFilterSchema>;
