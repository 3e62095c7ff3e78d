import { z } from "zod";
import "@/lib/zod-es";
import { participantSchema } from "@/lib/cases/schemas";

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
