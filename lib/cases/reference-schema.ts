import { z } from "zod";
import "@/lib/zod-es";

import { REFERENCE_MAX } from "./reference-hint";

// Letters, digits, spaces and the punctuation of an office label; nothing that reads as markup.
const LABEL = /^[\p{L}\p{M}\d][\p{L}\p{M}\d .,:;#º°/()–—-]*$/u;
// A document, a phone or a RUN is a run of digits: six or more, with or without dots, spaces or hyphens.
const LONG_NUMBER = /\d(?:[ .-]?\d){5,}/;
const EMAIL = /@/;

/**
 * The municipality's own label for a case. It shows in lists where a reserved case has no summary, so
 * it must not identify anyone: what looks like a document, a phone or an e-mail is refused.
 * Empty clears it.
 */
export const municipalReference = z
  .string({ error: "Referencia municipal: escriba un texto." })
  .transform((value) => value.trim().replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .max(REFERENCE_MAX, `Referencia municipal: máximo ${REFERENCE_MAX} caracteres.`)
      .refine((value) => !LONG_NUMBER.test(value) && !EMAIL.test(value), "Referencia municipal: no escriba números de documento, teléfonos ni correos.")
      .refine((value) => value === "" || LABEL.test(value), "Referencia municipal: use solo letras, números, espacios y signos como - / # ( )."),
  )
  .transform((value) => value || null);

export const setReferenceSchema = z.strictObject({
  caseId: z.uuid({ error: "No encontramos ese caso." }),
  municipalReference,
});
