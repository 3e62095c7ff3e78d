import { z } from "zod";
import { month, regionCode } from "@/lib/query/fields";
import { localDateTime, pageNumber, text, version } from "@/lib/trainings/fields";

export const ACTIVITY_TYPES = ["MIGRACIONES_EN_TU_BARRIO", "APOYA_MUJER_MIGRANTE", "OPERATIVO_REGULARIZACION", "OPERATIVO_ENROLAMIENTO"] as const;

export const TYPE_LABELS: Record<(typeof ACTIVITY_TYPES)[number], string> = {
  MIGRACIONES_EN_TU_BARRIO: "Migraciones en tu barrio",
  APOYA_MUJER_MIGRANTE: "Apoya Mujer Migrante",
  OPERATIVO_REGULARIZACION: "Operativo de regularización",
  OPERATIVO_ENROLAMIENTO: "Operativo de enrolamiento biométrico",
};

export const REQUEST_STATUS_LABELS = { PENDING: "Pendiente", ACCEPTED: "Aceptada", DECLINED: "Rechazada" } as const;

export const createActivitySchema = z.strictObject({
  type: z.enum(ACTIVITY_TYPES, { error: "Elija el tipo de dispositivo." }),
  comunaCode: z.string({ error: "Elija la comuna." }).regex(/^\d{5}$/, "Elija la comuna."),
  startsAt: localDateTime("Indique la fecha y hora."),
  place: text("el lugar", 300, 3),
  partners: text("las instituciones que participan", 1000, 2),
});

export const recordPeopleSchema = z.strictObject({
  id: z.uuid(),
  version,
  peopleAttended: z.coerce.number({ error: "Indique cuántas personas se atendieron." }).int("Debe ser un número entero.").min(0, "No puede ser negativo.").max(100_000, "Revise la cifra."),
});

const message = text("un mensaje para SERMIG", 2000, 10);

export const requestSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("PARTICIPATE"), activityId: z.uuid(), message }),
  z.strictObject({ kind: z.literal("HOST"), activityType: z.enum(ACTIVITY_TYPES, { error: "Elija el tipo de dispositivo." }), message }),
], { error: "Solicitud no válida." });

export const decideRequestSchema = z
  .strictObject({ id: z.uuid(), decision: z.enum(["ACCEPT", "DECLINE"]), response: z.string().trim().max(2000, "Máximo 2000 caracteres.").optional().transform((v) => v || null) })
  .refine((value) => value.decision === "ACCEPT" || Boolean(value.response), { message: "Explique a la municipalidad por qué no se acepta.", path: ["response"] });

export const activityFilterSchema = z.object({
  mes: month().optional(),
  region: regionCode.optional(),
  pagina: pageNumber,
});
export type ActivityFilters = z.output<typeof activityFilterSchema>;
