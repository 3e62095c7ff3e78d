import { z } from "zod";
import "@/lib/zod-es";
import { participantSchema } from "@/lib/cases/schemas";
import { isCalendarDay } from "@/lib/query/fields";

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A document number as a person types it; compared by its normalised key (lib/cases documentKeyOf). */
const documentNumber = z
  .string({ error: "Escriba el número de documento." })
  .trim()
  .min(1, "Escriba el número de documento.")
  .max(30, "El número de documento tiene como máximo 30 caracteres.")
  .regex(/^[A-Za-z0-9][A-Za-z0-9 .-]*$/, "Escriba el número con letras, números, puntos o guiones.");

export const lookupSchema = z.strictObject({ documentNumber });

export const exportSchema = z.strictObject({ documentNumber, format: z.enum(["json", "csv"], { error: "Elija JSON o CSV." }) });

const reason = (label: string) =>
  z
    .string({ error: `Escriba ${label}.` })
    .trim()
    .min(10, `Escriba ${label} (al menos 10 caracteres).`)
    .max(1000, "Máximo 1.000 caracteres.")
    .refine((value) => !CONTROL.test(value), "Contiene caracteres no permitidos.");

const version = z.coerce.number({ error: "Versión no válida." }).int().min(1).max(1_000_000);

const PERSON_KEY = /^participants\.0\.([A-Za-z]{1,40})$/;

/**
 * The rectification form reuses the case form's person fields ("participants.0.fullName"…); gathered as
 * a one-person list, errors come back under the same names the inputs carry.
 */
function gatherPerson(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw) || "participants" in raw) return raw;
  const rest: Record<string, unknown> = {};
  const person: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const match = PERSON_KEY.exec(key);
    if (match) person[match[1]] = value;
    else rest[key] = value;
  }
  return Object.keys(person).length > 0 ? { ...rest, participants: [person] } : rest;
}

export const rectifySchema = z.preprocess(
  gatherPerson,
  z
    .strictObject({
      id: z.uuid({ error: "No encontramos a esa persona." }),
      version,
      reason: reason("el motivo de la rectificación"),
      participants: z.tuple([participantSchema], { error: "Revise los datos de la persona." }),
    })
    .superRefine((value, ctx) => {
      const person = value.participants[0];
      if (person.fullName.length < 2) ctx.addIssue({ code: "custom", path: ["participants", 0, "fullName"], message: "Escriba el nombre de la persona." });
      if (person.documentType !== "NINGUNO" && !person.documentNumber) ctx.addIssue({ code: "custom", path: ["participants", 0, "documentNumber"], message: "Escriba el número de documento, o elija «Sin documento»." });
      if (!person.relation) ctx.addIssue({ code: "custom", path: ["participants", 0, "relation"], message: "Elija la relación de la persona con el caso." });
    }),
);

export type RectifyInput = z.output<typeof rectifySchema>;

export const legalHoldSchema = z.strictObject({
  caseId: z.uuid({ error: "No encontramos ese caso." }),
  hold: z.enum(["1", "0"], { error: "Valor no válido." }).transform((value) => value === "1"),
  reason: reason("el motivo"),
});

export type LegalHoldInput = z.output<typeof legalHoldSchema>;

/** "Ejecutar ahora" sends nothing but the button. */
export const runRetentionSchema = z.strictObject({});

/** Blocking needs the person's document and why it is blocked (kept with the block and in the audit). */
export const blockSchema = z.strictObject({ documentNumber, reason: reason("el motivo del bloqueo") });

export const unblockSchema = z.strictObject({
  blockId: z.uuid({ error: "No encontramos ese bloqueo." }),
  reason: reason("el motivo para levantar el bloqueo"),
});

export const REQUEST_TYPE_LABELS = {
  ACCESO: "Acceso",
  RECTIFICACION: "Rectificación",
  SUPRESION: "Supresión",
  OPOSICION: "Oposición",
  BLOQUEO: "Bloqueo",
  PORTABILIDAD: "Portabilidad",
} as const;

export const OUTCOME_LABELS = { ACOGIDA: "Acogida", ACOGIDA_PARCIAL: "Acogida en parte", RECHAZADA: "Rechazada" } as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Máximo ${max.toLocaleString("es-CL")} caracteres.`)
    .refine((value) => !CONTROL.test(value), "Contiene caracteres no permitidos.")
    .optional()
    .transform((value) => value || undefined);

export const subjectRequestSchema = z
  .strictObject({
    type: z.enum(Object.keys(REQUEST_TYPE_LABELS) as [keyof typeof REQUEST_TYPE_LABELS, ...(keyof typeof REQUEST_TYPE_LABELS)[]], { error: "Elija el derecho que se ejerce." }),
    documentNumber,
    requesterName: z
      .string({ error: "Escriba el nombre de quien presenta la solicitud." })
      .trim()
      .min(2, "Escriba el nombre de quien presenta la solicitud.")
      .max(200, "Máximo 200 caracteres.")
      .refine((value) => !CONTROL.test(value), "Contiene caracteres no permitidos."),
    receivedOn: z.string({ error: "Escriba la fecha de ingreso." }).refine(isCalendarDay, "Escriba una fecha de ingreso válida."),
    purpose: optionalText(300),
    detail: optionalText(2000),
  })
  .superRefine((value, ctx) => {
    if (value.type === "OPOSICION" && !value.purpose) ctx.addIssue({ code: "custom", path: ["purpose"], message: "Escriba la finalidad del tratamiento a la que se opone la persona." });
  });

export type SubjectRequestInput = z.output<typeof subjectRequestSchema>;

export const answerRequestSchema = z.strictObject({
  id: z.uuid({ error: "No encontramos esa solicitud." }),
  outcome: z.enum(Object.keys(OUTCOME_LABELS) as [keyof typeof OUTCOME_LABELS, ...(keyof typeof OUTCOME_LABELS)[]], { error: "Elija cómo se respondió." }),
  note: reason("la respuesta dada a la persona"),
});

export type AnswerRequestInput = z.output<typeof answerRequestSchema>;

/** Erasure acts on a registered supresión request: the register keeps who asked, when, and the answer. */
export const eraseSchema = z.strictObject({ requestId: z.uuid({ error: "No encontramos esa solicitud." }) });
