import { z } from "zod";
import { TRANSITION_NAMES } from "./lifecycle";

const municipalityCode = z.string().regex(/^\d{5}$/, "Municipalidad no válida.");
const version = z.coerce.number().int().min(1);
const day = (message: string) =>
  z
    .string({ error: message })
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), message)
    .transform((value) => new Date(`${value}T00:00:00Z`));
const text = (label: string, max: number, min = 2) =>
  z
    .string({ error: `Ingrese ${label}.` })
    .trim()
    .min(min, `Ingrese ${label}.`)
    .max(max, `${label[0].toUpperCase()}${label.slice(1)}: máximo ${max} caracteres.`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Máximo ${max} caracteres.`)
    .optional()
    .transform((value) => value || null);
/** A file input that was left empty arrives as an empty File; treat it as absent. */
const optionalFile = z
  .instanceof(File)
  .optional()
  .transform((file) => (file && file.size > 0 ? file : null));

export const submitLetterSchema = z.strictObject({
  municipalityCode,
  letterSignedOn: day("Indique la fecha de firma de la carta."),
  mayorName: text("el nombre de la alcaldesa o el alcalde", 120, 3),
  councilAgreementNumber: text("el número del acuerdo del concejo", 60, 1),
  councilAgreementDate: day("Indique la fecha del acuerdo del concejo."),
  archivo: z.instanceof(File, { error: "Adjunte la carta firmada en PDF." }),
});

export const transitionSchema = z.strictObject({
  municipalityCode,
  version,
  transition: z.enum(TRANSITION_NAMES).exclude(["submitLetter"]),
  reason: optionalText(2000),
  resolution: optionalText(80),
  resolutionDate: z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .pipe(day("Indique la fecha de la resolución.").optional()),
});

const LINES = ["INSTITUCIONALIDAD", "CAPACITACIONES", "POLITICAS_LOCALES", "REGULARIDAD_MIGRATORIA", "ASOCIATIVIDAD_PARTICIPACION"] as const;

const actionFields = {
  title: text("un título", 160, 3),
  description: text("una descripción", 4000, 3),
  responsibleUnit: text("la unidad responsable", 160, 2),
  startsOn: day("Indique la fecha de inicio."),
  dueOn: day("Indique la fecha de término."),
  status: z.enum(["PLANNED", "IN_PROGRESS", "DONE"], { error: "Elija el estado." }),
};

const datesInOrder = (value: { startsOn: Date; dueOn: Date }) => value.dueOn >= value.startsOn;
const DATES_MESSAGE = { message: "La fecha de término no puede ser anterior a la de inicio.", path: ["dueOn"] };

export const createActionSchema = z
  .strictObject({ municipalityCode, line: z.enum(LINES, { error: "Elija la línea de acción." }), ...actionFields })
  .refine(datesInOrder, DATES_MESSAGE);

export const updateActionSchema = z.strictObject({ id: z.uuid(), version, ...actionFields }).refine(datesInOrder, DATES_MESSAGE);

export const addEvidenceSchema = z
  .strictObject({
    actionId: z.uuid(),
    description: text("qué demuestra este medio de verificación", 500, 3),
    url: z
      .string()
      .trim()
      .max(2000)
      .optional()
      .transform((value) => value || null)
      .refine((value) => value === null || /^https?:\/\/[^\s]+$/i.test(value), "El enlace debe comenzar con http:// o https://."),
    archivo: optionalFile,
  })
  .refine((value) => Boolean(value.url) !== Boolean(value.archivo), {
    message: "Adjunte un archivo o escriba un enlace (uno de los dos).",
    path: ["archivo"],
  });

export const reviewActionSchema = z
  .strictObject({
    actionId: z.uuid(),
    version,
    decision: z.enum(["APPROVE", "RETURN"]),
    comment: optionalText(2000),
  })
  .refine((value) => value.decision === "APPROVE" || Boolean(value.comment), {
    message: "Explique qué falta para que la municipalidad pueda corregirlo.",
    path: ["comment"],
  });

export const designatedOfficialSchema = z.strictObject({
  municipalityCode,
  version: z.coerce.number().int().min(0),
  name: text("el nombre", 120, 3),
  position: text("el cargo", 120),
  unit: text("la unidad municipal", 160),
  email: z.string().trim().toLowerCase().pipe(z.email("Ingrese un correo electrónico válido.")),
  phone: optionalText(30),
});

export const trainingSchema = z.strictObject({
  municipalityCode,
  heldOn: day("Indique la fecha de la capacitación."),
  topic: text("el tema", 200, 3),
  trainer: text("quién la impartió", 160),
  unitsAttending: text("las unidades asistentes", 300),
  trainedCount: z.coerce.number({ error: "Indique cuántas personas se capacitaron." }).int("Debe ser un número entero.").min(1, "Al menos una persona.").max(10_000),
  evaluation: optionalText(2000),
});
