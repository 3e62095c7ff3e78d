import { z } from "zod";
import { day, municipalityCode, optionalText, pageNumber, text } from "@/lib/trainings/fields";

export const createVisitSchema = z.strictObject({
  municipalityCode,
  visitOn: day("Indique la fecha de la visita."),
  participants: text("quiénes participan", 1000, 3),
  topics: text("los temas", 4000, 3),
  notes: optionalText(4000),
});

export const addAgreementSchema = z.strictObject({
  visitId: z.uuid(),
  description: text("el acuerdo", 1000, 5),
  dueOn: day("Indique el plazo del acuerdo."),
});

export const completeAgreementSchema = z.strictObject({ agreementId: z.uuid() });

export const visitFilterSchema = z.object({ pagina: pageNumber });
